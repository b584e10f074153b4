package org.indexkit.method.weight;

/**
 * Entropy weights (seed 001: "熵权-TOPSIS"; Shannon entropy as in Xu 2004, EJOR 156(2)):
 * {@code p_ij = x_ij / Σ_i x_ij}, {@code e_j = −Σ_i p_ij ln p_ij / ln n} with 0·ln 0 = 0,
 * {@code w_j = (1 − e_j) / Σ_k (1 − e_k)}. Proportions need values ≥ 0: a column with a negative value
 * is refused, or — with {@code shift} — moved up by |min| + 0.01 as SPSSAU does, which is reported.
 */
public final class EntropyWeights implements ObjectiveWeights {
  static final double SHIFT_MARGIN = 0.01;
  private final boolean shift;
  /** A column moved up by {@code offset} because it had values below 0 (0-based column). */
  public record Shift(int column, double offset) {
    @Override
    public String toString() {
      return "column " + (column + 1) + " shifted by " + offset;
    }
  }

  private final java.util.List<Shift> shifted = new java.util.ArrayList<>();

  public EntropyWeights(boolean shift) {
    this.shift = shift;
  }

  @Override
  public double[] weights(double[][] columns) {
    int m = columns.length;
    double[] divergence = new double[m];
    for (int j = 0; j < m; j++) {
      double[] x = columns[j];
      int n = x.length;
      double min = Double.POSITIVE_INFINITY;
      for (double v : x) min = Math.min(min, v);
      double offset = 0;
      if (min < 0) {
        if (!shift)
          throw new ColumnProblem(j, "has a negative value (" + min + "); entropy weights need "
              + "values ≥ 0: normalise with min-max, or allow the shift by |min| + 0.01");
        offset = -min + SHIFT_MARGIN;
        shifted.add(new Shift(j, offset));
      }
      double sum = 0;
      for (double v : x) sum += v + offset;
      if (sum == 0 || n < 2) continue; // all zero: no information, divergence 0
      double h = 0;
      for (double v : x) {
        double p = (v + offset) / sum;
        if (p > 0) h -= p * Math.log(p); // 0·ln0 = 0
      }
      divergence[j] = 1 - h / Math.log(n);
    }
    return ObjectiveWeights.share(divergence);
  }

  /** Which columns were shifted in the last call, for the Audit sheet. */
  public java.util.List<Shift> shifted() {
    return java.util.List.copyOf(shifted);
  }

  @Override
  public String variant() {
    return "entropy: p = x/Σx, e = −Σ p ln p / ln n with 0·ln0 = 0, w = (1 − e)/Σ(1 − e)"
        + (shift ? "; columns with values < 0 shifted by |min| + 0.01 (SPSSAU)" : "");
  }
}
