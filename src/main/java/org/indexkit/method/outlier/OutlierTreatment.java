package org.indexkit.method.outlier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.indexkit.core.Treatment;

/**
 * Treats one indicator column in place and says what it did, cell by cell, for the Audit sheet.
 * Skewness and kurtosis are Commons Math's bias-corrected sample skewness and excess kurtosis;
 * quantiles are R's type 7.
 */
public final class OutlierTreatment {
  private final Treatment spec;

  public OutlierTreatment(Treatment spec) {
    this.spec = spec;
  }

  /** What was done to row r: a text per changed row, or a whole-column note at index −1. */
  public record Change(int row, String what) {}

  public List<Change> apply(double[] x) {
    return switch (spec.method()) {
      case NONE -> List.of();
      case WINSORISE -> winsorise(x, spec.lower(), spec.upper());
      case COINR -> coinr(x);
      case LOG -> log(x);
      case BOX_COX -> boxCox(x);
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

  public static double skewness(double[] x) {
    return new Skewness().evaluate(x);
  }

  public static double kurtosis(double[] x) {
    return new Kurtosis().evaluate(x);
  }

  boolean outlying(double[] x) {
    double s = skewness(x), k = kurtosis(x);
    return Math.abs(s) > spec.skew() && k > spec.kurtosis();
  }

  List<Change> coinr(double[] x) {
    if (x.length < 4 || !outlying(x)) return List.of();
    double[] original = x.clone();
    List<Change> changes = new ArrayList<>();
    for (int point = 0; point < spec.maxPoints() && outlying(x); point++) {
      boolean high = skewness(x) > 0;
      int extreme = 0;
      for (int i = 1; i < x.length; i++) if (high ? x[i] > x[extreme] : x[i] < x[extreme]) extreme = i;
      double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (int i = 0; i < x.length; i++) if (x[i] != x[extreme]) next = high ? Math.max(next, x[i]) : Math.min(next, x[i]);
      if (Double.isInfinite(next)) break;
      double from = x[extreme];
      for (int i = 0; i < x.length; i++) if (x[i] == from) {
        changes.add(new Change(i, from + " winsorised to " + next + " (COINr rule: |skew| > " + spec.skew() + ", kurtosis > " + spec.kurtosis() + ")"));
        x[i] = next;
      }
    }
    if (!outlying(x)) return changes;
    System.arraycopy(original, 0, x, 0, x.length); // winsorising was not enough: log instead
    List<Change> logged = log(x);
    List<Change> out = new ArrayList<>();
    out.add(new Change(-1, "still skewed after " + spec.maxPoints() + " winsorised points, so log-transformed instead (COINr rule)"));
    out.addAll(logged);
    return out;
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
      case NONE -> "none";
      case WINSORISE -> "winsorised to the " + spec.lower() + " and " + spec.upper() + " quantiles (R type 7)";
      case COINR -> "COINr rule: |skewness| > " + spec.skew() + " and excess kurtosis > " + spec.kurtosis() + " → winsorise up to "
          + spec.maxPoints() + " points, else log (ln x, or ln(x − min + 1) when some x ≤ 0); bias-corrected sample moments";
      case LOG -> "ln x (ln(x − min + 1) where some x ≤ 0)";
      case BOX_COX -> "Box–Cox, λ in [−2, 2] by maximum likelihood";
    };
  }
}
