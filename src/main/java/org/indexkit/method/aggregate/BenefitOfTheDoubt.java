package org.indexkit.method.aggregate;

import java.util.List;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.method.linear.CcrEfficiency;

/**
 * Benefit-of-the-doubt composite (Cherchye, Moesen, Rogge &amp; Van Puyenbroeck 2007, Soc Indic Res 82:111–145; COINr's
 * BoD): each entity gets the weights most favourable to it, max Σ wⱼ·yₒⱼ subject to Σ wⱼ·yₖⱼ ≤ 1 for every entity k and
 * w ≥ 0, so the best-practice entities score 1 and the others their distance to that frontier. The tree's weights are
 * not used; optional shares per child ({@code min-share}, {@code max-share}) keep any one child from being ignored or
 * from carrying the whole score.
 * A linear programme per entity ({@link CcrEfficiency} with a single constant input); scores must be ≥ 0.
 */
public final class BenefitOfTheDoubt implements Aggregator {
  private final double minShare, maxShare;

  public BenefitOfTheDoubt(double minShare, double maxShare) {
    if (!(maxShare >= minShare)) throw new IllegalArgumentException("benefit of the doubt needs min-share ≤ max-share, got " + minShare + " and " + maxShare);
    this.minShare = minShare;
    this.maxShare = maxShare;
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int n = children[0].length, m = children.length;
    if (minShare * m > 1 + 1e-12)
      throw new InvalidInputException(Problem.ofKey("aggregate.min-share", "aggregate.min-share: a minimum share of " + minShare
          + " for each of " + m + " children exceeds the whole score; at most 1/" + m));
    if (maxShare * m < 1 - 1e-12)
      throw new InvalidInputException(Problem.ofKey("aggregate.max-share", "aggregate.max-share: a maximum share of " + maxShare
          + " for each of " + m + " children cannot make up the whole score; at least 1/" + m));
    double[][] outputs = new double[n][m], inputs = new double[n][1];
    for (int r = 0; r < n; r++) {
      inputs[r][0] = 1;
      for (int c = 0; c < m; c++) outputs[r][c] = children[c][r];
    }
    try {
      return CcrEfficiency.efficiencies(inputs, outputs, minShare, maxShare);
    } catch (org.apache.commons.math3.exception.MathIllegalStateException e) { // no feasible or bounded optimum: not expected with y ≥ 0
      throw new InvalidInputException(Problem.of("aggregation", "benefit of the doubt found no optimum for these scores: " + e.getMessage()));
    }
  }

  @Override
  public List<int[]> unusable(double[][] children, double[] weights) {
    List<int[]> bad = new java.util.ArrayList<>();
    for (int c = 0; c < children.length; c++)
      for (int r = 0; r < children[c].length; r++) if (!(children[c][r] >= 0)) bad.add(new int[] {c, r});
    return bad;
  }

  @Override
  public String unusableReason() {
    return "benefit of the doubt needs scores ≥ 0 (normalise with min-max first)";
  }

  @Override
  public String variant() {
    return "benefit of the doubt: each entity's most favourable weights, max Σ w·y s.t. Σ w·y_k ≤ 1 ∀k, w ≥ 0"
        + (minShare > 0 ? ", each child at least " + minShare + " of the score" : "")
        + (maxShare < 1 ? ", each child at most " + maxShare + " of the score" : "")
        + " (Cherchye et al. 2007; Commons Math simplex); the tree's weights unused";
  }
}
