package org.indexkit.method.tier;

import java.util.Arrays;

/**
 * A node's scores as one-dimensional clustering sees them: the distinct values in ascending order,
 * how many entities hold each, and prefix sums of count, value and value², so the weighted mean and
 * the within-class sum of squares of any run {@code [a, b)} of distinct values cost O(1). Used by the
 * exact natural breaks and by k-means; equal scores always fall in the same run.
 */
final class SortedScores {
  final double[] values;
  private final double[] cw;
  private final double[] cs;
  private final double[] cq;

  SortedScores(double[] scores) {
    values = Arrays.stream(scores).distinct().sorted().toArray();
    int n = values.length;
    double[] w = new double[n];
    for (double s : scores) w[Arrays.binarySearch(values, s)]++;
    cw = new double[n + 1];
    cs = new double[n + 1];
    cq = new double[n + 1];
    for (int i = 0; i < n; i++) {
      cw[i + 1] = cw[i] + w[i];
      cs[i + 1] = cs[i] + w[i] * values[i];
      cq[i + 1] = cq[i] + w[i] * values[i] * values[i];
    }
  }

  int size() {
    return values.length;
  }

  /** How many entities hold the i-th distinct value. */
  double weight(int i) {
    return cw[i + 1] - cw[i];
  }

  double mean(int a, int b) {
    return (cs[b] - cs[a]) / (cw[b] - cw[a]);
  }

  /** Within-class sum of squares of the run [a, b); 0 when empty. */
  double withinSS(int a, int b) {
    if (b <= a) return 0;
    double s = cs[b] - cs[a];
    return (cq[b] - cq[a]) - s * s / (cw[b] - cw[a]);
  }

  /** Index of a score among the distinct values. */
  int indexOf(double score) {
    return Arrays.binarySearch(values, score);
  }
}
