package org.indexkit.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.stream.IntStream;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.Provenance;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.method.PanelModes;
import org.indexkit.method.aggregate.Aggregator;
import org.indexkit.method.normalise.MinMax;
import org.indexkit.method.normalise.Normaliser;
import org.indexkit.method.rank.CompetitionRanking;
import org.indexkit.method.weight.LevelWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;
import org.indexkit.core.Problems;
import org.indexkit.core.Ranks;
import org.indexkit.core.StepChoice;
import org.indexkit.method.aggregate.Aggregators;
import org.indexkit.method.normalise.Normalisers;
import org.indexkit.method.tier.TierRules;
import org.indexkit.method.weight.Weightings;
import java.util.function.Function;
import java.util.function.Supplier;

/** Helpers of the per-segment steps: type sub-score nodes, tiers and stars of one segment, and scattering a segment's values back to table rows. */
final class SegmentSteps {
  private SegmentSteps() {}

  /** What the scoring of every segment gives: each node's result, the weights used, the aggregator and rescaler (for Provenance). */
  record Scored(List<NodeResult> results, List<NodeWeight> weights, Aggregator aggregator, MinMax rescaler) {}

  /**
   * From the leaves' values to every node's scores, ranks, tiers and stars, segment by segment (year × league):
   * normalise, weigh (objective weights per segment), aggregate node by node from the leaves up, type sub-scores,
   * rescale, rank, tier. Problems are collected in {@code problems} and thrown together at the end.
   */
  static Scored score(Table table, IndicatorTree tree, Recipe recipe, double[][] leafValues, Map<String, Integer> columnOf,
                      List<String> warnings, Problems problems, LeafCache cache, boolean compositeOnly) {
    List<NodeWeight> baseWeights = LevelWeights.resolve(tree, recipe.weights(), warnings);
    boolean objective = Weightings.objective(recipe.weights());
    List<NodeWeight> weights = objective ? new ArrayList<>() : baseWeights;
    Aggregator aggregator = Aggregators.STEP.make(recipe.aggregate());
    Map<String, Aggregator> nodeAggregator = new HashMap<>();
    for (Indicator node : tree.nodes())
      nodeAggregator.put(node.code(), node.aggregation() == null || tree.isLeaf(node.code()) ? aggregator : Aggregators.STEP.make(node.aggregation()));
    MinMax rescaler = Normalisers.RESCALE.make(recipe.rescale());
    Function<Indicator, Normaliser> normaliserOf = Normalisers.STEP.make(recipe.normalise());

    int n = table.rows();
    List<Indicator> treeNodes = tree.nodes();
    List<Indicator> typeNodes = SegmentSteps.typeNodes(tree);
    List<Indicator> nodes = new ArrayList<>(treeNodes);
    nodes.addAll(typeNodes);
    Set<String> leafCodes = new java.util.HashSet<>();
    for (Indicator leaf : tree.leaves()) leafCodes.add(leaf.code());
    Map<String, Integer> nodeIndex = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) nodeIndex.put(nodes.get(i).code(), i);
    boolean tiering = !recipe.tiers().isNone() || !recipe.stars().isNone();
    boolean available = recipe.impute().is(org.indexkit.method.impute.Imputers.AVAILABLE);
    // the nodes that get tiers: every inner node, or for a run read only for its composite the roots (composite, type sub-scores)
    java.util.function.Predicate<Indicator> tiered = node -> !leafCodes.contains(node.code()) && (!compositeOnly || node.parent() == null);
    // ranked as the segments are scored: what tiers are cut with (ties share a tier), and every node of a panel (rank
    // changes); the others are ranked when first asked for
    boolean panel = table.years() != null;
    java.util.function.Predicate<Indicator> rankedNow = node -> panel || tiering && tiered.test(node);

