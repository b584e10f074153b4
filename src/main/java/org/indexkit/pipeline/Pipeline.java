package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.indexkit.core.AuditReport;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeResult;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.Problem;
import org.indexkit.core.Problems;
import org.indexkit.core.Recipe;
import org.indexkit.core.Rescale;
import org.indexkit.core.Table;
import org.indexkit.core.Imputation;
import org.indexkit.method.aggregate.Aggregator;
import org.indexkit.method.normalise.Identity;
import org.indexkit.method.normalise.MinMax;
import org.indexkit.method.normalise.Normaliser;
import org.indexkit.method.rank.CompetitionRanking;
import org.indexkit.method.weight.LevelWeights;

/**
 * Runs a {@link Recipe} over a {@link Table} and an {@link IndicatorTree}:
 * map columns → transform → (missing check) → mirror cost indicators → normalise → weight →
 * aggregate level by level → rescale → rank → tier, within each segment (year × league).
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
  public static IndexResult run(Table table, IndicatorTree fullTree, Recipe recipe, boolean statistics) {
    List<String> warnings = new ArrayList<>();
    Problems problems = new Problems();

    IndicatorTree tree = LeafSteps.bindColumns(table, fullTree, recipe.impute().suffix(), problems, warnings);
    problems.throwIfAny();
    Map<String, Integer> columnOf = LeafSteps.leafColumns(table, tree);
    LeafSteps.checkLeaves(table, tree, columnOf, recipe, problems);
    problems.throwIfAny();

    List<int[]> noDenominator = new ArrayList<>(); // {leaf, row}: a per-capita value whose denominator is missing
    double[][] leafValues = LeafSteps.transformLeaves(table, tree, columnOf, problems, noDenominator);
    problems.throwIfAny();
    Imputation imputation = recipe.impute();
    List<String> audit = new ArrayList<>();
    LeafSteps.missingDenominators(table, tree, columnOf, noDenominator, imputation.enabled(), problems, audit);
    if (imputation.enabled() && imputation.maxMissingShare() < 1) {
      IndexResult withoutSparse = GapSteps.dropSparseEntities(table, fullTree, recipe, leafValues, audit, statistics);
      if (withoutSparse != null) return withoutSparse;
    }
    Set<Long> reported = new java.util.HashSet<>();
    for (int[] c : noDenominator) reported.add((long) c[0] * table.rows() + c[1]);
    LeafSteps.checkMissing(table, tree, columnOf, leafValues, problems, imputation.enabled(), reported);
    problems.throwIfAny();
    if (imputation.enabled()) GapSteps.impute(table, tree, leafValues, imputation, audit, problems);
    problems.throwIfAny();
    if (recipe.outliers().enabled()) GapSteps.treatOutliers(table, tree, leafValues, recipe.outliers(), audit);

    List<NodeWeight> baseWeights = LevelWeights.resolve(tree, recipe.weights(), warnings);
    boolean objective = recipe.weights().objective();
    List<NodeWeight> weights = objective ? new ArrayList<>() : baseWeights;
    Aggregator aggregator = MethodChoice.aggregator(recipe.aggregate());
    Map<String, Aggregator> nodeAggregator = new HashMap<>();
    for (Indicator node : tree.nodes())
      nodeAggregator.put(node.code(), node.aggregation() == null || tree.isLeaf(node.code()) ? aggregator : MethodChoice.aggregator(node.aggregation()));
    MinMax rescaler = recipe.rescale().method() == Rescale.Method.MIN_MAX
        ? new MinMax(recipe.rescale().min(), recipe.rescale().max()) : null;

    int n = table.rows();
    List<Indicator> treeNodes = tree.nodes();
    List<Indicator> typeNodes = SegmentSteps.typeNodes(tree);
    List<Indicator> nodes = new ArrayList<>(treeNodes);
    nodes.addAll(typeNodes);
    Set<String> leafCodes = new java.util.HashSet<>();
    for (Indicator leaf : tree.leaves()) leafCodes.add(leaf.code());

    Map<String, double[]> display = new LinkedHashMap<>();
    Map<String, int[]> ranks = new LinkedHashMap<>();
    Map<String, NodeResult.Tiers> tiers = new HashMap<>();
    Map<String, NodeResult.Tiers> stars = new HashMap<>();
    Map<String, Map<String, double[]>> details = new HashMap<>();
    for (Indicator node : nodes) {
      display.put(node.code(), new double[n]);
      ranks.put(node.code(), new int[n]);
    }

    List<Segment> segments = Segment.of(table, recipe.leagues());
    Set<String> segmentProblems = new LinkedHashSet<>();
    for (Segment seg : segments) {
      org.indexkit.core.Work.check();
      if (seg.rows().length < 2) {
        problems.add(Problem.at("too-few-entities", "only one entity, \"" + table.entities().get(seg.rows()[0])
            + "\", to score" + seg.describe() + "; a composite index needs at least 2 to compare", seg.rows()[0], null));
        continue;
      }
      Map<String, double[]> raw = new HashMap<>();
      List<Indicator> leaves = tree.leaves();
      for (int l = 0; l < leaves.size(); l++) {
        Indicator leaf = leaves.get(l);
        double[] x = seg.pick(leafValues[l]);
        Normaliser normaliser = MethodChoice.normaliser(recipe, leaf);
        if (leaf.direction() == Direction.COST) for (int i = 0; i < x.length; i++) x[i] = -x[i];
        if (Normaliser.isConstant(x) && !(normaliser instanceof Identity))
          warnings.add("Indicator \"" + leaf.code() + "\" has the same value for every entity" + seg.describe()
              + ", so it cannot tell them apart: " + normaliser.constantOutcome() + ".");
        raw.put(leaf.code(), normaliser.apply(x));
      }
      List<NodeWeight> segWeights = baseWeights;
      if (objective) {
        try {
          Map<String, double[]> basis = raw;
          if (recipe.weights().on() == org.indexkit.core.Weighting.Basis.RAW) { // the values before mirroring and normalising
            basis = new HashMap<>();
            for (int l = 0; l < leaves.size(); l++) basis.put(leaves.get(l).code(), seg.pick(leafValues[l]));
          }
          segWeights = SegmentWeights.derive(tree, baseWeights, basis, recipe.weights(), seg.label(), warnings);
        } catch (IllegalArgumentException e) {
          problems.add(Problem.of("weights", e.getMessage() + seg.describe()));
          continue;
        }
        weights.addAll(segWeights);
      }
      Map<String, Double> local = new HashMap<>();
      Map<String, Double> effective = new HashMap<>();
      for (NodeWeight w : segWeights) {
        local.put(w.code(), w.local());
        effective.put(w.code(), w.effective());
      }
      for (int i = treeNodes.size() - 1; i >= 0; i--) { // reverse pre-order: children before parents
        Indicator node = treeNodes.get(i);
        List<String> kids = tree.children(node.code());
        if (kids.isEmpty()) continue;
        double[][] childScores = new double[kids.size()][];
        double[] w = new double[kids.size()];
        for (int c = 0; c < kids.size(); c++) {
          childScores[c] = raw.get(kids.get(c));
          w[c] = local.get(kids.get(c));
        }
        Aggregator nodeAgg = nodeAggregator.get(node.code());
        for (int[] bad : nodeAgg.unusable(childScores, w)) {
          int row = seg.rows()[bad[1]];
          problems.add(Problem.at("aggregation", "\"" + table.entities().get(row) + "\" scores "
              + childScores[bad[0]][bad[1]] + " on \"" + kids.get(bad[0]) + "\" under \"" + node.code() + "\": "
              + nodeAgg.unusableReason(), row, columnOf.get(kids.get(bad[0]))));
        }
        if (!problems.isEmpty()) break;
        raw.put(node.code(), nodeAgg.aggregate(childScores, w));
        Map<String, double[]> extra = nodeAgg.details(childScores, w);
        if (extra != null) {
          Map<String, double[]> full = details.computeIfAbsent(node.code(), k -> new java.util.LinkedHashMap<>());
          extra.forEach((key, values) -> SegmentSteps.scatter(values, seg, full.computeIfAbsent(key, k -> new double[n])));
        }
      }
      if (!problems.isEmpty()) continue;
      for (Indicator type : typeNodes) {
        List<Indicator> members = tree.leaves().stream().filter(l -> type.code().equals(TYPE_PREFIX + l.type())).toList();
        double[][] childScores = new double[members.size()][];
        double[] w = new double[members.size()];
        double sum = 0;
        for (int c = 0; c < members.size(); c++) sum += effective.get(members.get(c).code());
        for (int c = 0; c < members.size(); c++) {
          childScores[c] = raw.get(members.get(c).code());
          w[c] = sum > 0 ? effective.get(members.get(c).code()) / sum : 1.0 / members.size();
        }
        raw.put(type.code(), aggregator.aggregate(childScores, w));
      }
      double[][] shownOf = new double[nodes.size()][];
      int[][] rankOf = new int[nodes.size()][];
      IntStream each = IntStream.range(0, nodes.size());
      (seg.rows().length * (long) nodes.size() >= PARALLEL_CELLS ? each.parallel() : each).forEach(i -> { // pure: reads raw only
        double[] r = raw.get(nodes.get(i).code());
        shownOf[i] = rescaler == null ? r : rescaler.apply(r);
        rankOf[i] = CompetitionRanking.rank(shownOf[i]);
      });
      for (int i = 0; i < nodes.size(); i++) {
        Indicator node = nodes.get(i);
        double[] shown = shownOf[i];
        int[] rk = rankOf[i];
        if (rescaler != null && Normaliser.isConstant(raw.get(node.code())) && !leafCodes.contains(node.code()))
          warnings.add("\"" + node.code() + "\" has the same score for every entity" + seg.describe()
              + "; rescaling gives " + rescaler.constantOutcome() + ".");
        SegmentSteps.scatter(shown, seg, display.get(node.code()));
        SegmentSteps.scatter(rk, seg, ranks.get(node.code()));
        if (leafCodes.contains(node.code())) continue;
        SegmentSteps.tier(recipe.tiers(), false, node, shown, rk, seg, n, tiers, problems, segmentProblems);
        SegmentSteps.tier(recipe.stars(), true, node, shown, rk, seg, n, stars, problems, segmentProblems);
      }
    }
    problems.throwIfAny();

    List<String> leagueOfRow = new ArrayList<>();
    for (int r = 0; r < n; r++) leagueOfRow.add(recipe.leagues() ? table.groupOf(r) : "");
    List<NodeResult> results = new ArrayList<>();
    for (Indicator node : nodes) {
      int[] rk = ranks.get(node.code());
      Integer[] change = table.years() == null ? null
          : PanelChanges.of(table.entities(), table.years(), leagueOfRow, rk);
      boolean typeNode = !tree.contains(node.code());
      results.add(new NodeResult(node.code(), node.name(), node.nameZh(), node.parent(), typeNode ? 1 : tree.depth(node.code()),
          leafCodes.contains(node.code()), display.get(node.code()), rk, change, tiers.get(node.code()), stars.get(node.code()),
          details.get(node.code())));
    }
    AuditReport report = statistics ? statisticalAudit(table, tree, columnOf, leafValues, results) : null;
    return new IndexResult(table.entities(), table.groups(), table.years(), results, weights,
        List.copyOf(warnings), ProvenanceText.provenance(recipe, tree, aggregator, rescaler, table), List.copyOf(audit), report);
  }

  /** The audit sees each indicator's raw column and the values the run used (after transform, imputation, mirroring). */
  /** The tree as a run sees it: entered at the level the Data's columns give (see {@link IndicatorTree#cutAt}). */
  public static IndicatorTree bind(Table table, IndicatorTree fullTree) {
    return LeafSteps.bind(table, fullTree);
  }

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
