package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.AuditEntry;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Table;
import org.indexkit.method.aggregate.Aggregator;

/**
 * {@code impute = available}: no value is invented. Each node of an entity is aggregated from the children it has, their
 * weights renormalised to sum to 1 (COINr's {@code Aggregate(dat_thresh = …)}); a node is available when at least
 * {@code minShare} of its children are (a leaf when its value is present), and an entity is scored only when every node
 * of its tree is available — otherwise it is dropped and the node that failed is named in Audit, so no score is missing.
 */
final class AvailableChildren {
  private AvailableChildren() {}

  /** What {@code available} cannot do: objective weights (they need complete columns) and aggregations that compare rows. */
  static void check(IndicatorTree tree, org.indexkit.core.Recipe recipe, org.indexkit.core.Problems problems) {
    if (org.indexkit.method.weight.Weightings.objective(recipe.weights()))
      problems.add(org.indexkit.core.Problem.of("impute", "impute = available leaves values missing, and " + recipe.weights().method()
          + " weights need complete columns: use fixed or AHP weights, or impute the gaps"));
    for (Indicator node : tree.nodes()) {
      if (tree.isLeaf(node.code())) continue;
      var agg = org.indexkit.method.aggregate.Aggregators.STEP.make(node.aggregation() != null ? node.aggregation() : recipe.aggregate());
      if (!agg.rowWise()) {
        problems.add(org.indexkit.core.Problem.of("impute", "impute = available aggregates each entity over the children it has, which "
            + "\"" + node.code() + "\"'s aggregation (" + agg.variant() + ") cannot: it compares entities. Use a mean (arithmetic, "
            + "geometric, harmonic, generalised, Mazziotta–Pareto), or impute the gaps"));
        return;
      }
    }
  }

  /** A tree without the indicators screened out, and the kept rows' values of the indicators that remain. */
  record Screened(IndicatorTree tree, GapSteps.Kept kept) {}

  /**
   * Indicator screening (COINr's {@code Screen} by availability): an indicator present for less than {@code share} of the
   * entities is left out of the tree and named in Audit; its siblings' weights are renormalised as the tree's rule does.
   * A node left with no indicator is a problem naming it.
   */
  static Screened screenIndicators(IndicatorTree tree, GapSteps.Kept in, double share, List<AuditEntry> audit,
                                   org.indexkit.core.Problems problems) {
    if (share <= 0) return new Screened(tree, in);
    List<Indicator> leaves = tree.leaves();
    java.util.Set<String> out = new java.util.HashSet<>();
    List<double[]> kept = new ArrayList<>();
    int n = in.table().rows();
    for (int l = 0; l < leaves.size(); l++) {
      long present = java.util.Arrays.stream(in.leafValues()[l]).filter(v -> !Double.isNaN(v)).count();
      if (present < share * n - 1e-12) {
        out.add(leaves.get(l).code());
        audit.add(new AuditEntry(AuditEntry.Kind.DROPPED, null, leaves.get(l).code(), "Left out indicator \"" + leaves.get(l).code()
            + "\": present for " + present + " of " + n + " entities (less than " + Math.round(share * 100) + "%)"));
      } else kept.add(in.leafValues()[l]);
    }
    if (out.isEmpty()) return new Screened(tree, in);
    List<Indicator> nodes = tree.nodes().stream().filter(x -> !out.contains(x.code())).toList();
    for (Indicator node : tree.nodes())
      if (!tree.isLeaf(node.code()) && tree.children(node.code()).stream().allMatch(out::contains))
        problems.add(org.indexkit.core.Problem.of("missing", "every indicator of \"" + node.code() + "\" is present for less than "
            + Math.round(share * 100) + "% of the entities (impute.indicatorShare): nothing is left to score it"));
    if (!problems.isEmpty()) return new Screened(tree, in);
    return new Screened(new IndicatorTree(nodes), new GapSteps.Kept(in.table(), kept.toArray(double[][]::new), in.originalRow()));
  }

