package org.indexkit.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.indexkit.analysis.Analyses;
import org.indexkit.analysis.Analysis;
import org.indexkit.analysis.UncertaintyAnalysis;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.input.LocatedTable;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.sheet.RunContext;
import org.indexkit.sheet.SheetNames;
import org.indexkit.sheet.SheetPlan;
import org.indexkit.sheet.SensitivitySheets;
import org.indexkit.sheet.SheetPlans;

/**
 * The one place where located input and a setup become results and sheets, for every front end (the
 * compute route, the check job, CLI score and audit, workbook scoring). Problems the engine finds are
 * located here, once, on the cells of the input they came from.
 */
public final class Scoring {
  private Scoring() {}

  /** A scored table: the result, what the recipe's analyses found, and the sheets, named so that none takes an existing sheet's name. */
  public record Scored(IndexResult result, List<Analysis.Outcome> analyses, List<SheetPlan> sheets) {}

  /** A robustness check: the nominal result, the uncertainty analysis and every sheet (scores, audit, sensitivity). */
  public record Checked(IndexResult nominal, UncertaintyAnalysis.Result uncertainty, List<SheetPlan> sheets) {}

  /** The tree and recipe for this input ({@link ScoringSetup#resolve}), with its problems located on the input's cells. */
  public static ScoringSetup setup(LocatedTable input, String presetId, org.indexkit.core.IndicatorTree tree, String recipeSource,
                                   String recipeJson, java.util.Map<String, String> settings) {
    return setup(input, presetId, tree, null, recipeSource, recipeJson, settings);
  }

  /** The same under a workbook's Recipe sheet (the task pane sends its rows), see {@link ScoringSetup#resolve}. */
  public static ScoringSetup setup(LocatedTable input, String presetId, org.indexkit.core.IndicatorTree tree, RecipeSheet sheet,
                                   String recipeSource, String recipeJson, java.util.Map<String, String> settings) {
    return located(input, () -> ScoringSetup.resolve(presetId, tree, sheet, recipeSource, recipeJson, settings, input.table()));
  }

  /**
   * @param run what the Provenance sheet says about the input (null: nothing)
   * @param existingSheets the workbook's sheet names, which result sheets must not take
   * @throws InvalidInputException with every problem located on the input's cells
   */
  public static Scored score(LocatedTable input, ScoringSetup setup, RunContext run, List<String> existingSheets) {
    return located(input, () -> {
      if (!setup.recipe().writesFormulas()) {
        IndexResult nominal = Pipeline.run(input.table(), setup.tree(), setup.recipe());
        List<Analysis.Outcome> analyses = Analyses.run(nominal, setup.recipe(), context(input, setup));
        IndexResult result = Analyses.warned(nominal, analyses);
        return new Scored(result, analyses, SheetPlans.of(result, analyses, run, existingSheets));
      }
      Pipeline.Prepared prepared = Pipeline.prepare(input.table(), setup.tree(), setup.recipe());
      IndexResult nominal = Pipeline.run(prepared, setup.recipe());
      SheetPlans.Formulas formulas = formulas(input, prepared, setup.recipe());
      List<Analysis.Outcome> analyses = Analyses.run(nominal, setup.recipe(), context(input, setup));
      IndexResult result = Analyses.warned(nominal, analyses);
      return new Scored(result, analyses, SheetPlans.of(result, analyses, run, existingSheets, formulas));
    });
  }

