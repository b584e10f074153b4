package org.indexkit.method.tier;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-means clusters of the scores (seed 001: "聚类分析" into four 梯队), made deterministic and
 * ordered: k-means++ seeding from a fixed seed, Lloyd's iterations, the best of 50 runs by
 * within-cluster sum of squares; tier 1 holds the highest scores. On one dimension a cluster is a
 * run of the sorted scores, so each iteration finds the runs by binary search and their means from
 * prefix sums: a node of 300 cities costs microseconds, not the milliseconds of a general k-means.
 * Equal scores always share a tier.
 */
public final class KMeansTiers implements TierRule {
  private static final int TRIALS = 50;
  private static final int MAX_ITERATIONS = 300;
  private final int k;
  private final long seed;

  public KMeansTiers(int k, long seed) {
    this.k = k;
    this.seed = seed;
  }

  @Override
  public int[] assign(double[] scores, int[] ranks) {
    SortedScores sorted = new SortedScores(scores);
    int n = sorted.size();
    if (n < k) throw new IllegalArgumentException("k-means with k = " + k + " needs at least " + k + " different scores, found " + n);
    double[] w = new double[n]; // how many entities hold each distinct score
    for (int i = 0; i < n; i++) w[i] = sorted.weight(i);
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] best = null;
    double bestSS = Double.POSITIVE_INFINITY;
    for (int trial = 0; trial < TRIALS; trial++) {
      org.indexkit.core.Work.check();
      int[] start = lloyd(sorted, seeds(sorted.values, w, rnd));
      double ss = 0;
      for (int c = 0; c < k; c++) ss += sorted.withinSS(start[c], start[c + 1]);
      if (best == null || ss < bestSS - 1e-12 * Math.abs(bestSS)) { // the first run, or a clearly better one
        bestSS = ss;
        best = start;
      }
    }
    int[] tiers = new int[scores.length];
    for (int r = 0; r < scores.length; r++) {
      int i = sorted.indexOf(scores[r]), c = 0;
      while (i >= best[c + 1]) c++;
      tiers[r] = k - c; // cluster 0 holds the lowest scores
    }
    return tiers;
  }

  /** k-means++: the first centre drawn by weight, each next one with probability ∝ weight × squared distance to the nearest centre. */
  private double[] seeds(double[] v, double[] w, SplittableRandom rnd) {
    int n = v.length;
    double[] centres = new double[k];
    double[] d2 = new double[n];
    Arrays.fill(d2, Double.POSITIVE_INFINITY);
    centres[0] = v[draw(w, null, rnd)];
    for (int c = 1; c < k; c++) {
      for (int i = 0; i < n; i++) d2[i] = Math.min(d2[i], (v[i] - centres[c - 1]) * (v[i] - centres[c - 1]));
      centres[c] = v[draw(w, d2, rnd)];
    }
    Arrays.sort(centres);
    return centres;
  }

  private static int draw(double[] w, double[] d2, SplittableRandom rnd) {
    double total = 0;
    for (int i = 0; i < w.length; i++) total += w[i] * (d2 == null ? 1 : d2[i]);
    double u = rnd.nextDouble() * total;
    for (int i = 0; i < w.length; i++) {
      u -= w[i] * (d2 == null ? 1 : d2[i]);
      if (u < 0 && (d2 == null || d2[i] > 0)) return i;
    }
    for (int i = w.length - 1; i >= 0; i--) if (d2 == null || d2[i] > 0) return i; // rounding at the end of the scan
    return 0;
  }

  /**
   * Lloyd's iterations on sorted distinct values; returns where each cluster starts (k + 1 indices, the
   * last = n). A cluster left empty keeps its centre.
   */
  private int[] lloyd(SortedScores sorted, double[] centres) {
    double[] v = sorted.values;
    int n = v.length;
    int[] start = new int[k + 1], previous = null;
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      start[0] = 0;
      start[k] = n;
      for (int c = 1; c < k; c++) { // values above the midpoint of two neighbouring centres go to the upper one
        double mid = (centres[c - 1] + centres[c]) / 2;
        int i = Arrays.binarySearch(v, mid);
        start[c] = Math.max(start[c - 1], i >= 0 ? i + 1 : -i - 1);
      }
      if (Arrays.equals(start, previous)) break;
      previous = start.clone();
      for (int c = 0; c < k; c++) {
        int a = start[c], b = start[c + 1];
        if (b > a) centres[c] = sorted.mean(a, b);
      }
      Arrays.sort(centres);
    }
    return start;
  }

  @Override
  public String variant() {
    return "k-means (k = " + k + ", k-means++ seed " + seed + ", best of " + TRIALS
        + " runs) on the node's scores; tiers ordered by centroid, tier 1 = highest";
  }
}