  /** The entities every node of which is available; the dropped and each missing cell listed in Audit. */
  static GapSteps.Kept screen(GapSteps.Kept in, IndicatorTree tree, double minShare, List<AuditEntry> audit) {
    Table table = in.table();
    List<Indicator> leaves = tree.leaves();
    Map<String, Integer> leafIndex = new HashMap<>();
    for (int l = 0; l < leaves.size(); l++) leafIndex.put(leaves.get(l).code(), l);
    List<Integer> keep = new ArrayList<>();
    int listed = 0;
    for (int r = 0; r < table.rows(); r++) {
      String failed = failing(tree, tree.root().code(), in.leafValues(), leafIndex, r, minShare);
      String entity = table.entities().get(r);
      if (failed != null) {
        audit.add(new AuditEntry(AuditEntry.Kind.DROPPED, entity, null, "Dropped \"" + entity + "\": " + failed));
        continue;
      }
      keep.add(r);
      for (int l = 0; l < leaves.size(); l++)
        if (Double.isNaN(in.leafValues()[l][r]) && listed++ < 2000)
          audit.add(new AuditEntry(AuditEntry.Kind.IMPUTED, entity, leaves.get(l).code(), "Missing \"" + entity + "\" · \""
              + leaves.get(l).code() + "\": \"" + leaves.get(l).parent() + "\" aggregates its available children (weights renormalised)"));
    }
    if (listed > 2000) audit.add(new AuditEntry(AuditEntry.Kind.IMPUTED, null, null, "… and " + (listed - 2000) + " more missing cells"));
    return in.subset(keep.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Why the node is not available for row r (the first node that fails, depth first), or null when it is. */
  private static String failing(IndicatorTree tree, String code, double[][] values, Map<String, Integer> leafIndex, int r, double minShare) {
    List<String> kids = tree.children(code);
    if (kids.isEmpty()) return Double.isNaN(values[leafIndex.get(code)][r]) ? "missing" : null;
    int available = 0;
    String inner = null;
    for (String k : kids) {
      String why = failing(tree, k, values, leafIndex, r, minShare);
      if (why == null) available++;
      else if (!why.equals("missing") && inner == null) inner = why;
    }
    if (inner != null) return inner;
    if (available == 0 || available < minShare * kids.size() - 1e-12)
      return available + " of the " + kids.size() + " children of \"" + code + "\" available (needs at least "
          + (minShare > 0 ? Math.round(minShare * 100) + "%" : "one") + ")";
    return null;
  }

  /**
   * A row-wise aggregation over the children each row has: rows grouped by which children are missing, each group
   * aggregated with the weights of its present children renormalised. With no missing child, the aggregation itself.
   */
  static double[] aggregate(Aggregator aggregator, double[][] children, double[] weights) {
    int n = children[0].length, m = children.length;
    Map<String, List<Integer>> byPattern = new LinkedHashMap<>();
    for (int r = 0; r < n; r++) {
      StringBuilder key = new StringBuilder(m);
      for (double[] c : children) key.append(Double.isNaN(c[r]) ? '0' : '1');
      byPattern.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(r);
    }
    if (byPattern.size() == 1 && byPattern.keySet().iterator().next().indexOf('0') < 0) return aggregator.aggregate(children, weights);
    double[] out = new double[n];
    for (var e : byPattern.entrySet()) {
      String pattern = e.getKey();
      List<Integer> rows = e.getValue();
      int present = (int) pattern.chars().filter(ch -> ch == '1').count();
      double[][] sub = new double[present][rows.size()];
      double[] w = new double[present];
      double total = 0;
      for (int c = 0, k = 0; c < m; c++) {
        if (pattern.charAt(c) == '0') continue;
        w[k] = weights[c];
        total += weights[c];
        for (int i = 0; i < rows.size(); i++) sub[k][i] = children[c][rows.get(i)];
        k++;
      }
      for (int k = 0; k < present; k++) w[k] = total > 0 ? w[k] / total : 1.0 / present;
      double[] s = aggregator.aggregate(sub, w);
      for (int i = 0; i < rows.size(); i++) out[rows.get(i)] = s[i];
    }
    return out;
  }
}
