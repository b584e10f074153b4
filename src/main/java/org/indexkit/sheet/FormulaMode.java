package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.method.PanelModes;
import org.indexkit.method.impute.Imputers;

/**
 * Which recipes formula mode ({@code formulas = true}) can write as live formulas, and the one place that says so. The
 * steps a spreadsheet recalculates: min-max, z-score or no normalisation with cost indicators mirrored; the tree's weights,
 * entropy weights (either scope), any other weights as values; the weighted arithmetic and geometric means and TOPSIS,
 * per node; min-max rescaling; ranks; fixed-threshold tiers (other tier rules are values on the Tiers sheet). The input
 * cells reference the Data; a cell the run changed (imputed, transformed, treated as an outlier) is its value, marked.
 * What cannot be a formula — a pooled or base-year panel's normalisation, entities dropped for missing values, missing
 * values left out (impute = available), another normalisation or aggregation — is refused, naming the step, rather
 * than written as formulas that would not recalculate to the engine's numbers.
 */
public final class FormulaMode {
  private FormulaMode() {}

  static final List<String> NORMALISERS = List.of("min-max", "z-score", "none");
  static final List<String> AGGREGATORS = List.of("arithmetic", "geometric", "topsis");

  /**
   * @param dropped whether the run dropped entities (their rows would not line up with the Data's)
   * @throws InvalidInputException (key {@code formulas}) naming every step that cannot be written as formulas
   */
  public static void check(Recipe recipe, IndicatorTree tree, boolean dropped) {
    List<String> why = new ArrayList<>();
    if (!NORMALISERS.contains(recipe.normalise().method()))
      why.add("normalise = " + recipe.normalise().method() + " (formulas for " + String.join(", ", NORMALISERS) + ")");
    for (Indicator n : tree.nodes()) {
      StepChoice a = n.aggregation() == null || tree.isLeaf(n.code()) ? recipe.aggregate() : n.aggregation();
      if (!tree.isLeaf(n.code()) && !AGGREGATORS.contains(a.method()))
        why.add("\"" + n.code() + "\" aggregates by " + a.method() + " (formulas for " + String.join(", ", AGGREGATORS) + ")");
    }
    if (recipe.panel() != null && !recipe.panel().is(PanelModes.PER_YEAR))
      why.add("panel = " + recipe.panel().method() + " (formulas for years scored on their own)");
    if (recipe.impute().is(Imputers.AVAILABLE)) why.add("impute = available (a node over the children each entity has)");
    if (dropped) why.add("entities were dropped for missing values (see Audit): impute them, or remove their rows");
    if (!why.isEmpty())
      throw new InvalidInputException(Problem.of("formulas", "formula mode cannot write this recipe as live formulas: "
          + String.join("; ", why) + ". Leave formulas off, or choose steps a spreadsheet can recalculate."));
  }
}
