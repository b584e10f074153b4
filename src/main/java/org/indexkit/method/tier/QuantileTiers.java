package org.indexkit.method.tier;

/**
 * k bands of (nearly) equal size by rank: {@code tier = ⌊(rank − 1)·k / n⌋ + 1}. Entities that tie
 * share a rank and therefore a tier, so a band can grow by its ties.
 */
public final class QuantileTiers implements TierRule {
  private final int k;

  public QuantileTiers(int k) {
    this.k = k;
  }

  @Override
  public int[] assign(double[] scores, int[] ranks) {
    int n = scores.length;
    int[] tiers = new int[n];
    for (int i = 0; i < n; i++) tiers[i] = Math.min(k, (int) ((long) (ranks[i] - 1) * k / n) + 1);
    return tiers;
  }

  @Override
  public String variant() {
    return "quantile bands: " + k + " equal-count bands by rank, tier = ⌊(rank − 1)·k/n⌋ + 1";
  }
}
