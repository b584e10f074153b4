package org.indexkit.method.aggregate;

/**
 * Weighted arithmetic mean {@code Σ w_c · s_c}: fully compensatory. Seed 002 (SET 2024 §4, level by
 * level), seed 003 (GIHI 2023 附录三, on z-scores) and seed 000 (equal ¼ weights) all use it.
 */
public final class WeightedArithmetic implements Aggregator {

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int rows = children[0].length;
    double[] out = new double[rows];
    for (int c = 0; c < children.length; c++) {
      double w = weights[c];
      double[] col = children[c];
      for (int r = 0; r < rows; r++) out[r] += w * col[r];
    }
    return out;
  }

  @Override
  public String variant() {
    return "weighted arithmetic mean Σ w·s";
  }

  @Override
  public boolean rowWise() {
    return true;
  }
}
