package org.indexkit.method.tier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Agglomerative hierarchical clustering with Ward's linkage on the scores (Euclidean; seed 003 clusters
 * cities this way): start from one cluster per distinct score and repeatedly merge the pair whose
 * merge raises the within-cluster sum of squares least, {@code Δ = n_a n_b / (n_a + n_b) · (μ_a − μ_b)²},
 * until k remain. On one dimension the cheapest merge is always of neighbouring clusters, which is what
 * is searched. Tier 1 holds the highest scores.
 */
public final class WardTiers implements TierRule {
  private final int k;

  public WardTiers(int k) {
    this.k = k;
  }

  @Override
  public int[] assign(double[] scores, int[] ranks) {
    double[] v = Arrays.stream(scores).distinct().sorted().toArray();
    if (v.length < k) throw new IllegalArgumentException("Ward clustering into " + k + " tiers needs at least " + k
        + " different scores, found " + v.length);
    if (v.length > JenksTiers.MAX_DISTINCT) throw new IllegalArgumentException("Ward clustering takes time growing with the square of the "
        + "number of different scores; " + v.length + " is more than " + JenksTiers.MAX_DISTINCT + ": use k-means or quantile tiers");
    List<double[]> clusters = new ArrayList<>(); // {count, sum, first distinct index}
    double[] count = new double[v.length];
    for (double s : scores) count[Arrays.binarySearch(v, s)]++;
    for (int i = 0; i < v.length; i++) clusters.add(new double[] {count[i], count[i] * v[i], i});
    while (clusters.size() > k) {
      if ((clusters.size() & 255) == 0) org.indexkit.core.Work.check();
      int best = 0;
      double bestCost = Double.POSITIVE_INFINITY;
      for (int i = 0; i + 1 < clusters.size(); i++) {
        double[] a = clusters.get(i), b = clusters.get(i + 1);
        double d = a[1] / a[0] - b[1] / b[0];
        double cost = a[0] * b[0] / (a[0] + b[0]) * d * d;
        if (cost < bestCost) { bestCost = cost; best = i; }
      }
      double[] a = clusters.get(best), b = clusters.remove(best + 1);
      a[0] += b[0];
      a[1] += b[1];
    }
    int[] clusterOf = new int[v.length];
    for (int c = 0; c < clusters.size(); c++) {
      int start = (int) clusters.get(c)[2];
      int end = c + 1 < clusters.size() ? (int) clusters.get(c + 1)[2] : v.length;
      for (int i = start; i < end; i++) clusterOf[i] = c;
    }
    int[] tiers = new int[scores.length];
    for (int r = 0; r < scores.length; r++) tiers[r] = k - clusterOf[Arrays.binarySearch(v, scores[r])];
    return tiers;
  }

  @Override
  public String variant() {
    return "agglomerative clustering, Ward linkage on the scores (Euclidean), " + k + " tiers, tier 1 = highest";
  }
}
