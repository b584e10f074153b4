package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.core.TableLayout;
import org.indexkit.pipeline.Pipeline;

/**
 * Formula mode's sheets ({@link FormulaMode}): {@code Calc}, one row per entity in the Scores sheet's order, each step a
 * column of live formulas — the input (a reference to its Data cell), the normalised value, each node's aggregate (for
 * TOPSIS the weighted values and both distances first), the rescaled value, ranks and threshold tiers — and
 * {@code Calc weights}, each segment's weights (entropy's divergences and shares as formulas, the tree's and other
 * methods' weights as values) with the effective weights as products down the tree. Normalisation, rescaling and ranks
 * run over the rows of the row's segment (its year and league), which the Scores order keeps together. The Scores sheet's
 * cells then reference Calc's, so the workbook recalculates when a Data value changes.
 */
final class CalcSheets {
  static final String CALC = "Calc", WEIGHTS = "Calc weights";
  static final String W = SheetPlan.Formula.sheet(WEIGHTS), C = SheetPlan.Formula.sheet(CALC);

  private CalcSheets() {}

  /**
   * What formula mode needs besides the result: the tree as the run bound it, and per leaf (tree order) and row the Data
   * cell the run read ({@code Data!C5}) or null where the run changed the value, and the value it used.
   */
  record Source(IndicatorTree tree, String[][] cells, double[][] used) {}

  /** The two sheets, and for each node the Calc column holding what the Scores sheet shows. */
  record Built(List<SheetPlan> plans, Map<String, Integer> shown, String note) {}

