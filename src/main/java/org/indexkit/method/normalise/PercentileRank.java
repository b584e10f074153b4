package org.indexkit.method.normalise;

import java.util.Arrays;

/**
 * Percentile rank in [0, 1]: {@code p = (below + (equal − 1)/2)/(n − 1)}, where {@code below} counts
 * values strictly lower and {@code equal} values equal (including itself). The lowest value scores
 * 0, the highest 1, and ties share the mean of the places they occupy. Robust to outliers: only the
 * order of the values matters. A constant column scores 0.5 throughout.
 */
public final class PercentileRank implements Normaliser {

  @Override
  public double[] apply(double[] x) {
    double[] sorted = Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int n = sorted.length;
    double[] p = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) { p[i] = Double.NaN; continue; }
      if (n < 2) { p[i] = 0.5; continue; }
      int below = lowerBound(sorted, x[i]);
      int equal = lowerBound(sorted, Math.nextUp(x[i])) - below;
      p[i] = (below + (equal - 1) / 2.0) / (n - 1);
    }
    return p;
  }

  private static int lowerBound(double[] sorted, double v) {
    int lo = 0, hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  @Override
  public String variant() {
    return "percentile rank in [0, 1]: (values below + (ties − 1)/2)/(n − 1)";
  }

  @Override
  public String constantOutcome() {
    return "every entity scores 0.5";
  }
}
