package org.indexkit.method.normalise;

/**
 * Min-max to [a, b]: {@code y = a + (b − a)(x − min)/(max − min)}. Seed 002 (SET 2024, appendix 2)
 * uses [60, 100] per raw indicator; seed 003 (GIHI 2023, 附录三) uses it on every displayed aggregate.
 * A constant column has no range: every entity gets the midpoint (a + b)/2 instead of 0/0.
 */
public final class MinMax implements Normaliser {
  private final double a;
  private final double b;

  public MinMax(double a, double b) {
    if (!(b > a)) throw new IllegalArgumentException("min-max needs b > a");
    this.a = a;
    this.b = b;
  }

  @Override
  public double[] apply(double[] x) {
    return into(x, new double[x.length]);
  }

  @Override
  public double[] applyInPlace(double[] x) {
    return into(x, x);
  }

  /** Each y[i] is written after x[i] is read, so y may be x. */
  private double[] into(double[] x, double[] y) {
    double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (Double.isNaN(v)) continue;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) y[i] = Double.NaN;
      else if (max == min) y[i] = (a + b) / 2;
      else y[i] = a + (b - a) * (x[i] - min) / (max - min);
    }
    return y;
  }

  @Override
  public String variant() {
    return "min-max to [" + fmt(a) + ", " + fmt(b) + "]: y = a + (b − a)(x − min)/(max − min)";
  }

  @Override
  public String constantOutcome() {
    return "every entity scores the midpoint " + fmt((a + b) / 2);
  }

  static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  @Override
  public boolean affine() {
    return true;
  }
}