  /** The Scores sheet with each node's score a reference to the Calc cell that computes it. */
  static SheetPlan referenced(SheetPlan scores, Built calc) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < scores.rows().size(); i++) {
      List<Object> row = new ArrayList<>(scores.rows().get(i));
      for (int c = 0; c < scores.columns().size(); c++) {
        Integer at = calc.shown().get(scores.columns().get(c).key());
        if (at != null && row.get(c) instanceof Number v) row.set(c, new SheetPlan.Formula(C + letter(at) + (i + 2), v.doubleValue()));
      }
      rows.add(row);
    }
    return new SheetPlan(scores.name(), scores.columns(), rows, scores.freezeRows(), scores.chart());
  }

  /** Provenance with a row saying what formula mode wrote as formulas and what as values. */
  static SheetPlan noted(SheetPlan provenance, Built calc) {
    List<List<Object>> rows = new ArrayList<>(provenance.rows());
    rows.add(java.util.Arrays.asList("Formula mode", calc.note()));
    return new SheetPlan(provenance.name(), provenance.columns(), rows, provenance.freezeRows(), provenance.chart());
  }

  /** A segment's rows in the Calc sheet, 0-based positions first to last. */
  record Block(String label, int first, int last) {}

  /**
   * @param unscaled the same run without rescaling (the normalised and aggregated values before the display scale: the
   *     cached values of those columns), or {@code result} itself when the recipe does not rescale
   */
  static Built of(IndexResult result, IndexResult unscaled, Source src, int[] order) {
    Recipe recipe = result.provenance().recipe();
    IndicatorTree tree = src.tree();
    List<Indicator> leaves = tree.leaves();
    int n = order.length;
    // segments: rows of one year and league are consecutive in the Scores order
    List<Block> blocks = new ArrayList<>();
    int[] blockOf = new int[n];
    for (int i = 0; i < n; i++) {
      int row = order[i];
      String label = Pipeline.segmentLabel(result.years() == null ? null : result.years().get(row),
          recipe.leagues() && result.groups() != null && result.groups().get(row) != null ? result.groups().get(row).trim() : "");
      if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).label().equals(label)) blocks.add(new Block(label, i, i));
      Block b = blocks.get(blocks.size() - 1);
      blocks.set(blocks.size() - 1, new Block(b.label(), b.first(), i));
      blockOf[i] = blocks.size() - 1;
    }

    List<SheetPlan.Column> cols = new ArrayList<>(SheetPlans.idColumns(result));
    List<IntFunction<Object>> cells = new ArrayList<>();
    int ids = cols.size();
    for (int c = 0; c < ids; c++) {
      int k = c;
      cells.add(i -> SheetPlans.idCells(result, order[i]).get(k));
    }
    Map<String, Integer> column = new HashMap<>(); // node → its score column (a leaf's: normalised)
    Map<String, Integer> input = new HashMap<>();
    for (int l = 0; l < leaves.size(); l++) {
      int leaf = l;
      input.put(leaves.get(l).code(), cols.size());
      add(cols, cells, name(leaves.get(l)) + " · input", "General", i -> {
        String cell = src.cells()[leaf][order[i]];
        double used = src.used()[leaf][order[i]];
        return cell != null ? new SheetPlan.Formula(cell, used) : (Object) used;
      });
    }
    for (Indicator leaf : leaves) {
      String x = letter(input.get(leaf.code()));
      boolean cost = leaf.direction() == org.indexkit.core.Direction.COST;
      StepChoice norm = recipe.normalise();
      double[] cached = unscaled.node(leaf.code()).scores();
      column.put(leaf.code(), cols.size());
      add(cols, cells, name(leaf) + " · normalised", "0.0000", i -> {
        String xi = x + (i + 2), range = range(x, blocks.get(blockOf[i]));
        String f = switch (norm.method()) {
          case "min-max" -> CalcFormulas.minMax(xi, range, norm.number("min"), norm.number("max"), cost);
          case "z-score" -> CalcFormulas.zScore(xi, range, cost);
          default -> CalcFormulas.identity(xi, cost);
        };
        return new SheetPlan.Formula(f, cached[order[i]]);
      });
    }

    CalcWeights weights = new CalcWeights(result, tree, recipe, blocks, input, column);
    List<Indicator> nodes = tree.nodes();
    for (int k = nodes.size() - 1; k >= 0; k--) { // children before parents
      Indicator node = nodes.get(k);
      if (tree.isLeaf(node.code())) continue;
      List<String> kids = tree.children(node.code());
      StepChoice agg = node.aggregation() == null ? recipe.aggregate() : node.aggregation();
      aggregate(cols, cells, node.code(), name(node), kids, agg, (c, b) -> weights.local(b, kids.get(c)), unscaled, blocks, blockOf, order,
          column);
    }
    for (NodeResult type : result.nodes()) {
      if (tree.contains(type.code())) continue; // a leaf type's sub-score: its leaves, their effective weights as shares
      List<String> members = leaves.stream().filter(l -> type.code().equals("type." + l.type())).map(Indicator::code).toList();
      aggregate(cols, cells, type.code(), type.name(), members, recipe.aggregate(), (c, b) -> weights.effectiveShare(b, members, c),
          unscaled, blocks, blockOf, order, column);
    }

    Map<String, Integer> shown = new LinkedHashMap<>(column);
    StepChoice rescale = recipe.rescale();
    if (!rescale.isNone())
      for (NodeResult node : result.nodes()) {
        String s = letter(column.get(node.code()));
        shown.put(node.code(), cols.size());
        add(cols, cells, node.name() + " · rescaled", "0.00", i -> new SheetPlan.Formula(CalcFormulas.minMax(s + (i + 2),
            range(s, blocks.get(blockOf[i])), rescale.number("min"), rescale.number("max"), false), node.scores()[order[i]]));
      }
    for (NodeResult node : result.nodes()) {
      if (node.leaf()) continue;
      String s = letter(shown.get(node.code()));
      add(cols, cells, node.name() + " · rank", "0", i -> new SheetPlan.Formula(CalcFormulas.rank(s + (i + 2), range(s, blocks.get(blockOf[i]))),
          (double) node.ranks()[order[i]]));
      if (node.tiers() != null && recipe.tiers().is("thresholds"))
        add(cols, cells, node.name() + " · tier", "0", i -> new SheetPlan.Formula(CalcFormulas.thresholdTier(s + (i + 2),
            recipe.tiers().numbers("thresholds")), (double) node.tiers().levels()[order[i]]));
    }

    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Object> row = new ArrayList<>(cells.size());
      for (IntFunction<Object> f : cells) row.add(f.apply(i));
      rows.add(row);
    }
    int changed = 0;
    for (String[] leaf : src.cells()) for (String cell : leaf) if (cell == null) changed++;
    List<String> values = new ArrayList<>();
    if (changed > 0) values.add(changed + " input cell" + (changed == 1 ? "" : "s") + " the run changed (imputed, transformed or treated: see Audit)");
    if (!weights.formulas()) values.add("the weights (" + recipe.weights().method() + ", as IndexKit computed them)");
    if (!recipe.tiers().isNone() && !recipe.tiers().is("thresholds")) values.add("the tiers (" + recipe.tiers().method() + ", on the Tiers sheet)");
    if (!recipe.stars().isNone()) values.add("the stars (" + recipe.stars().method() + ", on the Tiers sheet)");
    String note = "Calc and Calc weights compute every step as live formulas over the Data cells; the Scores sheet references them"
        + (values.isEmpty() ? "." : ". Values, not formulas: " + String.join("; ", values) + ".");
    return new Built(List.of(new SheetPlan(CALC, cols, rows), weights.plan()), shown, note);
  }

  /** Where a weight cell is, for child c of a node on a row of block b. */
  private interface WeightOf {
    String at(int child, int block);
  }

  /** A node's score column from its children's, with TOPSIS's weighted values and distances before it. */
  private static void aggregate(List<SheetPlan.Column> cols, List<IntFunction<Object>> cells, String code, String name, List<String> kids,
                                StepChoice agg, WeightOf weight, IndexResult unscaled, List<Block> blocks, int[] blockOf, int[] order,
                                Map<String, Integer> column) {
    List<String> kidLetters = kids.stream().map(k -> letter(column.get(k))).toList();
    double[] cached = unscaled.node(code).scores();
    if (agg.method().equals("topsis")) {
      List<String> v = new ArrayList<>();
      for (int c = 0; c < kids.size(); c++) {
        int child = c;
        v.add(letter(cols.size()));
        add(cols, cells, name + " · v " + kids.get(c), "0.0000", i -> new SheetPlan.Formula(CalcFormulas.topsisValue(weight.at(child, blockOf[i]),
            kidLetters.get(child) + (i + 2), range(kidLetters.get(child), blocks.get(blockOf[i])), agg.text("norm"), agg.number("best"),
            agg.number("worst")), null));
      }
      Double best = agg.number("best");
      String plus = letter(cols.size()), minus = letter(cols.size() + 1);
      add(cols, cells, name + " · D+", "0.0000", i -> new SheetPlan.Formula(CalcFormulas.distance(at(v, i), ideals(v, i, blocks.get(blockOf[i]),
          best == null ? "MAX" : null, c -> weight.at(c, blockOf[i]))), null));
      add(cols, cells, name + " · D−", "0.0000", i -> new SheetPlan.Formula(CalcFormulas.distance(at(v, i), ideals(v, i, blocks.get(blockOf[i]),
          best == null ? "MIN" : null, c -> "0")), null));
      column.put(code, cols.size());
      add(cols, cells, name + " · score", "0.0000", i -> new SheetPlan.Formula(CalcFormulas.closeness(plus + (i + 2), minus + (i + 2)),
          cached[order[i]]));
      return;
    }
    boolean geometric = agg.method().equals("geometric");
    column.put(code, cols.size());
    add(cols, cells, name + " · score", "0.0000", i -> {
      List<String> w = new ArrayList<>(), s = new ArrayList<>();
      for (int c = 0; c < kids.size(); c++) {
        w.add(weight.at(c, blockOf[i]));
        s.add(kidLetters.get(c) + (i + 2));
      }
      return new SheetPlan.Formula(geometric ? CalcFormulas.geometric(w, s) : CalcFormulas.arithmetic(w, s), cached[order[i]]);
    });
  }

  private static List<String> at(List<String> letters, int i) {
    return letters.stream().map(l -> l + (i + 2)).toList();
  }

  /** Each column's ideal: the segment's MAX (MIN) of the weighted values, or the fixed ideal (w, or 0). */
  private static List<String> ideals(List<String> v, int i, Block b, String fn, IntFunction<String> fixed) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < v.size(); c++) out.add(fn == null ? fixed.apply(c) : fn + "(" + range(v.get(c), b) + ")");
    return out;
  }

  private static void add(List<SheetPlan.Column> cols, List<IntFunction<Object>> cells, String header, String format, IntFunction<Object> cell) {
    cols.add(new SheetPlan.Column("calc." + cols.size(), header, format));
    cells.add(cell);
  }

  private static String name(Indicator node) {
    return node.name() == null || node.name().isBlank() ? node.code() : node.name();
  }

  static String letter(int column) {
    return TableLayout.columnLetters(column);
  }

  /** A column's rows of one segment, rows fixed: {@code C$2:C$37}. */
  static String range(String letter, Block b) {
    return letter + "$" + (b.first() + 2) + ":" + letter + "$" + (b.last() + 2);
  }
}
