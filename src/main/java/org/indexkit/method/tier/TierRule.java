package org.indexkit.method.tier;

/** Cuts scores into tiers 1..k, tier 1 the best. */
public interface TierRule {

  /**
   * @param ranks competition ranks of the same scores (1 = best), so tied scores share a tier
   * @throws IllegalArgumentException when the scores cannot be cut as asked (too few distinct values)
   */
  int[] assign(double[] scores, int[] ranks);

  String variant();
}
