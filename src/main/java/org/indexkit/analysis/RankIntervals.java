package org.indexkit.analysis;

import java.util.Arrays;
import org.indexkit.core.NodeResult;
import org.indexkit.method.uncertainty.SobolIndices;

/**
 * What the runs of an uncertainty analysis say per entity: the median rank and the 5th–95th percentile
 * interval (R type 7), the mean absolute shift from the nominal rank, and the share of runs that keep the
 * nominal tier and star rating (NaN when the recipe has none).
 */
record RankIntervals(int[] nominal, double[] median, double[] p5, double[] p95, double[] meanAbsShift, double[] keepTier,
                     double[] keepStars) {

  /** @param ranks, tiers, stars per run, per entity (a run's tiers or stars null when the recipe has none) */
  static RankIntervals of(NodeResult composite, int[][] ranks, int[][] tiers, int[][] stars) {
    int[] nominal = composite.ranks();
    int n = nominal.length, runs = ranks.length;
    double[] median = new double[n], p5 = new double[n], p95 = new double[n], shift = new double[n], keepTier = new double[n],
        keepStars = new double[n];
    for (int e = 0; e < n; e++) {
      double[] rk = new double[runs];
      int tierSame = 0, starSame = 0;
      for (int i = 0; i < runs; i++) {
        rk[i] = ranks[i][e];
        shift[e] += Math.abs(ranks[i][e] - nominal[e]) / (double) runs;
        if (tiers[i] != null && tiers[i][e] == composite.tiers().levels()[e]) tierSame++;
        if (stars[i] != null && stars[i][e] == composite.stars().levels()[e]) starSame++;
      }
      Arrays.sort(rk);
      median[e] = SobolIndices.quantile(rk, 0.5);
      p5[e] = SobolIndices.quantile(rk, 0.05);
      p95[e] = SobolIndices.quantile(rk, 0.95);
      keepTier[e] = composite.tiers() == null ? Double.NaN : tierSame / (double) runs;
      keepStars[e] = composite.stars() == null ? Double.NaN : starSame / (double) runs;
    }
    return new RankIntervals(nominal, median, p5, p95, shift, keepTier, keepStars);
  }
}
