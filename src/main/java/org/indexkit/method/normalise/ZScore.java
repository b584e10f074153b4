package org.indexkit.method.normalise;

/**
 * Standard score {@code z = (x − mean)/sd} with the sample standard deviation (n − 1), as in seed 003
 * (GIHI 2023, 附录三 step 1). The sd convention cancels whenever scores are later min-max rescaled.
 * A constant column has sd = 0: every entity gets z = 0 (the mean) instead of 0/0.
 */
public final class ZScore implements Normaliser {

  @Override
  public double[] apply(double[] x) {
    return into(x, new double[x.length]);
  }

  @Override
  public double[] applyInPlace(double[] x) {
    return into(x, x);
  }

  /** Each z[i] is written after x[i] is read, so z may be x. */
  private static double[] into(double[] x, double[] z) {
    double sum = 0;
    int n = 0;
    for (double v : x) if (!Double.isNaN(v)) { sum += v; n++; }
    double mean = sum / n;
    double ss = 0;
    for (double v : x) if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    for (int i = 0; i < x.length; i++)
      z[i] = Double.isNaN(x[i]) ? Double.NaN : sd == 0 ? 0 : (x[i] - mean) / sd;
    return z;
  }

  @Override
  public String variant() {
    return "z-score with sample sd (n − 1): z = (x − mean)/sd";
  }

  @Override
  public String constantOutcome() {
    return "every entity scores z = 0";
  }

  @Override
  public boolean affine() {
    return true;
  }
}
