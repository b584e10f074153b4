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
import org.indexkit.core.Provenance;
import org.indexkit.core.Recipe;
import org.indexkit.core.Rescale;
import org.indexkit.core.Table;
import org.indexkit.core.Tiering;
import org.indexkit.core.Transform;
import org.indexkit.core.Version;
import org.indexkit.core.Imputation;
import org.indexkit.core.Treatment;
import org.indexkit.method.outlier.OutlierTreatment;
import org.indexkit.method.aggregate.Aggregator;
import org.indexkit.method.impute.ColumnImputer;
import org.indexkit.method.impute.Imputer;
import org.indexkit.method.impute.KnnImputer;
import org.indexkit.method.impute.MiceImputer;
import org.indexkit.method.aggregate.WeightedArithmetic;
import org.indexkit.method.aggregate.MazziottaPareto;
import org.indexkit.method.aggregate.Topsis;
import org.indexkit.method.aggregate.Vikor;
import org.indexkit.method.aggregate.WeightedGeometric;
import org.indexkit.method.aggregate.WeightedHarmonic;
import org.indexkit.method.normalise.DistanceToTarget;
import org.indexkit.method.normalise.Identity;
import org.indexkit.method.normalise.MinMax;
import org.indexkit.method.normalise.Normaliser;
import org.indexkit.method.normalise.PercentileRank;
import org.indexkit.method.normalise.ZScore;
import org.indexkit.method.rank.CompetitionRanking;
import org.indexkit.method.tier.TierRule;
import org.indexkit.method.transform.LeafTransform;
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

    IndicatorTree tree = bindColumns(table, fullTree, recipe.impute().suffix(), problems, warnings);
    problems.throwIfAny();
    Map<String, Integer> columnOf = leafColumns(table, tree);
    checkLeaves(table, tree, columnOf, recipe, problems);
    problems.throwIfAny();

    List<int[]> noDenominator = new ArrayList<>(); // {leaf, row}: a per-capita value whose denominator is missing
    double[][] leafValues = transformLeaves(table, tree, columnOf, problems, noDenominator);
    problems.throwIfAny();
    Imputation imputation = recipe.impute();
    List<String> audit = new ArrayList<>();
    missingDenominators(table, tree, columnOf, noDenominator, imputation.enabled(), problems, audit);
    if (imputation.enabled() && imputation.maxMissingShare() < 1) {
      IndexResult withoutSparse = dropSparseEntities(table, fullTree, recipe, leafValues, audit, statistics);
      if (withoutSparse != null) return withoutSparse;
    }
    Set<Long> reported = new java.util.HashSet<>();
    for (int[] c : noDenominator) reported.add((long) c[0] * table.rows() + c[1]);
    checkMissing(table, tree, columnOf, leafValues, problems, imputation.enabled(), reported);
    problems.throwIfAny();
    if (imputation.enabled()) impute(table, tree, leafValues, imputation, audit, problems);
    problems.throwIfAny();
    if (recipe.outliers().enabled()) treatOutliers(table, tree, leafValues, recipe.outliers(), audit);

    List<NodeWeight> baseWeights = LevelWeights.resolve(tree, recipe.weights(), warnings);
    boolean objective = recipe.weights().objective();
    List<NodeWeight> weights = objective ? new ArrayList<>() : baseWeights;
    Aggregator aggregator = aggregator(recipe.aggregate());
    Map<String, Aggregator> nodeAggregator = new HashMap<>();
    for (Indicator node : tree.nodes())
      nodeAggregator.put(node.code(), node.aggregation() == null || tree.isLeaf(node.code()) ? aggregator : aggregator(node.aggregation()));
    MinMax rescaler = recipe.rescale().method() == Rescale.Method.MIN_MAX
        ? new MinMax(recipe.rescale().min(), recipe.rescale().max()) : null;

    int n = table.rows();
    List<Indicator> treeNodes = tree.nodes();
    List<Indicator> typeNodes = typeNodes(tree);
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
        Normaliser normaliser = normaliser(recipe, leaf);
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
          extra.forEach((key, values) -> scatter(values, seg, full.computeIfAbsent(key, k -> new double[n])));
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
        scatter(shown, seg, display.get(node.code()));
        scatter(rk, seg, ranks.get(node.code()));
        if (leafCodes.contains(node.code())) continue;
        tier(recipe.tiers(), false, node, shown, rk, seg, n, tiers, problems, segmentProblems);
        tier(recipe.stars(), true, node, shown, rk, seg, n, stars, problems, segmentProblems);
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
        List.copyOf(warnings), provenance(recipe, tree, aggregator, rescaler, table), List.copyOf(audit), report);
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

  private static Aggregator aggregator(org.indexkit.core.Aggregation a) {
    return switch (a.method()) {
      case ARITHMETIC -> new WeightedArithmetic();
      case GEOMETRIC -> new WeightedGeometric();
      case HARMONIC -> new WeightedHarmonic();
      case TOPSIS -> new Topsis("min-max".equals(a.norm()) ? Topsis.Norm.MIN_MAX : Topsis.Norm.VECTOR, a.best(), a.worst());
      case VIKOR -> new Vikor(a.v());
      case MAZZIOTTA_PARETO -> new MazziottaPareto();
    };
  }

  static final String TYPE_PREFIX = "type.";

  /**
   * From this many scores (entities × nodes) in a segment, nodes are rescaled and ranked on all cores: a
   * 10,000 × 100 index has 1.1 million; a pane's selection or one uncertainty run stays single-threaded.
   */
  static final long PARALLEL_CELLS = 250_000;

  /**
   * One extra score per leaf Type (seed 004: 投入 input / 成效 outcome): the leaves of that type
   * aggregated with their effective weights rescaled to sum to 1, shown after the tree's nodes.
   */
  private static List<Indicator> typeNodes(IndicatorTree tree) {
    List<Indicator> out = new ArrayList<>();
    for (String t : tree.leaves().stream().map(Indicator::type).filter(java.util.Objects::nonNull).distinct().toList()) {
      if (tree.contains(TYPE_PREFIX + t)) continue;
      out.add(Indicator.node(TYPE_PREFIX + t, t + " sub-score", t + " 分项得分", null, null));
    }
    return out;
  }

  /** The tree as a run sees it: entered at the level the Data's columns give (see {@link IndicatorTree#cutAt}). */
  public static IndicatorTree bind(Table table, IndicatorTree fullTree) {
    Problems problems = new Problems();
    IndicatorTree tree = bindColumns(table, fullTree, null, problems, new ArrayList<>());
    problems.throwIfAny();
    return tree;
  }

  /** Matches Data columns to tree nodes (code, name or 中文名) and enters the tree at that level. */
  private static IndicatorTree bindColumns(Table table, IndicatorTree fullTree, String substituteSuffix, Problems problems,
                                           List<String> warnings) {
    Set<String> perCapitaColumns = new LinkedHashSet<>();
    for (Indicator leaf : fullTree.leaves())
      if (leaf.transform().kind() == Transform.Kind.PER_CAPITA) perCapitaColumns.add(leaf.transform().column());
    List<String> matched = new ArrayList<>();
    List<String> unused = new ArrayList<>();
    List<Integer> unmatchedColumns = new ArrayList<>();
    for (int c = 0; c < table.indicators().size(); c++) {
      String header = table.indicators().get(c);
      Indicator node = fullTree.findByHeader(header);
      boolean substitute = substituteSuffix != null && header.trim().endsWith(substituteSuffix)
          && table.columnOf(header.trim().substring(0, header.trim().length() - substituteSuffix.length())) >= 0;
      if (node != null) matched.add(node.code());
      else if (!perCapitaColumns.contains(header.trim()) && !substitute) {
        unused.add(header);
        unmatchedColumns.add(c);
      }
    }
    if (matched.isEmpty()) {
      problems.add(Problem.of("no-indicators", "none of the Data columns " + table.indicators()
          + " is an indicator of the tree (leaves: " + fullTree.leaves().stream().map(Indicator::code).toList() + ")"));
      return fullTree;
    }
    IndicatorTree tree = fullTree.cutAt(matched);
    for (String code : matched)
      if (!tree.contains(code) || !tree.isLeaf(code)) unused.add(code);
    if (!unused.isEmpty())
      warnings.add("Data columns not used by the indicator tree: " + unused + ".");
    List<String> missing = tree.leaves().stream().map(Indicator::code).filter(c -> !matched.contains(c)).toList();
    if (!missing.isEmpty()) {
      problems.add(Problem.of("missing-indicator", "the indicator tree needs " + missing.size() + " column"
          + (missing.size() == 1 ? "" : "s") + " that the Data does not have: " + missing
          + "; add them, or give scores of a higher level (e.g. dimension scores) as columns instead"));
      for (int c : unmatchedColumns)
        problems.add(Problem.at("unmatched-header", "column \"" + table.indicators().get(c) + "\" matches no indicator of the "
            + "tree (a header must equal a Code, Name or Name (zh) exactly, after trimming)"
            + org.indexkit.core.Suggest.didYouMean(table.indicators().get(c), fullTree.nodes().stream().map(Indicator::code).toList()), null, c));
    }
    return tree;
  }

  private static Map<String, Integer> leafColumns(Table table, IndicatorTree tree) {
    Map<String, Integer> out = new HashMap<>();
    for (int c = 0; c < table.indicators().size(); c++) {
      Indicator node = tree.findByHeader(table.indicators().get(c));
      if (node != null && tree.isLeaf(node.code())) out.putIfAbsent(node.code(), c);
    }
    return out;
  }

  private static void checkLeaves(Table table, IndicatorTree tree, Map<String, Integer> columnOf, Recipe recipe, Problems problems) {
    for (Indicator leaf : tree.leaves()) {
      if (leaf.transform().kind() == Transform.Kind.PER_CAPITA && table.columnOf(leaf.transform().column()) < 0)
        problems.add(Problem.at("per-capita-column", "indicator \"" + leaf.code() + "\" is divided by \""
            + leaf.transform().column() + "\", but the Data has no such column", null, columnOf.get(leaf.code())));
      if (recipe.normalise().method() == org.indexkit.core.Normalisation.Method.TARGET && leaf.target() == null)
        problems.add(Problem.at("missing-target", "distance-to-target needs a Target for indicator \"" + leaf.code() + "\"",
            null, columnOf.get(leaf.code())));
      boolean rankBased = recipe.aggregate().method() == org.indexkit.core.Aggregation.Method.TOPSIS
          || recipe.aggregate().method() == org.indexkit.core.Aggregation.Method.VIKOR;
      // TOPSIS and VIKOR compare each column with its own best and worst, so the mirrored value −x is exact for them
      if (recipe.normalise().method() == org.indexkit.core.Normalisation.Method.IDENTITY && leaf.direction() == Direction.COST && !rankBased)
        problems.add(Problem.at("identity-cost", "indicator \"" + leaf.code() + "\" is a cost indicator (−), which "
            + "only a normalisation can reverse; choose min-max, z-score or percentile, or mark it +", null, columnOf.get(leaf.code())));
    }
  }

  /** Transformed leaf values, {@code [leaf][row]}, in the order of {@code tree.leaves()}; read row by row (the table is row-major). */
  private static double[][] transformLeaves(Table table, IndicatorTree tree, Map<String, Integer> columnOf, Problems problems,
                                           List<int[]> noDenominator) {
    List<Indicator> leaves = tree.leaves();
    int p = leaves.size();
    double[][] out = new double[p][table.rows()];
    int[] col = new int[p], denomCol = new int[p];
    Transform[] t = new Transform[p];
    for (int l = 0; l < p; l++) {
      col[l] = columnOf.get(leaves.get(l).code());
      t[l] = leaves.get(l).transform();
      denomCol[l] = t[l].kind() == Transform.Kind.PER_CAPITA ? table.columnOf(t[l].column()) : -1;
    }
    for (int r = 0; r < table.rows(); r++) {
      double[] row = table.values()[r];
      for (int l = 0; l < p; l++) {
        if (t[l].kind() == Transform.Kind.NONE) {
          out[l][r] = row[col[l]];
          continue;
        }
        if (denomCol[l] >= 0 && Double.isNaN(row[denomCol[l]]) && !Double.isNaN(row[col[l]])) {
          out[l][r] = Double.NaN; // missing because its denominator is: imputed like any other gap, or refused naming both cells
          noDenominator.add(new int[] {l, r});
          continue;
        }
        try {
          out[l][r] = LeafTransform.apply(t[l], row[col[l]], denomCol[l] < 0 ? Double.NaN : row[denomCol[l]]);
        } catch (IllegalArgumentException e) {
          problems.add(Problem.at("transform", "\"" + leaves.get(l).code() + "\": " + e.getMessage(), r, col[l]));
        }
      }
    }
    return out;
  }

  /**
   * Per-capita values whose denominator is missing: without imputation each is refused at both cells (the value
   * that cannot be divided, and the empty denominator); with imputation they are gaps like any other, listed in Audit.
   */
  private static void missingDenominators(Table table, IndicatorTree tree, Map<String, Integer> columnOf, List<int[]> cells,
                                          boolean imputing, Problems problems, List<String> audit) {
    List<Indicator> leaves = tree.leaves();
    int listed = 0;
    for (int[] c : cells) {
      Indicator leaf = leaves.get(c[0]);
      String entity = table.entities().get(c[1]), denominator = leaf.transform().column();
      if (imputing) {
        if (listed++ < 2000)
          audit.add("Missing because its denominator is: \"" + entity + "\" · \"" + leaf.code() + "\" is divided by \""
              + denominator + "\", which is empty for this row; imputed like any other missing value");
        continue;
      }
      problems.add(Problem.at("missing-denominator", "\"" + entity + "\" has a value for \"" + leaf.code() + "\", but it is divided by \""
          + denominator + "\" (per capita), which is empty for this row", c[1], columnOf.get(leaf.code())));
      problems.add(Problem.at("missing-denominator", "\"" + entity + "\" has no \"" + denominator + "\", which \"" + leaf.code()
          + "\" is divided by; fill the cell or impute", c[1], table.columnOf(denominator)));
    }
    if (listed > 2000) audit.add("… and " + (listed - 2000) + " more values missing because their denominator is");
  }

  /**
   * Drops entities missing more than the allowed share of their indicators and scores the rest, or
   * returns null when none is dropped. Problems found later are reported at the original rows.
   */
  private static IndexResult dropSparseEntities(Table table, IndicatorTree fullTree, Recipe recipe, double[][] leafValues,
                                                List<String> audit, boolean statistics) {
    Imputation imp = recipe.impute();
    int leaves = leafValues.length;
    List<Integer> keep = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      int missing = 0;
      for (double[] leaf : leafValues) if (Double.isNaN(leaf[r])) missing++;
      if ((double) missing / leaves > imp.maxMissingShare())
        audit.add("Dropped \"" + table.entities().get(r) + "\": " + missing + " of " + leaves + " indicators missing (more than "
            + Math.round(imp.maxMissingShare() * 100) + "%)");
      else keep.add(r);
    }
    if (keep.size() == table.rows()) return null;
    double[][] values = keep.stream().map(r -> table.values()[r]).toArray(double[][]::new);
    Table kept = new Table(keep.stream().map(table.entities()::get).toList(), table.indicators(), values,
        table.groups() == null ? null : keep.stream().map(table.groups()::get).toList(),
        table.years() == null ? null : keep.stream().map(table.years()::get).toList());
    Recipe rest = recipe.withImpute(new Imputation(imp.method(), 1.0, imp.k(), imp.m(), imp.iterations(), imp.seed(), imp.suffix()));
    try {
      IndexResult r = run(kept, fullTree, rest, statistics);
      List<String> allAudit = new ArrayList<>(audit);
      allAudit.addAll(r.audit());
      Provenance p = r.provenance();
      return new IndexResult(r.entities(), r.groups(), r.years(), r.nodes(), r.weights(), r.warnings(),
          new Provenance(p.version(), recipe, p.source(), withDropNote(p.variants(), imp)), List.copyOf(allAudit), r.statistics());
    } catch (org.indexkit.core.InvalidInputException e) {
      throw new org.indexkit.core.InvalidInputException(e.problems().stream()
          .map(pr -> pr.row() == null ? pr : pr.withRow(keep.get(pr.row()))).toList());
    }
  }

  private static List<String> withDropNote(List<String> variants, Imputation imp) {
    List<String> out = new ArrayList<>();
    for (String v : variants) {
      if (v.startsWith("impute:")) out.add(dropNote(imp));
      out.add(v);
    }
    return List.copyOf(out);
  }

  private static String dropNote(Imputation imp) {
    return "missing values: entities missing more than " + Math.round(imp.maxMissingShare() * 100) + "% of their indicators dropped";
  }

  private static void impute(Table table, IndicatorTree tree, double[][] leafValues, Imputation imp, List<String> audit,
                             Problems problems) {
    boolean byGroup = imp.method() == Imputation.Method.GROUP_MEAN || imp.method() == Imputation.Method.GROUP_MEDIAN;
    if (byGroup && table.groups() == null) {
      problems.add(Problem.of("impute", imp.method().label() + " imputation needs a Group column in the Data"));
      return;
    }
    if (imp.method() == Imputation.Method.SUBSTITUTE) {
      substitute(table, tree, leafValues, imp.suffix(), audit, problems);
      return;
    }
    Imputer imputer = imputer(imp, table);
    int n = table.rows(), p = leafValues.length;
    double[][] x = new double[n][p];
    for (int r = 0; r < n; r++) for (int l = 0; l < p; l++) x[r][l] = leafValues[l][r];
    double[][] before = new double[n][];
    for (int r = 0; r < n; r++) before[r] = x[r].clone();
    imputer.fill(x);
    List<Indicator> leaves = tree.leaves();
    int listed = 0;
    for (int r = 0; r < n; r++)
      for (int l = 0; l < p; l++) {
        if (!Double.isNaN(before[r][l])) continue;
        leafValues[l][r] = x[r][l];
        if (listed++ < 2000)
          audit.add("Imputed \"" + table.entities().get(r) + "\" · \"" + leaves.get(l).code() + "\" = " + org.indexkit.core.Decimals.plain(x[r][l]) + " ("
              + imp.method().label() + (leaves.get(l).transform().kind() == Transform.Kind.NONE ? "" : ", after its transform") + ")");
      }
    if (listed > 2000) audit.add("… and " + (listed - 2000) + " more imputed cells");
  }

  /** Treats each indicator over the whole table (after imputation, before normalising) and lists every change. */
  private static void treatOutliers(Table table, IndicatorTree tree, double[][] leafValues, Treatment spec, List<String> audit) {
    OutlierTreatment treatment = new OutlierTreatment(spec);
    List<Indicator> leaves = tree.leaves();
    for (int l = 0; l < leaves.size(); l++)
      for (OutlierTreatment.Change c : treatment.apply(leafValues[l]))
        audit.add("Treated \"" + leaves.get(l).code() + "\"" + (c.row() < 0 ? "" : " · \"" + table.entities().get(c.row()) + "\"")
            + ": " + c.what());
  }

  /** Seeds 002/003: a national, state or older-year value stands in for a missing one, flagged in Audit. */
  private static void substitute(Table table, IndicatorTree tree, double[][] leafValues, String suffix, List<String> audit,
                                 Problems problems) {
    List<Indicator> leaves = tree.leaves();
    Map<String, Integer> columnOf = leafColumns(table, tree);
    for (int l = 0; l < leaves.size(); l++) {
      Indicator leaf = leaves.get(l);
      int col = columnOf.get(leaf.code());
      String header = table.indicators().get(col).trim();
      int sub = table.columnOf(header + suffix);
      Transform t = leaf.transform();
      int denom = t.kind() == Transform.Kind.PER_CAPITA ? table.columnOf(t.column()) : -1;
      for (int r = 0; r < table.rows(); r++) {
        if (!Double.isNaN(leafValues[l][r])) continue;
        double v = sub < 0 ? Double.NaN : table.value(r, sub);
        if (!Double.isNaN(v)) {
          try {
            leafValues[l][r] = LeafTransform.apply(t, v, denom < 0 ? Double.NaN : table.value(r, denom));
            audit.add("Substituted \"" + table.entities().get(r) + "\" · \"" + leaf.code() + "\" = " + org.indexkit.core.Decimals.plain(v) + " from \"" + header + suffix + "\"");
            continue;
          } catch (IllegalArgumentException e) {
            problems.add(Problem.at("transform", "\"" + leaf.code() + "\" (substitute): " + e.getMessage(), r, sub));
            continue;
          }
        }
        problems.add(Problem.at("missing", "\"" + table.entities().get(r) + "\" has no value for \"" + leaf.code()
            + "\" and no substitute in a column \"" + header + suffix + "\"", r, col));
      }
    }
  }

  private static Imputer imputer(Imputation imp, Table table) {
    return switch (imp.method()) {
      case MEAN -> new ColumnImputer(false, null);
      case MEDIAN -> new ColumnImputer(true, null);
      case GROUP_MEAN -> new ColumnImputer(false, groupLabels(table));
      case GROUP_MEDIAN -> new ColumnImputer(true, groupLabels(table));
      case KNN -> new KnnImputer(imp.k());
      case MICE -> new MiceImputer(imp.m(), imp.iterations(), imp.seed());
      case NONE, SUBSTITUTE -> throw new IllegalStateException("no imputer for " + imp.method());
    };
  }

  private static List<String> groupLabels(Table table) {
    List<String> g = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) g.add(table.groupOf(r));
    return g;
  }

  /** @param reported cells ({@code leaf · rows + row}) already refused for another reason */
  private static void checkMissing(Table table, IndicatorTree tree, Map<String, Integer> columnOf, double[][] values, Problems problems,
                                   boolean imputing, Set<Long> reported) {
    List<Indicator> leaves = tree.leaves();
    for (int l = 0; l < leaves.size(); l++) {
      int col = columnOf.get(leaves.get(l).code());
      int missing = 0;
      for (double v : values[l]) if (Double.isNaN(v)) missing++;
      if (missing == table.rows()) {
        problems.add(Problem.at("all-missing", "indicator \"" + leaves.get(l).code() + "\" has no values at all; "
            + "fill it or remove it from the tree", null, col));
        continue;
      }
      if (imputing) continue;
      for (int r = 0; r < table.rows(); r++)
        if (Double.isNaN(values[l][r]) && !reported.contains((long) l * table.rows() + r))
          problems.add(Problem.at("missing", "\"" + table.entities().get(r) + "\" has no value for \""
              + leaves.get(l).code() + "\"; fill the cell (this recipe does not impute)", r, col));
    }
  }

  private static Normaliser normaliser(Recipe recipe, Indicator leaf) {
    var n = recipe.normalise();
    return switch (n.method()) {
      case MIN_MAX -> new MinMax(n.min(), n.max());
      case Z_SCORE -> new ZScore();
      case PERCENTILE -> new PercentileRank();
      case TARGET -> new DistanceToTarget(leaf.direction() == Direction.COST ? -leaf.target() : leaf.target());
      case IDENTITY -> new Identity();
    };
  }

  private static void tier(Tiering spec, boolean isStars, Indicator node, double[] shown, int[] rk, Segment seg, int n,
                           Map<String, NodeResult.Tiers> into, Problems problems, Set<String> reported) {
    if (!spec.enabled()) return;
    int[] levels;
    try {
      levels = TierRule.of(spec).assign(shown, rk);
    } catch (IllegalArgumentException e) {
      if (reported.add(node.code() + seg.describe()))
        problems.add(Problem.of("tiers", "cannot cut \"" + node.code() + "\" into tiers" + seg.describe() + ": " + e.getMessage()));
      return;
    }
    NodeResult.Tiers t = into.computeIfAbsent(node.code(), k -> new NodeResult.Tiers(new int[n], new String[n]));
    for (int i = 0; i < levels.length; i++) {
      t.levels()[seg.rows()[i]] = levels[i];
      t.labels()[seg.rows()[i]] = spec.label(levels[i], isStars);
    }
  }

  private static void scatter(double[] segValues, Segment seg, double[] full) {
    for (int i = 0; i < segValues.length; i++) full[seg.rows()[i]] = segValues[i];
  }

  private static void scatter(int[] segValues, Segment seg, int[] full) {
    for (int i = 0; i < segValues.length; i++) full[seg.rows()[i]] = segValues[i];
  }

  private static Provenance provenance(Recipe recipe, IndicatorTree tree, Aggregator aggregator, MinMax rescaler, Table table) {
    List<String> v = new ArrayList<>();
    v.add("normalise: " + normaliser(recipe, tree.leaves().get(0)).variant());
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
        v.add("aggregate at \"" + n.code() + "\" (Indicators sheet): " + aggregator(n.aggregation()).variant());
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
      if (imp.maxMissingShare() < 1) v.add(dropNote(imp));
      String how = imp.method() == Imputation.Method.SUBSTITUTE
          ? "substitution from the column named like the indicator plus \"" + imp.suffix() + "\" (a national, state or older-year value)"
          : imputer(imp, table).variant();
      v.add("impute: " + how + "; observed values never changed; every imputed cell listed in Audit");
    }
    return new Provenance(Version.get(), recipe, null, List.copyOf(v)); // the preset's source and notes: added where sheets are laid out
  }
}
