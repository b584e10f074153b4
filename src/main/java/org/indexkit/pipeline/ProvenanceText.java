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
import org.indexkit.core.StepChoice;
import org.indexkit.method.PanelModes;
import org.indexkit.method.aggregate.Aggregators;
import org.indexkit.method.impute.Imputers;
import org.indexkit.method.normalise.Normalisers;
import org.indexkit.method.outlier.OutlierRules;
import org.indexkit.method.tier.TierRules;
import org.indexkit.method.weight.Weightings;
import org.indexkit.method.aggregate.Aggregator;
import org.indexkit.method.normalise.MinMax;
import org.indexkit.method.weight.AhpJudgements;
import org.indexkit.method.rank.CompetitionRanking;

/** The Provenance lines of a run: every method variant, in words. */
final class ProvenanceText {
  private ProvenanceText() {}

  static Provenance provenance(Recipe recipe, IndicatorTree tree, Aggregator aggregator, MinMax rescaler, Table table) {
    List<String> v = new ArrayList<>();
    v.add("normalise: " + Normalisers.STEP.make(recipe.normalise()).apply(tree.leaves().get(0)).variant());
    if (tree.leaves().stream().anyMatch(l -> l.direction() == Direction.COST))
      v.add("direction: cost indicators (−) mirrored as x → −x before normalising, e.g. min-max gives (max − x)/(max − min)");
    if (Weightings.objective(recipe.weights()))
      v.add("weights: " + Weightings.STEP.make(recipe.weights()).variant() + "; from the "
          + (Weightings.RAW.equals(recipe.weights().text("on"))
              ? "raw values (after transforms, imputation and outlier treatment; cost indicators not mirrored)" : "normalised values")
          + "; computed per league and " + (recipe.panel() != null && recipe.panel().is(PanelModes.POOLED) ? "over all years pooled, " : "year, ")
          + (Weightings.ALL.equals(recipe.weights().text("scope")) ? "across all indicators (a dimension weighs the sum of its indicators)"
              : "within each dimension (the levels above keep the tree's weights)"));
    else if (recipe.weights().is("ahp"))
      v.add("weights: " + new AhpJudgements(recipe.weights()).variant() + "; nodes without judgements: fixed per level; effective "
          + "weights are the products of the local weights from the root down (hierarchical synthesis)");
    else
      v.add("weights: " + recipe.weights().method() + " per level; a node without weight takes an equal share "
          + "of what its siblings leave; sibling weights not summing to 1 are renormalised (warned)");
    if (recipe.weights().is("combined") && AhpJudgements.of(recipe.weights()) != null)
      v.add("weights (the combination's subjective source): " + AhpJudgements.of(recipe.weights()).variant());
    v.add("aggregate: " + aggregator.variant() + ", level by level");
    for (Indicator n : tree.nodes())
      if (n.aggregation() != null && !tree.isLeaf(n.code()))
        v.add("aggregate at \"" + n.code() + "\" (Indicators sheet): " + Aggregators.STEP.make(n.aggregation()).variant());
    if (rescaler != null)
      v.add("rescale: " + rescaler.variant().replace("min-max", "min-max of each node's own aggregate")
          + "; parents are aggregated from their children's unrescaled aggregates");
    v.add("rank: " + CompetitionRanking.variant());
    if (!recipe.tiers().isNone()) v.add("tiers: " + TierRules.TIERS.make(recipe.tiers()).variant());
    if (!recipe.stars().isNone()) v.add("stars: " + TierRules.STARS.make(recipe.stars()).variant());
    if (recipe.leagues() && table.groups() != null)
      v.add("leagues: each Group normalised, rescaled, ranked and tiered on its own");
    if (tree.leaves().stream().anyMatch(l -> l.type() != null))
      v.add("types: each leaf Type also gets a sub-score: its leaves aggregated with their effective weights rescaled to sum to 1");
    if (table.years() != null)
      v.add((recipe.panel() != null && recipe.panel().is(PanelModes.BASE_YEAR)
          ? "panel: base year " + (recipe.panel().integer("year") != null ? recipe.panel().integer("year") : "(the first)") + " — the "
              + "normalisation's statistics and the objective weights from the base year's rows, applied to every year (later values "
              + "may score beyond the base year's range); aggregation ideals and rescaling over all years, then ranked and tiered per year"
          : recipe.panel() != null && recipe.panel().is(PanelModes.POOLED)
          ? "panel: pooled — the years' rows stacked and scored as one table (normalisation, objective weights, aggregation ideals "
              + "and rescaling over all years" + (recipe.leagues() ? ", per league" : "") + "), then ranked and tiered per year, so "
              + "scores compare over time"
          : "panel: each Year scored on its own") + "; rank change = previous year's rank − this year's (blank = not ranked before)");
    if (!recipe.outliers().isNone())
      v.add("outliers: " + OutlierRules.STEP.make(recipe.outliers()).variant() + ", per indicator over the whole table; treated cells listed in Audit");
    StepChoice imp = recipe.impute();
    if (imp.isNone()) v.add("missing values: none allowed (impute = none)");
    else {
      if (imp.number("maxMissingShare") < 1) v.add(GapSteps.dropNote(imp));
      String how = imp.is(Imputers.AVAILABLE)
          ? "none: each node aggregated over the children an entity has, their weights renormalised (COINr dat_thresh); an entity "
              + "with less than " + imp.number("minShare") + " of a node's children (at least one) dropped; missing cells listed in Audit"
          : imp.is("substitute")
          ? "substitution from the column named like the indicator plus \"" + imp.text("suffix") + "\" (a national, state or older-year value)"
          : Imputers.STEP.make(imp).apply(table).variant();
      v.add("impute: " + how + "; observed values never changed; every imputed cell listed in Audit");
    }
    return new Provenance(Version.get(), recipe, null, List.copyOf(v)); // the preset's source and notes: added where sheets are laid out
  }
}
