package org.indexkit.method.audit;

/**
 * Cronbach's alpha of a set of indicators (columns): {@code α = k/(k − 1) · (1 − Σ var_j / var(Σ_j x_j))}
 * with sample variances — how consistently the indicators of one dimension measure the same thing
 * (OECD/JRC Handbook 2008, §4.1: α ≥ 0.7 is the usual threshold). NaN for fewer than 2 indicators.
 */
public final class CronbachAlpha {
  private CronbachAlpha() {}

  public static double of(double[][] columns) {
    int k = columns.length;
    if (k < 2) return Double.NaN;
    int n = columns[0].length;
    double sumVar = 0;
    double[] total = new double[n];
    for (double[] c : columns) {
      sumVar += variance(c);
      for (int i = 0; i < n; i++) total[i] += c[i];
    }
    double totalVar = variance(total);
    return totalVar == 0 ? Double.NaN : k / (k - 1.0) * (1 - sumVar / totalVar);
  }

  static double variance(double[] x) {
    double m = 0;
    for (double v : x) m += v;
    m /= x.length;
    double ss = 0;
    for (double v : x) ss += (v - m) * (v - m);
    return ss / (x.length - 1);
  }
}
