package org.indexkit.method.outlier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.indexkit.core.StepChoice;

/**
 * Treats one indicator column in place and says what it did, cell by cell, for the Audit sheet.
 * Skewness and kurtosis are computed as COINr computes them (e1071 type 2, the sample-adjusted
 * skewness and excess kurtosis); quantiles are R's type 7.
 */
public final class OutlierTreatment {
  private final StepChoice spec;

  /** @param spec a resolved {@code outliers} choice (see {@link OutlierRules}) */
  public OutlierTreatment(StepChoice spec) {
    this.spec = spec;
  }

  /** What was done to row r: a text per changed row, or a whole-column note at index −1. */
  public record Change(int row, String what) {}

  public List<Change> apply(double[] x) {
    return switch (spec.method()) {
      case "winsorise" -> winsorise(x, spec.number("lower"), spec.number("upper"));
      case "coinr" -> coinr(x);
      case "log" -> log(x);
      case "box-cox" -> boxCox(x);
      default -> List.of();
    };
  }

  static List<Change> winsorise(double[] x, double lower, double upper) {
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    double lo = lower == 0 ? Arrays.stream(x).min().orElse(0) : p.evaluate(x, lower * 100);
    double hi = upper == 1 ? Arrays.stream(x).max().orElse(0) : p.evaluate(x, upper * 100);
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i] < lo) { changes.add(new Change(i, x[i] + " winsorised up to " + lo)); x[i] = lo; }
      else if (x[i] > hi) { changes.add(new Change(i, x[i] + " winsorised down to " + hi)); x[i] = hi; }
    }
    return changes;
  }

  /**
   * Sample skewness as COINr's {@code skew()} (taken from e1071's {@code skewness()}, type 2): with
   * d = x − mean, √n·Σd³/(Σd²)^{3/2} · √(n(n−1))/(n−2). NaN for fewer than 3 values.
   */
  public static double skewness(double[] x) {
    int n = x.length;
    if (n < 3) return Double.NaN;
    double m = mean(x), s2 = 0, s3 = 0;
    for (double v : x) {
      double d = v - m;
      s2 += d * d;
      s3 += d * d * d;
    }
    double y = Math.sqrt(n) * s3 / Math.pow(s2, 1.5);
    return y * Math.sqrt(n * (n - 1.0)) / (n - 2);
  }

  /**
   * Sample excess kurtosis as COINr's {@code kurt()} (e1071's {@code kurtosis()}, type 2): with
   * r = n·Σd⁴/(Σd²)², ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)). NaN for fewer than 4 values.
   */
  public static double kurtosis(double[] x) {
    int n = x.length;
    if (n < 4) return Double.NaN;
    double m = mean(x), s2 = 0, s4 = 0;
    for (double v : x) {
      double d = v - m;
      double d2 = d * d;
      s2 += d2;
      s4 += d2 * d2;
    }
    double r = n * s4 / (s2 * s2);
    return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
  }

  /** The mean as R's {@code mean()} forms it: the sum divided by n, then corrected by the mean of the residuals. */
  static double mean(double[] x) {
    double s = 0;
    for (double v : x) s += v;
    s /= x.length;
    double t = 0;
    for (double v : x) t += v - s;
    return s + t / x.length;
  }

  /** COINr's {@code check_SkewKurt}: the indicator passes when |skewness| < skew OR kurtosis < kurtosis. */
  boolean fails(double[] x) {
    return fails(skewness(x), kurtosis(x), spec.number("skew"), spec.number("kurtosis"));
  }

  /** It fails when |skewness| ≥ the skew threshold and kurtosis ≥ the kurtosis threshold (both "greater or equal"). */
  static boolean fails(double skewness, double kurtosis, double skewThreshold, double kurtosisThreshold) {
    return Math.abs(skewness) >= skewThreshold && kurtosis >= kurtosisThreshold;
  }

  /**
   * COINr's default treatment ({@code Treat.numeric} with {@code winsorise}, {@code log_CT} and
   * {@code check_SkewKurt}, {@code combine_treat = FALSE}; COINr 1.1, {@code R/treat.R}). While the
   * column fails and fewer than maxPoints points are winsorised: when skewness ≥ 0, every point at the
   * maximum is set to the largest other value, else every point at the minimum to the smallest other
   * value; the count is the number of points now at the extreme treated last on each side (so ties can
   * carry it past the limit). If the column still fails, the winsorising is undone and the original
   * values are log-transformed instead.
   */
  List<Change> coinr(double[] x) {
    if (x.length < 4 || !fails(x)) return List.of();
    double[] original = x.clone();
    boolean[] high = new boolean[x.length], low = new boolean[x.length];
    int nHigh = 0, nLow = 0;
    while (fails(x) && nHigh + nLow < spec.integer("maxPoints")) {
      boolean upper = skewness(x) >= 0;
      double extreme = upper ? max(x) : min(x);
      double next = upper ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (double v : x) if (v != extreme) next = upper ? Math.max(next, v) : Math.min(next, v);
      if (Double.isInfinite(next)) break; // every value equal: nothing to pull in
      boolean[] side = upper ? high : low;
      java.util.Arrays.fill(side, false); // COINr keeps the positions of the last step on each side
      int count = 0;
      for (int i = 0; i < x.length; i++)
        if (x[i] == extreme) {
          x[i] = next;
          side[i] = true;
          count++;
        }
      if (upper) nHigh = count;
      else nLow = count;
    }
    if (!fails(x)) {
      List<Change> changes = new ArrayList<>();
      for (int i = 0; i < x.length; i++)
        if (x[i] != original[i])
          changes.add(new Change(i, original[i] + " winsorised to " + x[i] + " (COINr rule: |skewness| ≥ " + spec.number("skew")
              + " and kurtosis ≥ " + spec.number("kurtosis") + "; " + (nHigh + nLow) + " points winsorised)"));
      return changes;
    }
    System.arraycopy(original, 0, x, 0, x.length); // winsorising was not enough: the original values are logged instead
    List<Change> out = new ArrayList<>();
    out.add(new Change(-1, "still skewed after winsorising " + (nHigh + nLow) + " points (limit " + spec.integer("maxPoints")
        + "), so the original values were log-transformed instead (COINr rule)"));
    out.addAll("ct".equals(spec.text("log")) ? log(x) : logCoinr(x));
    return out;
  }

  /** COINr's {@code log_CT}: ln(x − min + 0.01·(max − min)). */
  static List<Change> logCoinr(double[] x) {
    double min = min(x), max = max(x), shift = 0.01 * (max - min);
    for (int i = 0; i < x.length; i++) x[i] = Math.log(x[i] - min + shift);
    return List.of(new Change(-1, "ln(x − min + 0.01·(max − min)) = ln(x − " + min + " + " + shift + ") (COINr's log_CT)"));
  }

  private static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) m = Math.max(m, v);
    return m;
  }

  private static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) m = Math.min(m, v);
    return m;
  }

  static List<Change> log(double[] x) {
    double min = Arrays.stream(x).min().orElse(1);
    double shift = min > 0 ? 0 : 1 - min;
    for (int i = 0; i < x.length; i++) x[i] = Math.log(x[i] + shift);
    return List.of(new Change(-1, shift == 0 ? "ln x" : "ln(x + " + shift + ") (values ≤ 0 shifted so the smallest is 1)"));
  }

  /** Box–Cox with λ on [−2, 2] (step 0.01) maximising the profile log-likelihood; x shifted to be > 0 first. */
  static List<Change> boxCox(double[] x) {
    double min = Arrays.stream(x).min().orElse(1);
    double shift = min > 0 ? 0 : 1 - min;
    double[] y = Arrays.stream(x).map(v -> v + shift).toArray();
    double sumLog = Arrays.stream(y).map(Math::log).sum();
    double best = 1, bestLl = Double.NEGATIVE_INFINITY;
    for (int k = -200; k <= 200; k++) {
      double lambda = k / 100.0;
      double[] t = transform(y, lambda);
      double mean = Arrays.stream(t).average().orElse(0);
      double var = Arrays.stream(t).map(v -> (v - mean) * (v - mean)).sum() / t.length;
      if (var <= 0) continue;
      double ll = -t.length / 2.0 * Math.log(var) + (lambda - 1) * sumLog;
      if (ll > bestLl) { bestLl = ll; best = lambda; }
    }
    double[] t = transform(y, best);
    System.arraycopy(t, 0, x, 0, x.length);
    return List.of(new Change(-1, "Box–Cox with λ = " + best + (shift == 0 ? "" : " after shifting by " + shift)));
  }

  static double[] transform(double[] y, double lambda) {
    return Arrays.stream(y).map(v -> Math.abs(lambda) < 1e-9 ? Math.log(v) : (Math.pow(v, lambda) - 1) / lambda).toArray();
  }

  public String variant() {
    return switch (spec.method()) {
      case "winsorise" -> "winsorised to the " + spec.number("lower") + " and " + spec.number("upper") + " quantiles (R type 7)";
      case "coinr" -> "COINr rule (COINr 1.1 Treat: winsorise, then log_CT, check_SkewKurt): |skewness| ≥ " + spec.number("skew")
          + " and excess kurtosis ≥ " + spec.number("kurtosis") + " (e1071 type 2) → winsorise while failing and fewer than " + spec.integer("maxPoints")
          + " points are, else log the original values: " + ("ct".equals(spec.text("log"))
              ? "the COIN Tool's ln x, or ln(x − min + 1) when some x ≤ 0 (log: ct)" : "ln(x − min + 0.01·(max − min)) (COINr's log_CT)");
      case "log" -> "ln x (ln(x − min + 1) where some x ≤ 0)";
      case "box-cox" -> "Box–Cox, λ in [−2, 2] by maximum likelihood";
      default -> "none";
    };
  }
}
