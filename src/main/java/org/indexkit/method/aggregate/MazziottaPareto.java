package org.indexkit.method.aggregate;

import java.util.List;

/**
 * Mazziotta–Pareto penalised mean (Mazziotta & Pareto 2016, Social Indicators Research 127): the
 * weighted mean M minus a penalty for an unbalanced profile, {@code M − S²/M} with S² the weighted
 * variance of the entity's child scores (= M − S·cv). Two entities with the same mean rank by how
 * even their scores are. Needs positive scores (e.g. min-max to [1, 100] or 100 ± 10 z).
 */
public final class MazziottaPareto implements Aggregator {

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int rows = children[0].length;
    double[] out = new double[rows];
    for (int r = 0; r < rows; r++) {
      double mean = 0;
      for (int c = 0; c < children.length; c++) mean += weights[c] * children[c][r];
      double var = 0;
      for (int c = 0; c < children.length; c++) var += weights[c] * (children[c][r] - mean) * (children[c][r] - mean);
      out[r] = mean - var / mean;
    }
    return out;
  }

  @Override
  public List<int[]> unusable(double[][] children, double[] weights) {
    return Aggregator.nonPositive(children, weights);
  }

  @Override
  public String unusableReason() {
    return "the Mazziotta–Pareto penalty needs scores > 0 (normalise with min-max to e.g. [1, 100] first)";
  }

  @Override
  public String variant() {
    return "Mazziotta–Pareto penalised mean M − S²/M (weighted mean minus weighted variance over the mean)";
  }

  @Override
  public boolean rowWise() {
    return true;
  }
}