    Map<String, double[]> display = new LinkedHashMap<>();
    Map<String, int[]> ranks = new LinkedHashMap<>();
    Map<String, NodeResult.Tiers> tiers = new HashMap<>();
    Map<String, NodeResult.Tiers> stars = new HashMap<>();
    Map<String, Map<String, double[]>> details = new HashMap<>();
    for (Indicator node : nodes) {
      display.put(node.code(), new double[n]);
      if (rankedNow.test(node)) ranks.put(node.code(), new int[n]);
    }

    List<Segment> segments = Segment.of(table, recipe.leagues()); // ranked and tiered on their own
    boolean baseYear = panel && recipe.panel() != null && recipe.panel().is(PanelModes.BASE_YEAR);
    boolean pooled = baseYear || panel && recipe.panel() != null && recipe.panel().is(PanelModes.POOLED);
    int base = baseYear ? SegmentLeaves.baseYear(table, recipe.panel(), problems) : 0;
    List<Segment> computed = pooled ? Segment.pooled(table, recipe.leagues()) : segments; // normalised, weighed, aggregated, rescaled
    Set<String> segmentProblems = new LinkedHashSet<>();
    for (int segIndex = 0; segIndex < computed.size(); segIndex++) {
      Segment seg = computed.get(segIndex);
      List<Segment> parts = pooled ? segments.stream().filter(s -> s.league().equals(seg.league())).toList() : List.of(seg);
      int[][] positions = pooled ? seg.positionsOf(parts) : null;
      // base-year: the positions of the base year's rows, whose statistics and weights serve every year
      final int[] basisRows = baseYear ? IntStream.range(0, seg.rows().length).filter(i -> table.years().get(seg.rows()[i]) == base).toArray() : null;
      if (basisRows != null && basisRows.length < 2) {
        problems.add(Problem.of("panel", "the base year " + base + " has " + basisRows.length + " entit"
            + (basisRows.length == 1 ? "y" : "ies") + seg.describe() + "; its statistics need at least 2"));
        continue;
      }
      org.indexkit.core.Work.check();
      if (seg.rows().length < 2) {
        problems.add(Problem.at("too-few-entities", "only one entity, \"" + table.entities().get(seg.rows()[0])
            + "\", to score" + seg.describe() + "; a composite index needs at least 2 to compare", seg.rows()[0], null));
        continue;
      }
      List<Indicator> leaves = tree.leaves();
      LeafCache.Leaves normalised = cache.get(recipe.normalise(), (baseYear ? "base " + base + " " : pooled ? "pooled " : "") + segIndex,
          () -> SegmentLeaves.normalise(leaves, leafValues, seg, normaliserOf, basisRows));
      warnings.addAll(normalised.warnings());
      Map<String, double[]> raw = new HashMap<>(normalised.byCode()); // the leaves are only read; nodes are added
      List<NodeWeight> segWeights = baseWeights;
      if (objective) {
        try {
          Map<String, double[]> basis = raw;
          if (Weightings.RAW.equals(recipe.weights().text("on"))) { // the values before mirroring and normalising
            basis = new HashMap<>();
            for (int l = 0; l < leaves.size(); l++) basis.put(leaves.get(l).code(), seg.pick(leafValues[l]));
          }
          if (basisRows != null) { // base-year: weights from the base year's rows
            Map<String, double[]> ofBase = new HashMap<>();
            basis.forEach((code, v) -> ofBase.put(code, SegmentLeaves.at(v, basisRows)));
            basis = ofBase;
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
          if (Double.isNaN(childScores[bad[0]][bad[1]])) continue; // a missing value (impute = available): left out, not unusable
          int row = seg.rows()[bad[1]];
          problems.add(Problem.at("aggregation", "\"" + table.entities().get(row) + "\" scores "
              + childScores[bad[0]][bad[1]] + " on \"" + kids.get(bad[0]) + "\" under \"" + node.code() + "\": "
              + nodeAgg.unusableReason(), row, columnOf.get(kids.get(bad[0]))));
        }
        if (!problems.isEmpty()) break;
        raw.put(node.code(), available ? AvailableChildren.aggregate(nodeAgg, childScores, w) : nodeAgg.aggregate(childScores, w));
        String note = nodeAgg.note(childScores, w);
        if (note != null) warnings.add("\"" + node.code() + "\"" + seg.describe() + ": " + note);
        Map<String, double[]> extra = nodeAgg.details(childScores, w);
        if (extra != null) {
          Map<String, double[]> full = details.computeIfAbsent(node.code(), k -> new java.util.LinkedHashMap<>());
          extra.forEach((key, values) -> SegmentSteps.scatter(values, seg, full.computeIfAbsent(key, k -> new double[n])));
        }
      }
      if (!problems.isEmpty()) continue;
      for (Indicator type : typeNodes) {
        List<Indicator> members = tree.leaves().stream().filter(l -> type.code().equals(Pipeline.TYPE_PREFIX + l.type())).toList();
        double[][] childScores = new double[members.size()][];
        double[] w = new double[members.size()];
        double sum = 0;
        for (int c = 0; c < members.size(); c++) sum += effective.get(members.get(c).code());
        for (int c = 0; c < members.size(); c++) {
          childScores[c] = raw.get(members.get(c).code());
          w[c] = sum > 0 ? effective.get(members.get(c).code()) / sum : 1.0 / members.size();
        }
        raw.put(type.code(), available ? AvailableChildren.aggregate(aggregator, childScores, w) : aggregator.aggregate(childScores, w));
      }
      double[][] shownOf = new double[nodes.size()][];
      int[][][] rankOf = new int[nodes.size()][parts.size()][];
      IntStream each = IntStream.range(0, nodes.size());
      (seg.rows().length * (long) nodes.size() >= Pipeline.PARALLEL_CELLS ? each.parallel() : each).forEach(i -> { // pure: reads raw only
        double[] r = raw.get(nodes.get(i).code());
        shownOf[i] = rescaler == null ? r : rescaler.apply(r);
        if (rankedNow.test(nodes.get(i)))
          for (int p = 0; p < parts.size(); p++) rankOf[i][p] = CompetitionRanking.rank(part(shownOf[i], positions, p));
      });
      for (int i = 0; i < nodes.size(); i++) {
        Indicator node = nodes.get(i);
        if (rescaler != null && Normaliser.isConstant(raw.get(node.code())) && !leafCodes.contains(node.code()))
          warnings.add("\"" + node.code() + "\" has the same score for every entity" + seg.describe()
              + "; rescaling gives " + rescaler.constantOutcome() + ".");
        SegmentSteps.scatter(shownOf[i], seg, display.get(node.code()));
        for (int p = 0; p < parts.size(); p++) { // each year of a pooled panel ranked and tiered on its own
          double[] shown = part(shownOf[i], positions, p);
          int[] rk = rankOf[i][p];
          Segment ranked = parts.get(p);
          if (rk != null) SegmentSteps.scatter(rk, ranked, ranks.get(node.code()));
          if (!tiered.test(node)) continue;
          int part = p;
          Supplier<double[][]> profile = () -> profile(tree.contains(node.code()) ? tree.children(node.code()) : List.of(), nodeIndex,
              shownOf, positions, part, shown.length);
          SegmentSteps.tier(recipe.tiers(), false, node, shown, rk, profile, ranked, n, tiers, problems, segmentProblems);
          SegmentSteps.tier(recipe.stars(), true, node, shown, rk, profile, ranked, n, stars, problems, segmentProblems);
        }
      }
    }
    problems.throwIfAny();

    List<String> leagueOfRow = new ArrayList<>();
    for (int r = 0; r < n; r++) leagueOfRow.add(recipe.leagues() ? table.groupOf(r) : "");
    List<NodeResult> results = new ArrayList<>();
    for (Indicator node : nodes) {
      int[] rk = ranks.get(node.code());
      Integer[] change = panel ? PanelChanges.of(table.entities(), table.years(), leagueOfRow, rk) : null;
      boolean typeNode = !tree.contains(node.code());
      double[] shown = display.get(node.code());
      // the same ranking of the same scores, segment by segment, when it was not needed at once
      Ranks rankTable = rk != null ? Ranks.of(rk) : Ranks.later(() -> {
        int[] later = new int[n];
        for (Segment seg : segments)
          if (seg.rows().length >= 2) SegmentSteps.scatter(CompetitionRanking.rank(seg.pick(shown)), seg, later);
        return later;
      });
      results.add(new NodeResult(node.code(), node.name(), node.nameZh(), node.parent(), typeNode ? 1 : tree.depth(node.code()),
          leafCodes.contains(node.code()), shown, rankTable, change, tiers.get(node.code()), stars.get(node.code()),
          details.get(node.code())));
    }
    return new Scored(results, weights, aggregator, rescaler);
  }

