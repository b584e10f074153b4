package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indexkit.core.AuditEntry;
import org.indexkit.core.AuditReport;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problems;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.core.InvalidInputException;
import org.indexkit.method.MethodRegistry;

/**
 * Runs a {@link Recipe} over a {@link Table} and an {@link IndicatorTree}, as the sequence of its steps:
 * bind the columns and check the leaves, transform ({@link LeafSteps}); drop sparse entities, impute,
 * treat outliers ({@link GapSteps}); then, within each segment (year × league), mirror cost indicators,
 * normalise, weigh, aggregate level by level, rescale, rank and tier ({@link SegmentSteps}); the
 * statistical audit; the Provenance lines ({@link ProvenanceText}).
 *
 * <p>Pure: no IO, no clock. Every problem found in the input is collected and thrown together as an
 * {@link org.indexkit.core.InvalidInputException} with row/column positions.
 */
public final class Pipeline {
  private Pipeline() {}

  public static IndexResult run(Table table, IndicatorTree fullTree, Recipe recipe) {
    return run(table, fullTree, recipe, true);
  }

  /**
   * @param statistics whether to build the statistical audit (correlations of every pair of indicators):
   *     the many runs of an uncertainty analysis only need the scores and ranks
   */
  public static IndexResult run(Table input, IndicatorTree fullTree, Recipe given, boolean statistics) {
    Recipe recipe = MethodRegistry.resolve(given);
    List<String> warnings = new ArrayList<>();
    Problems problems = new Problems();

    IndicatorTree tree = LeafSteps.bindColumns(input, MethodRegistry.resolve(fullTree), recipe.impute().text("suffix"), problems, warnings);
    problems.throwIfAny();
    Map<String, Integer> columnOf = LeafSteps.leafColumns(input, tree);
    LeafSteps.checkLeaves(input, tree, columnOf, recipe, problems);
    problems.throwIfAny();

    List<int[]> noDenominator = new ArrayList<>(); // {leaf, row}: a per-capita value whose denominator is missing
    double[][] transformed = LeafSteps.transformLeaves(input, tree, columnOf, problems, noDenominator);
    problems.throwIfAny();
    boolean imputing = !recipe.impute().isNone();
    List<AuditEntry> audit = new ArrayList<>();
    LeafSteps.missingDenominators(input, tree, columnOf, noDenominator, imputing, problems, audit);
    GapSteps.Kept kept = GapSteps.dropSparseEntities(input, recipe.impute(), transformed, audit);
    Table table = kept.table();
    double[][] leafValues = kept.leafValues();
    try {
      Set<Long> reported = new java.util.HashSet<>(); // rows are the input's: nothing is dropped without imputation
      for (int[] c : noDenominator) reported.add((long) c[0] * table.rows() + c[1]);
      LeafSteps.checkMissing(table, tree, columnOf, leafValues, problems, imputing, reported);
      problems.throwIfAny();
      if (imputing) GapSteps.impute(table, tree, leafValues, recipe.impute(), audit, problems);
      problems.throwIfAny();
      if (!recipe.outliers().isNone()) GapSteps.treatOutliers(table, tree, leafValues, recipe.outliers(), audit);

      SegmentSteps.Scored scored = SegmentSteps.score(table, tree, recipe, leafValues, columnOf, warnings, problems);
      List<NodeResult> results = scored.results();
      AuditReport report = statistics ? statisticalAudit(table, tree, columnOf, leafValues, results) : null;
      return new IndexResult(table.entities(), table.groups(), table.years(), results, scored.weights(), List.copyOf(warnings),
          ProvenanceText.provenance(recipe, tree, scored.aggregator(), scored.rescaler(), table), List.copyOf(audit), report);
    } catch (InvalidInputException e) {
      throw kept.atInputRows(e);
    }
  }

  /** The tree as a run sees it: entered at the level the Data's columns give (see {@link IndicatorTree#cutAt}). */
  public static IndicatorTree bind(Table table, IndicatorTree fullTree) {
    return LeafSteps.bind(table, fullTree);
  }

  /** The audit sees each indicator's raw column and the values the run used (after transform, imputation, mirroring). */
  private static AuditReport statisticalAudit(Table table, IndicatorTree tree, Map<String, Integer> columnOf, double[][] leafValues,
                                              List<NodeResult> results) {
    int n = table.rows();
    double[][] rawLeaves = new double[tree.leaves().size()][n];
    double[][] used = new double[leafValues.length][n];
    for (int l = 0; l < rawLeaves.length; l++) {
      int col = columnOf.get(tree.leaves().get(l).code());
      boolean cost = tree.leaves().get(l).direction() == Direction.COST;
      for (int r = 0; r < n; r++) {
        rawLeaves[l][r] = table.value(r, col);
        used[l][r] = cost ? -leafValues[l][r] : leafValues[l][r];
      }
    }
    return StatisticalAudit.of(tree, rawLeaves, used, results);
  }


  static final String TYPE_PREFIX = "type.";

  /**
   * From this many scores (entities × nodes) in a segment, nodes are rescaled and ranked on all cores: a
   * 10,000 × 100 index has 1.1 million; a pane's selection or one uncertainty run stays single-threaded.
   */
  static final long PARALLEL_CELLS = 250_000;





















}
