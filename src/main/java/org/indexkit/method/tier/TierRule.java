package org.indexkit.method.tier;

/** Cuts scores into tiers 1..k, tier 1 the best. */
public interface TierRule {

  /**
   * @param ranks competition ranks of the same scores (1 = best), so tied scores share a tier
   * @throws IllegalArgumentException when the scores cannot be cut as asked (too few distinct values)
   */
  int[] assign(double[] scores, int[] ranks);

  /**
   * The same, for rules that tier a node by its profile, the scores of its children ({@link ProfileTiers}); the others
   * read the scores only.
   *
   * @param profile [row][child] when asked for: built only by the rules that use it
   */
  default int[] assign(double[] scores, int[] ranks, java.util.function.Supplier<double[][]> profile) {
    return assign(scores, ranks);
  }

  String variant();
}
