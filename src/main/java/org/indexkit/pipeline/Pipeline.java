package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indexkit.core.AhpReport;
import org.indexkit.core.AuditEntry;
import org.indexkit.core.AuditReport;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problems;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.core.InvalidInputException;
import org.indexkit.method.MethodRegistry;
import org.indexkit.method.impute.Imputers;
import org.indexkit.method.weight.AhpJudgements;

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
    return score(prepare(input, fullTree, given), null, given, statistics, false);
  }

  /**
   * What a run prepares before it scores: the tree bound to the Data's columns, the leaves' values after
   * transforms, dropping sparse entities, imputation and outlier treatment. The runs of an uncertainty analysis
   * that change only what comes after (weights, normalisation, aggregation) score one preparation many times.
   */
  public static final class Prepared {
    final Recipe recipe;
    final IndicatorTree tree;
    final Table table;
    final Map<String, Integer> columnOf;
    final double[][] leafValues;
    final List<AuditEntry> audit;
    final List<String> warnings;
    final GapSteps.Kept kept;
    final LeafCache normalised = new LeafCache();

    Prepared(Recipe recipe, IndicatorTree tree, Table table, Map<String, Integer> columnOf, double[][] leafValues,
             List<AuditEntry> audit, List<String> warnings, GapSteps.Kept kept) {
      this.recipe = recipe;
      this.tree = tree;
      this.table = table;
      this.columnOf = columnOf;
      this.leafValues = leafValues;
      this.audit = List.copyOf(audit);
      this.warnings = List.copyOf(warnings);
      this.kept = kept;
    }

    /** The tree bound to the Data's columns. */
    public IndicatorTree tree() {
      return tree;
    }

    /** The table scored (the input less entities dropped for missing values). */
    public Table table() {
      return table;
    }

    /** The Data column (0-based among the indicators) a leaf was read from. */
    public int column(String leaf) {
      return columnOf.get(leaf);
    }

    /** The value a run uses for leaf l (in tree order) of row r: after transforms, imputation and outlier treatment, before mirroring. */
    public double value(int leaf, int row) {
      return leafValues[leaf][row];
    }

    /** Whether {@code other} asks for the same preparation: the same imputation and outlier treatment. */
    public boolean serves(Recipe other) {
      Recipe r = MethodRegistry.resolve(other);
      return r.impute().equals(recipe.impute()) && r.outliers().equals(recipe.outliers());
    }
  }

  public static Prepared prepare(Table input, IndicatorTree fullTree, Recipe given) {
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
    boolean available = recipe.impute().is(Imputers.AVAILABLE);
    if (available) {
      AvailableChildren.check(tree, recipe, problems);
      problems.throwIfAny();
      AvailableChildren.Screened screened = AvailableChildren.screenIndicators(tree, kept, recipe.impute().number("indicatorShare"), audit,
          problems);
      problems.throwIfAny();
      tree = screened.tree();
      kept = AvailableChildren.screen(screened.kept(), tree, recipe.impute().number("minShare"), audit);
      if (kept.table().rows() == 0)
        throw new InvalidInputException(org.indexkit.core.Problem.of("missing", "no entity has enough of its indicators for every node (impute = available, "
            + "minShare " + recipe.impute().number("minShare") + "); see the dropped entities in Audit"));
    }
    Table table = kept.table();
    double[][] leafValues = kept.leafValues();
    try {
      Set<Long> reported = new java.util.HashSet<>(); // rows are the input's: nothing is dropped without imputation
      for (int[] c : noDenominator) reported.add((long) c[0] * table.rows() + c[1]);
      LeafSteps.checkMissing(table, tree, columnOf, leafValues, problems, imputing, reported);
      problems.throwIfAny();
      if (imputing && !available) GapSteps.impute(table, tree, leafValues, recipe.impute(), audit, problems);
      problems.throwIfAny();
      if (!recipe.outliers().isNone()) GapSteps.treatOutliers(table, tree, leafValues, recipe.outliers(), audit);
    } catch (InvalidInputException e) {
      throw kept.atInputRows(e);
    }
    return new Prepared(recipe, tree, table, columnOf, leafValues, audit, warnings, kept);
  }

  /**
   * Scores a preparation: normalise, weigh, aggregate, rescale, rank and tier per segment, then the statistical
   * audit and the Provenance lines.
   *
   * @param weights the prepared tree with other weights (the same nodes), or null for the prepared tree itself
   * @param given the recipe; its imputation and outlier treatment must be the preparation's ({@link Prepared#serves})
   * @param compositeOnly a run read only for its composite (see {@link #runForComposite})
   */
  private static IndexResult score(Prepared p, IndicatorTree weights, Recipe given, boolean statistics, boolean compositeOnly) {
    Recipe recipe = MethodRegistry.resolve(given);
    IndicatorTree tree = p.tree;
    Problems problems = new Problems();
    if (weights != null) {
      java.util.Set<String> prepared = p.tree.nodes().stream().map(Indicator::code).collect(java.util.stream.Collectors.toSet());
      // without the indicators the preparation screened out (impute = available, indicatorShare)
      tree = MethodRegistry.resolve(new IndicatorTree(weights.nodes().stream().filter(x -> prepared.contains(x.code())).toList()));
      if (!tree.nodes().stream().map(Indicator::code).toList().equals(p.tree.nodes().stream().map(Indicator::code).toList()))
        throw new IllegalArgumentException("a prepared run is scored with the same nodes, other weights only");
    }
    if (!recipe.normalise().equals(p.recipe.normalise()) || !recipe.aggregate().equals(p.recipe.aggregate())) {
      LeafSteps.checkLeaves(p.table, tree, p.columnOf, recipe, problems);
      problems.throwIfAny();
    }
    List<String> warnings = new ArrayList<>(p.warnings);
    try {
      SegmentSteps.Scored scored = SegmentSteps.score(p.table, tree, recipe, p.leafValues, p.columnOf, warnings, problems, p.normalised,
          compositeOnly);
      List<NodeResult> results = scored.results();
      boolean gaps = recipe.impute().is(Imputers.AVAILABLE) && java.util.Arrays.stream(p.leafValues).flatMapToDouble(java.util.Arrays::stream)
          .anyMatch(Double::isNaN);
      if (statistics && gaps) warnings.add("statistical audit skipped: impute = available leaves missing values, which correlations "
          + "and Cronbach's alpha cannot take");
      AuditReport report = statistics && !gaps ? statisticalAudit(p.table, tree, p.columnOf, p.leafValues, results) : null;
      AhpJudgements judged = compositeOnly ? null : AhpJudgements.of(recipe.weights());
      AhpReport ahp = judged == null || tree.nodes().stream().noneMatch(n -> n.judgements() != null) ? null : judged.report(tree, scored.weights());
      return new IndexResult(p.table.entities(), p.table.groups(), p.table.years(), results, scored.weights(), List.copyOf(warnings),
          ProvenanceText.provenance(recipe, tree, scored.aggregator(), scored.rescaler(), p.table), p.audit, report, ahp, p.table.regions());
    } catch (InvalidInputException e) {
      throw p.kept.atInputRows(e);
    }
  }

  /** {@link #run} of a preparation: every node, the statistical audit. */
  public static IndexResult run(Prepared p, Recipe given) {
    return score(p, null, given, true, false);
  }

  /** "mini-hub 2023", "2023", "mini-hub", or "all": how a segment's weights name it ({@link org.indexkit.core.NodeWeight#segment}). */
  public static String segmentLabel(Integer year, String league) {
    return new Segment(year, league == null ? "" : league, null).label();
  }

  /**
   * A run read only for its composite (each run of an uncertainty analysis): its scores, ranks, tiers and stars are
   * those of {@link #run}; other nodes get no tiers, and their ranks are computed only if asked for.
   */
  public static IndexResult runForComposite(Table input, IndicatorTree fullTree, Recipe given) {
    return score(prepare(input, fullTree, given), null, given, false, true);
  }

  /** {@link #runForComposite} of a preparation. */
  public static IndexResult scoreForComposite(Prepared p, IndicatorTree weights, Recipe given) {
    return score(p, weights, given, false, true);
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
