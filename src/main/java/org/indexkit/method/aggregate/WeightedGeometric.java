package org.indexkit.method.aggregate;

import java.util.List;

/**
 * Weighted geometric mean {@code Π s_c^w_c}: partly compensatory, a weak child drags the node
 * down. Defined only for positive scores: a 0 (the worst entity after min-max to [0,1]) or a
 * negative (a z-score) is refused and named, rather than silently giving 0 or NaN. Use min-max to
 * e.g. [1, 100] before a geometric mean.
 */
public final class WeightedGeometric implements Aggregator {

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int rows = children[0].length;
    double[] logSum = new double[rows];
    for (int c = 0; c < children.length; c++) {
      if (weights[c] == 0) continue;
      for (int r = 0; r < rows; r++) logSum[r] += weights[c] * Math.log(children[c][r]);
    }
    for (int r = 0; r < rows; r++) logSum[r] = Math.exp(logSum[r]);
    return logSum;
  }

  @Override
  public List<int[]> unusable(double[][] children, double[] weights) {
    return Aggregator.nonPositive(children, weights);
  }

  @Override
  public String unusableReason() {
    return "the geometric mean needs scores > 0 (normalise with min-max to e.g. [1, 100] first)";
  }

  @Override
  public String variant() {
    return "weighted geometric mean Π s^w (scores must be > 0)";
  }

  @Override
  public boolean rowWise() {
    return true;
  }
}
