package org.indexkit.method.aggregate;

import java.util.List;

/** Weighted harmonic mean {@code 1 / Σ (w/s)}: the least compensatory mean; scores must be > 0. */
public final class WeightedHarmonic implements Aggregator {

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int rows = children[0].length;
    double[] inv = new double[rows];
    for (int c = 0; c < children.length; c++) {
      if (weights[c] == 0) continue;
      for (int r = 0; r < rows; r++) inv[r] += weights[c] / children[c][r];
    }
    for (int r = 0; r < rows; r++) inv[r] = 1 / inv[r];
    return inv;
  }

  @Override
  public List<int[]> unusable(double[][] children, double[] weights) {
    return Aggregator.nonPositive(children, weights);
  }

  @Override
  public String unusableReason() {
    return "the harmonic mean needs scores > 0 (normalise with min-max to e.g. [1, 100] first)";
  }

  @Override
  public String variant() {
    return "weighted harmonic mean 1/Σ(w/s) (scores must be > 0)";
  }

  @Override
  public boolean rowWise() {
    return true;
  }
}