  /**
   * What formula mode writes its Calc sheet from: each leaf value's Data cell (null where the run changed the value), the
   * value used, and the run again without rescaling (the values before the display scale, cached in their formula cells).
   */
  private static SheetPlans.Formulas formulas(LocatedTable input, Pipeline.Prepared p, org.indexkit.core.Recipe recipe) {
    if (input.layout().sheet() == null || input.layout().sheet().isEmpty())
      throw new InvalidInputException(org.indexkit.core.Problem.of("formulas", "formula mode references the Data's cells, so it needs the "
          + "sheet they are on: send the selection's address (table.origin, e.g. Data!A1)"));
    org.indexkit.sheet.FormulaMode.check(recipe, p.tree(), p.table().rows() != input.table().rows());
    var leaves = p.tree().leaves();
    int n = p.table().rows();
    String[][] cells = new String[leaves.size()][n];
    double[][] used = new double[leaves.size()][n];
    var layout = input.layout();
    for (int l = 0; l < leaves.size(); l++) {
      int col = p.column(leaves.get(l).code());
      for (int r = 0; r < n; r++) {
        used[l][r] = p.value(l, r);
        int sheetRow = input.sheetRows() == null ? layout.headerRow() + 1 + r : input.sheetRows().get(r);
        if (Double.compare(used[l][r], input.table().value(r, col)) == 0)
          cells[l][r] = org.indexkit.core.TableLayout.address(layout.sheet(), sheetRow, layout.indicatorColumns().get(col));
      }
    }
    var none = org.indexkit.core.StepChoice.of("none");
    IndexResult unscaled = Pipeline.run(p, recipe.withRescale(none).withTiers(none).withStars(none));
    return new SheetPlans.Formulas(p.tree(), cells, used, unscaled);
  }

  /**
   * The statistical audit and the robustness check: the nominal result, {@code ua}'s Monte Carlo runs, Sobol indices
   * ({@code sobolN} > 0) and leave-one-out importance, with Provenance saying what was varied.
   *
   * @param withResults also the result sheets (Scores, Ranks, …, Provenance); without, only the statistical audit's
   *     (Statistics, Correlations, Audit) beside the robustness sheets, as the task pane's Check writes them
   * @param done counts finished runs (may be null)
   * @param stopped polled between runs: the check ends with a CancellationException when it turns true
   */
  public static Checked check(LocatedTable input, ScoringSetup setup, UncertaintyAnalysis ua, int sobolN, boolean withResults,
                              RunContext run, List<String> existingSheets, AtomicInteger done, BooleanSupplier stopped) {
    return located(input, () -> {
      var tree = Pipeline.bind(input.table(), setup.tree());
      IndexResult nominal = Pipeline.run(input.table(), tree, setup.recipe());
      UncertaintyAnalysis.Result u = ua.run(input.table(), tree, setup.recipe(), nominal, done, stopped);
      List<SheetPlan> plans = new ArrayList<>();
      List<Analysis.Outcome> analyses = withResults ? Analyses.run(nominal, setup.recipe(), context(input, setup)) : List.of();
      for (SheetPlan p : SheetPlans.of(Analyses.warned(nominal, analyses), analyses, run, List.of())) {
        if (!withResults && !List.of("Statistics", "Correlations", "Audit").contains(p.name())) continue;
        if (!p.name().equals("Provenance")) {
          plans.add(p);
          continue;
        }
        List<List<Object>> rows = new ArrayList<>(p.rows());
        rows.add(Arrays.asList("Uncertainty analysis", ua.variant(setup.recipe())));
        plans.add(new SheetPlan(p.name(), p.columns(), rows, p.freezeRows(), p.chart()));
      }
      plans.addAll(SensitivitySheets.sensitivity(nominal, u));
      if (sobolN > 0)
        plans.add(SensitivitySheets.sensitivityIndices(ua.inputs(tree, setup.recipe()), ua.sobol(input.table(), tree, setup.recipe(), nominal, sobolN, 200)));
      if (stopped.getAsBoolean()) throw new java.util.concurrent.CancellationException();
      plans.add(SensitivitySheets.importance(org.indexkit.analysis.LeaveOneOut.shifts(input.table(), tree, setup.recipe(), nominal)));
      return new Checked(nominal, u, SheetNames.avoid(plans, existingSheets));
    });
  }

  /** The input, and the input scored again with the setup's recipe and tree changed (what comparing builds runs). */
  private static Analysis.Context context(LocatedTable input, ScoringSetup setup) {
    return new Analysis.Context(input.table(),
        (recipe, tree) -> Pipeline.run(input.table(), tree.apply(setup.tree()), recipe.apply(setup.recipe())),
        id -> org.indexkit.preset.Presets.find(id).map(org.indexkit.preset.Preset::recipe));
  }

  private interface Work<T> {
    T run();
  }

  /** Runs the work; its problems come back located on the input's cells — the only place that does it. */
  private static <T> T located(LocatedTable input, Work<T> work) {
    try {
      return work.run();
    } catch (InvalidInputException e) {
      throw new InvalidInputException(input.locate(e.problems()));
    }
  }
}
