package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Outlier treatment of each indicator before normalisation (seed 002 "极值处理", method unstated).
 * {@code winsorise}: values outside the [lower, upper] quantiles are set to them. {@code coinr}: COINr's
 * default treatment ({@code Treat()}: {@code winsorise} then {@code log_CT}, tested by
 * {@code check_SkewKurt}) — an indicator with |skewness| ≥ skew and kurtosis ≥ kurtosis has the points
 * at its extreme pulled in to the next value while it fails and fewer than maxPoints points are
 * winsorised, and if it still fails its original values are log-transformed instead: ln(x − min +
 * 0.01·(max − min)) ({@code log: coinr}, COINr's default) or the COIN Tool's ln x, ln(x − min + 1)
 * when some x ≤ 0 ({@code log: ct}). {@code log}: ln x (ln(x − min + 1) when some x ≤ 0). {@code box-cox}: the Box–Cox power with
 * λ chosen by maximum likelihood. Every treated cell is listed in the Audit sheet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Treatment(Method method, Double lower, Double upper, Integer maxPoints, Double skew, Double kurtosis, Log log) {

  /** The log step of the COINr rule when winsorising is not enough. */
  public enum Log implements Choice {
    /** COINr's {@code log_CT}: ln(x − min + 0.01·(max − min)). */
    COINR("coinr"),
    /** The COIN Tool's: ln x, or ln(x − min + 1) when some x ≤ 0. */
    CT("ct");
    private final String label;
    Log(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Log parse(String s) { return Choice.parse(Log.class, "outliers.log", s); }
  }

  public enum Method implements Choice {
    NONE("none"), WINSORISE("winsorise"), COINR("coinr"), LOG("log"), BOX_COX("box-cox");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "outliers", s); }
  }

  public static final Treatment NONE = new Treatment(Method.NONE, null, null, null, null, null, null);

  public Treatment(Method method, Double lower, Double upper, Integer maxPoints, Double skew, Double kurtosis) {
    this(method, lower, upper, maxPoints, skew, kurtosis, null);
  }

  @JsonCreator
  public Treatment {
    method = method == null ? Method.NONE : method;
    if (method == Method.WINSORISE) {
      lower = lower == null ? 0.05 : lower;
      upper = upper == null ? 0.95 : upper;
      if (!(lower >= 0 && lower < upper && upper <= 1))
        throw new IllegalArgumentException("winsorising needs 0 ≤ lower < upper ≤ 1, got " + lower + " and " + upper);
    } else { lower = null; upper = null; }
    if (method == Method.COINR) {
      maxPoints = maxPoints == null ? 5 : maxPoints;
      skew = skew == null ? 2.0 : skew;
      kurtosis = kurtosis == null ? 3.5 : kurtosis;
      log = log == null ? Log.COINR : log;
      if (maxPoints < 1) throw new IllegalArgumentException("outliers.maxPoints must be at least 1");
    } else { maxPoints = null; skew = null; kurtosis = null; log = null; }
  }

  @JsonCreator
  public static Treatment of(String method) {
    return new Treatment(Method.parse(method), null, null, null, null, null);
  }

  public boolean enabled() {
    return method != Method.NONE;
  }
}
