package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Outlier treatment of each indicator before normalisation (seed 002 "极值处理", method unstated).
 * {@code winsorise}: values outside the [lower, upper] quantiles are set to them. {@code coinr}: the
 * COINr rule — an indicator with |skewness| > skew and kurtosis > kurtosis has its most extreme value
 * pulled in to the next one, up to maxPoints times, and is log-transformed instead if that is not
 * enough. {@code log}: ln x (ln(x − min + 1) when some x ≤ 0). {@code box-cox}: the Box–Cox power with
 * λ chosen by maximum likelihood. Every treated cell is listed in the Audit sheet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Treatment(Method method, Double lower, Double upper, Integer maxPoints, Double skew, Double kurtosis) {

  public enum Method implements Choice {
    NONE("none"), WINSORISE("winsorise"), COINR("coinr"), LOG("log"), BOX_COX("box-cox");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "outliers", s); }
  }

  public static final Treatment NONE = new Treatment(Method.NONE, null, null, null, null, null);

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
      if (maxPoints < 1) throw new IllegalArgumentException("outliers.maxPoints must be at least 1");
    } else { maxPoints = null; skew = null; kurtosis = null; }
  }

  @JsonCreator
  public static Treatment of(String method) {
    return new Treatment(Method.parse(method), null, null, null, null, null);
  }

  public boolean enabled() {
    return method != Method.NONE;
  }
}
