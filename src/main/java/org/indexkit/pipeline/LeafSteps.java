package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indexkit.core.Direction;
import org.indexkit.core.AuditEntry;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Problem;
import org.indexkit.core.Problems;
import org.indexkit.core.Recipe;
import org.indexkit.method.aggregate.Aggregators;
import org.indexkit.core.Table;
import org.indexkit.core.Transform;
import org.indexkit.method.transform.LeafTransform;

/** The first steps of a run, on the indicator columns: bind the Data's columns to the tree, check the leaves, transform the values, and find the missing ones (a per-capita value whose denominator is missing is one). */
final class LeafSteps {
  private LeafSteps() {}

  /** The tree as a run sees it: entered at the level the Data's columns give (see {@link IndicatorTree#cutAt}). */
  public static IndicatorTree bind(Table table, IndicatorTree fullTree) {
    Problems problems = new Problems();
    IndicatorTree tree = bindColumns(table, fullTree, null, problems, new ArrayList<>());
    problems.throwIfAny();
    return tree;
  }
  /** Matches Data columns to tree nodes (code, name or 中文名) and enters the tree at that level. */
  static IndicatorTree bindColumns(Table table, IndicatorTree fullTree, String substituteSuffix, Problems problems,
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
    Set<String> bound = new java.util.HashSet<>(matched);
    List<String> missing = tree.leaves().stream().map(Indicator::code).filter(c -> !bound.contains(c)).toList();
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
  static Map<String, Integer> leafColumns(Table table, IndicatorTree tree) {
    Map<String, Integer> out = new HashMap<>();
    for (int c = 0; c < table.indicators().size(); c++) {
      Indicator node = tree.findByHeader(table.indicators().get(c));
      if (node != null && tree.isLeaf(node.code())) out.putIfAbsent(node.code(), c);
    }
    return out;
  }
  static void checkLeaves(Table table, IndicatorTree tree, Map<String, Integer> columnOf, Recipe recipe, Problems problems) {
    boolean columnRelative = Aggregators.STEP.make(recipe.aggregate()).columnRelative();
    if (table.years() != null && recipe.panel() != null && recipe.panel().is(org.indexkit.method.PanelModes.BASE_YEAR)) {
      Indicator probe = new Indicator("probe", null, null, "p", null, Direction.BENEFIT, null, 1.0, null, null, null).withGoalposts(0.0, 1.0);
      if (!org.indexkit.method.normalise.Normalisers.STEP.make(recipe.normalise()).apply(probe).fitsBaseYear())
        problems.add(Problem.of("panel", "panel = base-year fixes the normalisation from the base year's values, which "
            + recipe.normalise().method() + " cannot: use min-max, z-score, goalposts or none"));
    }
    for (Indicator leaf : tree.leaves()) {
      if (leaf.transform().kind() == Transform.Kind.PER_CAPITA && table.columnOf(leaf.transform().column()) < 0)
        problems.add(Problem.at("per-capita-column", "indicator \"" + leaf.code() + "\" is divided by \""
            + leaf.transform().column() + "\", but the Data has no such column", null, columnOf.get(leaf.code())));
      if (recipe.normalise().is("distance-to-target") && leaf.target() == null)
        problems.add(Problem.at("missing-target", "distance-to-target needs a Target for indicator \"" + leaf.code() + "\"",
            null, columnOf.get(leaf.code())));
      if (recipe.normalise().is("goalposts") && (leaf.lower() == null || leaf.upper() == null))
        problems.add(Problem.at("missing-goalposts", "goalposts need a Lower and an Upper for indicator \"" + leaf.code()
            + "\" (columns Lower and Upper of the Indicators sheet)", null, columnOf.get(leaf.code())));
      // TOPSIS and VIKOR compare each column with its own best and worst, so the mirrored value −x is exact for them
      if (recipe.normalise().isNone() && leaf.direction() == Direction.COST && !columnRelative)
        problems.add(Problem.at("identity-cost", "indicator \"" + leaf.code() + "\" is a cost indicator (−), which "
            + "only a normalisation can reverse; choose min-max, z-score or percentile, or mark it +", null, columnOf.get(leaf.code())));
    }
  }
  private static final int TILE = 64;

  /** Transformed leaf values, {@code [leaf][row]}, in the order of {@code tree.leaves()} (the table is row-major). */
  static double[][] transformLeaves(Table table, IndicatorTree tree, Map<String, Integer> columnOf, Problems problems,
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
    double[][] rows = table.values();
    // untransformed leaves are copied in tiles of rows × leaves, so that neither the rows read nor the columns written
    // leave the cache (one row after another would touch every column once per row: slow on wide tables)
    for (int r0 = 0; r0 < rows.length; r0 += TILE)
      for (int l0 = 0; l0 < p; l0 += TILE)
        for (int l = l0, lEnd = Math.min(p, l0 + TILE); l < lEnd; l++) {
          if (t[l].kind() != Transform.Kind.NONE) continue;
          double[] column = out[l];
          int c = col[l];
          for (int r = r0, rEnd = Math.min(rows.length, r0 + TILE); r < rEnd; r++) column[r] = rows[r][c];
        }
    for (int r = 0; r < rows.length; r++) {
      double[] row = rows[r];
      for (int l = 0; l < p; l++) {
        if (t[l].kind() == Transform.Kind.NONE) continue;
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
  static void missingDenominators(Table table, IndicatorTree tree, Map<String, Integer> columnOf, List<int[]> cells,
                                          boolean imputing, Problems problems, List<AuditEntry> audit) {
    List<Indicator> leaves = tree.leaves();
    int listed = 0;
    for (int[] c : cells) {
      Indicator leaf = leaves.get(c[0]);
      String entity = table.entities().get(c[1]), denominator = leaf.transform().column();
      if (imputing) {
        if (listed++ < 2000)
          audit.add(new AuditEntry(AuditEntry.Kind.MISSING_DENOMINATOR, entity, leaf.code(), "Missing because its denominator is: \""
              + entity + "\" · \"" + leaf.code() + "\" is divided by \"" + denominator + "\", which is empty for this row; imputed like "
              + "any other missing value"));
        continue;
      }
      problems.add(Problem.at("missing-denominator", "\"" + entity + "\" has a value for \"" + leaf.code() + "\", but it is divided by \""
          + denominator + "\" (per capita), which is empty for this row", c[1], columnOf.get(leaf.code())));
      problems.add(Problem.at("missing-denominator", "\"" + entity + "\" has no \"" + denominator + "\", which \"" + leaf.code()
          + "\" is divided by; fill the cell or impute", c[1], table.columnOf(denominator)));
    }
    if (listed > 2000)
      audit.add(new AuditEntry(AuditEntry.Kind.MISSING_DENOMINATOR, null, null, "… and " + (listed - 2000)
          + " more values missing because their denominator is"));
  }
  /** @param reported cells ({@code leaf · rows + row}) already refused for another reason */
  static void checkMissing(Table table, IndicatorTree tree, Map<String, Integer> columnOf, double[][] values, Problems problems,
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
}
