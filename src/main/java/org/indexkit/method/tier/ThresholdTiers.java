package org.indexkit.method.tier;

import java.util.List;

/** Fixed cut-offs, descending: score ≥ t₁ is tier 1, ≥ t₂ tier 2, …, below the last the final tier. */
public final class ThresholdTiers implements TierRule {
  private final List<Double> thresholds;

  public ThresholdTiers(List<Double> thresholds) {
    this.thresholds = List.copyOf(thresholds);
  }

  @Override
  public int[] assign(double[] scores, int[] ranks) {
    int[] tiers = new int[scores.length];
    for (int i = 0; i < scores.length; i++) {
      int t = 0;
      while (t < thresholds.size() && scores[i] < thresholds.get(t)) t++;
      tiers[i] = t + 1;
    }
    return tiers;
  }

  @Override
  public String variant() {
    return "fixed thresholds " + thresholds + " (score ≥ threshold enters the tier)";
  }
}
