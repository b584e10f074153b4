package org.indexkit.method.aggregate;

import java.util.ArrayList;
import java.util.List;

/**
 * Weighted generalised (power) mean {@code M_p = (Σ w·s^p / Σ w)^(1/p)}, COINr's {@code a_genmean}: p = 1
 * is the arithmetic mean, p = −1 the harmonic, p → 0 the geometric (p = 0 itself is refused: use the
 * geometric mean); the lower p, the less a strong child compensates a weak one. Scores must be > 0 for
 * p < 0 and ≥ 0 for p > 0 (a power of a negative score has no meaning here).
 */
public final class GeneralisedMean implements Aggregator {
  private final double p;

  public GeneralisedMean(double p) {
    if (p == 0 || !Double.isFinite(p))
      throw new IllegalArgumentException("the generalised mean needs a finite p ≠ 0 (for p → 0 use the geometric mean), got " + p);
    this.p = p;
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int rows = children[0].length;
    double total = 0;
    for (double w : weights) total += w;
    double[] sum = new double[rows];
    for (int c = 0; c < children.length; c++) {
      if (weights[c] == 0) continue;
      for (int r = 0; r < rows; r++) sum[r] += weights[c] * Math.pow(children[c][r], p);
    }
    for (int r = 0; r < rows; r++) sum[r] = Math.pow(sum[r] / total, 1 / p);
    return sum;
  }

  @Override
  public List<int[]> unusable(double[][] children, double[] weights) {
    if (p < 0) return Aggregator.nonPositive(children, weights);
    List<int[]> bad = new ArrayList<>();
    for (int c = 0; c < children.length; c++)
      for (int r = 0; weights[c] != 0 && r < children[c].length; r++) if (!(children[c][r] >= 0)) bad.add(new int[] {c, r});
    return bad;
  }

  @Override
  public String unusableReason() {
    return "the generalised mean with p = " + p + " needs scores " + (p < 0 ? "> 0" : "≥ 0") + " (normalise with min-max first)";
  }

  @Override
  public String variant() {
    return "weighted generalised mean (Σ w·s^p / Σ w)^(1/p) with p = " + p + " (COINr a_genmean)";
  }

  @Override
  public boolean rowWise() {
    return true;
  }
}
