package org.indexkit.method.tier;

import java.util.Arrays;

/**
 * Jenks natural breaks (Fisher 1958's exact optimisation, as in Jenks 1977): the k classes of the
 * sorted scores with the smallest total within-class sum of squares, found by dynamic programming.
 * Equal scores always share a class; tier 1 holds the highest scores.
 */
public final class JenksTiers implements TierRule {
  /** Largest number of different scores cut exactly (k·n² steps: about a second at 20,000); also Ward's limit. */
  static final int MAX_DISTINCT = 20_000;

  private final int k;

  public JenksTiers(int k) {
    this.k = k;
  }

  @Override
  public int[] assign(double[] scores, int[] ranks) {
    SortedScores sorted = new SortedScores(scores);
    int n = sorted.size();
    if (n < k) throw new IllegalArgumentException("natural breaks into " + k + " tiers need at least " + k + " different scores, found " + n);
    if (n > MAX_DISTINCT) throw new IllegalArgumentException("natural breaks are found exactly, in time growing with the square of the "
        + "number of different scores; " + n + " is more than " + MAX_DISTINCT + ": use k-means or quantile tiers");
    double[][] cost = new double[k + 1][n + 1];
    int[][] from = new int[k + 1][n + 1];
    for (double[] row : cost) Arrays.fill(row, Double.POSITIVE_INFINITY);
    cost[0][0] = 0;
    for (int c = 1; c <= k; c++)
      for (int j = c; j <= n; j++) {
        if ((j & 255) == 0) org.indexkit.core.Work.check();
        for (int i = c - 1; i < j; i++) { // class c holds distinct values i..j-1
          double total = cost[c - 1][i] + sorted.withinSS(i, j);
          if (total < cost[c][j]) { cost[c][j] = total; from[c][j] = i; }
        }
      }
    int[] classOf = new int[n];
    for (int c = k, j = n; c >= 1; c--) {
      int i = from[c][j];
      for (int t = i; t < j; t++) classOf[t] = c;
      j = i;
    }
    int[] tiers = new int[scores.length];
    for (int r = 0; r < scores.length; r++) tiers[r] = k - classOf[sorted.indexOf(scores[r])] + 1;
    return tiers;
  }

  /** Within-class sum of squares of a tiering, for checks. */
  static double withinSS(double[] scores, int[] tiers) {
    java.util.Map<Integer, double[]> sums = new java.util.HashMap<>();
    for (int i = 0; i < scores.length; i++) {
      double[] s = sums.computeIfAbsent(tiers[i], t -> new double[3]);
      s[0]++;
      s[1] += scores[i];
      s[2] += scores[i] * scores[i];
    }
    return sums.values().stream().mapToDouble(s -> s[2] - s[1] * s[1] / s[0]).sum();
  }

  @Override
  public String variant() {
    return "Jenks natural breaks (exact Fisher optimisation of within-tier sum of squares), " + k + " tiers, tier 1 = highest";
  }
}
