package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.Direction;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Provenance;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.core.Version;
import org.indexkit.core.Imputation;
import org.indexkit.method.outlier.OutlierTreatment;
import org.indexkit.method.aggregate.Aggregator;
import org.indexkit.method.normalise.MinMax;
import org.indexkit.method.rank.CompetitionRanking;
import org.indexkit.method.tier.TierRule;

/** The Provenance lines of a run: every method variant, in words. */
final class ProvenanceText {
  private ProvenanceText() {}

  static Provenance provenance(Recipe recipe, IndicatorTree tree, Aggregator aggregator, MinMax rescaler, Table table) {
    List<String> v = new ArrayList<>();
    v.add("normalise: " + MethodChoice.normaliser(recipe, tree.leaves().get(0)).variant());
    if (tree.leaves().stream().anyMatch(l -> l.direction() == Direction.COST))
      v.add("direction: cost indicators (−) mirrored as x → −x before normalising, e.g. min-max gives (max − x)/(max − min)");
    if (recipe.weights().objective())
      v.add("weights: " + SegmentWeights.method(recipe.weights()).variant() + "; from the "
          + (recipe.weights().on() == org.indexkit.core.Weighting.Basis.RAW
              ? "raw values (after transforms, imputation and outlier treatment; cost indicators not mirrored)" : "normalised values")
          + "; computed per league and year, "
          + (recipe.weights().scope() == org.indexkit.core.Weighting.Scope.ALL ? "across all indicators (a dimension weighs the sum of its indicators)"
              : "within each dimension (the levels above keep the tree's weights)"));
    else
      v.add("weights: " + recipe.weights().method().label() + " per level; a node without weight takes an equal share "
          + "of what its siblings leave; sibling weights not summing to 1 are renormalised (warned)");
    v.add("aggregate: " + aggregator.variant() + ", level by level");
    for (Indicator n : tree.nodes())
      if (n.aggregation() != null && !tree.isLeaf(n.code()))
        v.add("aggregate at \"" + n.code() + "\" (Indicators sheet): " + MethodChoice.aggregator(n.aggregation()).variant());
    if (rescaler != null)
      v.add("rescale: " + rescaler.variant().replace("min-max", "min-max of each node's own aggregate")
          + "; parents are aggregated from their children's unrescaled aggregates");
    v.add("rank: " + CompetitionRanking.variant());
    if (recipe.tiers().enabled()) v.add("tiers: " + TierRule.of(recipe.tiers()).variant());
    if (recipe.stars().enabled()) v.add("stars: " + TierRule.of(recipe.stars()).variant());
    if (recipe.leagues() && table.groups() != null)
      v.add("leagues: each Group normalised, rescaled, ranked and tiered on its own");
    if (tree.leaves().stream().anyMatch(l -> l.type() != null))
      v.add("types: each leaf Type also gets a sub-score: its leaves aggregated with their effective weights rescaled to sum to 1");
    if (table.years() != null)
      v.add("panel: each Year scored on its own; rank change = previous year's rank − this year's (blank = not ranked before)");
    if (recipe.outliers().enabled())
      v.add("outliers: " + new OutlierTreatment(recipe.outliers()).variant() + ", per indicator over the whole table; treated cells listed in Audit");
    Imputation imp = recipe.impute();
    if (!imp.enabled()) v.add("missing values: none allowed (impute = none)");
    else {
      if (imp.maxMissingShare() < 1) v.add(GapSteps.dropNote(imp));
      String how = imp.method() == Imputation.Method.SUBSTITUTE
          ? "substitution from the column named like the indicator plus \"" + imp.suffix() + "\" (a national, state or older-year value)"
          : GapSteps.imputer(imp, table).variant();
      v.add("impute: " + how + "; observed values never changed; every imputed cell listed in Audit");
    }
    return new Provenance(Version.get(), recipe, null, List.copyOf(v)); // the preset's source and notes: added where sheets are laid out
  }
}
