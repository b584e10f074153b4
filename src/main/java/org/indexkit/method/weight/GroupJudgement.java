package org.indexkit.method.weight;

import java.util.List;

/**
 * Several experts' judgements of one node combined into one set of priorities (Forman &amp; Peniwati 1998, "Aggregating
 * individual judgments and priorities with the AHP", EJOR 108:165):
 * <ul>
 *   <li>{@link #AIJ} (aggregation of individual judgements): the element-wise weighted geometric mean of the matrices,
 *       which keeps the result reciprocal, then its priorities and consistency as for one matrix;
 *   <li>{@link #AIP} (aggregation of individual priorities): each expert's priorities, then their weighted geometric
 *       mean, normalised to sum 1; its consistency is that of each expert.
 * </ul>
 * Expert weights default to equal and are normalised.
 */
public enum GroupJudgement {
  AIJ("aij", "aggregation of individual judgements (AIJ, element-wise geometric mean)"),
  AIP("aip", "aggregation of individual priorities (AIP, weighted geometric mean of the priorities)");

  public final String id;
  public final String words;

  GroupJudgement(String id, String words) {
    this.id = id;
    this.words = words;
  }

  public static GroupJudgement of(String id) {
    for (GroupJudgement g : values()) if (g.id.equals(id)) return g;
    throw new IllegalArgumentException("no group AHP rule \"" + id + "\" (aij, aip)");
  }

  /** Expert weights: equal when none are given, else the given ones normalised (one per expert, each > 0). */
  public static double[] expertWeights(List<Double> given, int experts) {
    double[] w = new double[experts];
    if (given == null || given.isEmpty()) {
      java.util.Arrays.fill(w, 1.0 / experts);
      return w;
    }
    if (given.size() != experts)
      throw new IllegalArgumentException(given.size() + " expert weights for " + experts + " experts' judgements");
    for (int e = 0; e < experts; e++) {
      if (given.get(e) == null || !(given.get(e) > 0)) throw new IllegalArgumentException("expert weights must be greater than 0");
      w[e] = given.get(e);
    }
    return ObjectiveWeights.share(w);
  }

  /** The element-wise weighted geometric mean of the experts' matrices (AIJ). */
  public static double[][] combinedMatrix(List<double[][]> matrices, double[] expertWeights) {
    int n = matrices.get(0).length;
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++) {
        double log = 0;
        for (int e = 0; e < matrices.size(); e++) log += expertWeights[e] * Math.log(matrices.get(e)[i][j]);
        out[i][j] = Math.exp(log);
      }
    return out;
  }

  /** The weighted geometric mean of the experts' priorities, normalised (AIP). */
  public static double[] combinedPriorities(List<double[]> priorities, double[] expertWeights) {
    int n = priorities.get(0).length;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double log = 0;
      for (int e = 0; e < priorities.size(); e++) log += expertWeights[e] * Math.log(priorities.get(e)[i]);
      out[i] = Math.exp(log);
    }
    return ObjectiveWeights.share(out);
  }
}
