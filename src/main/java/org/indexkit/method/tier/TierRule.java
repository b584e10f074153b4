package org.indexkit.method.tier;

import org.indexkit.core.Tiering;

/** Cuts scores into tiers 1..k, tier 1 the best. */
public interface TierRule {

  /**
   * @param ranks competition ranks of the same scores (1 = best), so tied scores share a tier
   * @throws IllegalArgumentException when the scores cannot be cut as asked (too few distinct values)
   */
  int[] assign(double[] scores, int[] ranks);

  String variant();

  static TierRule of(Tiering t) {
    return switch (t.method()) {
      case QUANTILE -> new QuantileTiers(t.k());
      case THRESHOLDS -> new ThresholdTiers(t.thresholds());
      case KMEANS -> new KMeansTiers(t.k(), t.seed());
      case JENKS -> new JenksTiers(t.k());
      case WARD -> new WardTiers(t.k());
      case NONE -> throw new IllegalArgumentException("no tiering");
    };
  }
}
