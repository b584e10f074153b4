package org.indexkit.method;

import java.util.List;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.method.aggregate.Aggregators;
import org.indexkit.method.impute.Imputers;
import org.indexkit.method.normalise.Normalisers;
import org.indexkit.method.outlier.OutlierRules;
import org.indexkit.method.tier.TierRules;
import org.indexkit.method.weight.Weightings;

/**
 * Every recipe step and its registered methods, in the order a run applies them: the one source of
 * method ids, parameters, defaults and ranges. To add a method, write its class and register it in the
 * {@link StepSpec} of its step ({@code Aggregators.STEP}, …); the catalogue, the task pane's menus, the
 * Recipe keys and the check of a recipe follow from here.
 */
public final class MethodRegistry {
  private MethodRegistry() {}

  public static final List<StepSpec<?>> STEPS = List.of(Imputers.STEP, OutlierRules.STEP, Normalisers.STEP, Weightings.STEP,
      Aggregators.STEP, Normalisers.RESCALE, TierRules.TIERS, TierRules.STARS, PanelModes.STEP);

  /**
   * The recipe a run uses: every step's method by its registered id with its parameters checked and its
   * defaults filled in (a panel mode only when the recipe names one). Resolving a resolved recipe changes nothing. The
   * analyses are passed on as given: they are resolved on their own floor ({@code analysis.Analyses}).
   *
   * @throws org.indexkit.core.InvalidInputException naming the recipe key at fault
   */
  public static Recipe resolve(Recipe r) {
    return new Recipe(r.preset(), Normalisers.STEP.resolve(r.normalise()), Weightings.STEP.resolve(r.weights()),
        Aggregators.STEP.resolve(r.aggregate()), Normalisers.RESCALE.resolve(r.rescale()), TierRules.TIERS.resolve(r.tiers()),
        TierRules.STARS.resolve(r.stars()), r.leagues(), Imputers.STEP.resolve(r.impute()), OutlierRules.STEP.resolve(r.outliers()),
        r.panel() == null ? null : PanelModes.STEP.resolve(r.panel()), r.analyses(), r.language(), r.formulas());
  }

  /** The tree with each node's own aggregation (Indicators sheet) resolved. */
  public static IndicatorTree resolve(IndicatorTree tree) {
    if (tree.nodes().stream().allMatch(n -> n.aggregation() == null)) return tree;
    return new IndicatorTree(tree.nodes().stream()
        .map(n -> n.aggregation() == null ? n : n.withAggregation(Aggregators.STEP.resolve(n.aggregation()))).toList());
  }

  /** Every key a recipe may set: {@code normalise}, {@code normalise.min}, …, and {@code leagues}. */
  public static List<String> recipeKeys() {
    return java.util.stream.Stream.concat(STEPS.stream().flatMap(StepSpec::keys), java.util.stream.Stream.of("leagues", "formulas")).toList();
  }

}
