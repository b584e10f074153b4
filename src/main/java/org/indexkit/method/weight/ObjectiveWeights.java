package org.indexkit.method.weight;

/**
 * Weights derived from the data: one weight per column of {@code columns[column][row]}, summing to 1.
 * Columns arrive normalised and direction-adjusted (larger is better) from the pipeline.
 */
public interface ObjectiveWeights {

  double[] weights(double[][] columns);

  /** The method variant in words, for the Provenance sheet. */
  String variant();

  /** w = v / Σv, or equal weights when every v is 0 (no column carries information). */
  static double[] share(double[] v) {
    double sum = 0;
    for (double x : v) sum += x;
    double[] w = new double[v.length];
    for (int j = 0; j < v.length; j++) w[j] = sum > 0 ? v[j] / sum : 1.0 / v.length;
    return w;
  }

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) s += v;
    return s / x.length;
  }

  /** Sample standard deviation (n − 1). */
  static double sd(double[] x) {
    double m = mean(x), ss = 0;
    for (double v : x) ss += (v - m) * (v - m);
    return x.length > 1 ? Math.sqrt(ss / (x.length - 1)) : 0;
  }
}