  /**
   * One extra score per leaf Type (seed 004: 投入 input / 成效 outcome): the leaves of that type
   * aggregated with their effective weights rescaled to sum to 1, shown after the tree's nodes.
   */
  static List<Indicator> typeNodes(IndicatorTree tree) {
    List<Indicator> out = new ArrayList<>();
    for (String t : tree.leaves().stream().map(Indicator::type).filter(java.util.Objects::nonNull).distinct().toList()) {
      if (tree.contains(Pipeline.TYPE_PREFIX + t)) continue;
      out.add(Indicator.root(Pipeline.TYPE_PREFIX + t, t + " sub-score", t + " 分项得分"));
    }
    return out;
  }
  static void tier(StepChoice spec, boolean isStars, Indicator node, double[] shown, int[] rk, Supplier<double[][]> profile, Segment seg,
                   int n, Map<String, NodeResult.Tiers> into, Problems problems, Set<String> reported) {
    if (spec.isNone()) return;
    int[] levels;
    try {
      levels = (isStars ? TierRules.STARS : TierRules.TIERS).make(spec).assign(shown, rk, profile);
    } catch (IllegalArgumentException e) {
      if (reported.add(node.code() + seg.describe()))
        problems.add(Problem.of("tiers", "cannot cut \"" + node.code() + "\" into tiers" + seg.describe() + ": " + e.getMessage()));
      return;
    }
    NodeResult.Tiers t = into.computeIfAbsent(node.code(), k -> new NodeResult.Tiers(new int[n], new String[n]));
    for (int i = 0; i < levels.length; i++) {
      t.levels()[seg.rows()[i]] = levels[i];
      t.labels()[seg.rows()[i]] = TierRules.label(spec, levels[i], isStars);
    }
  }
  /** The displayed scores of a node's children, [row][child], for the rows of part p: the profile that profile tiers cluster. */
  private static double[][] profile(List<String> children, Map<String, Integer> nodeIndex, double[][] shownOf, int[][] positions, int p,
                                    int rows) {
    double[][] out = new double[rows][children.size()];
    for (int c = 0; c < children.size(); c++) {
      double[] v = part(shownOf[nodeIndex.get(children.get(c))], positions, p);
      for (int i = 0; i < rows; i++) out[i][c] = v[i];
    }
    return out;
  }

  /** Part p of a segment's values (positions from {@link Segment#positionsOf}); the values themselves when not split. */
  private static double[] part(double[] values, int[][] positions, int p) {
    if (positions == null) return values;
    double[] out = new double[positions[p].length];
    for (int i = 0; i < out.length; i++) out[i] = values[positions[p][i]];
    return out;
  }

  static void scatter(double[] segValues, Segment seg, double[] full) {
    for (int i = 0; i < segValues.length; i++) full[seg.rows()[i]] = segValues[i];
  }
  static void scatter(int[] segValues, Segment seg, int[] full) {
    for (int i = 0; i < segValues.length; i++) full[seg.rows()[i]] = segValues[i];
  }
}
