package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.Recipe;
import org.indexkit.method.weight.Weightings;

/** The Calc weights sheet: its rows, and where each segment's weight of each node is. */
final class CalcWeights {
  private final Map<String, Integer> rowOf = new HashMap<>(); // block label + node → sheet row (1-based)
  private final List<String> blockLabels;
  private final List<List<Object>> rows = new ArrayList<>();
  private final boolean formulas;

  CalcWeights(IndexResult result, IndicatorTree tree, Recipe recipe, List<CalcSheets.Block> blocks, Map<String, Integer> input, Map<String, Integer> column) {
    boolean objective = Weightings.objective(recipe.weights());
    boolean entropy = objective && recipe.weights().is("entropy");
    boolean all = Weightings.ALL.equals(recipe.weights().text("scope"));
    boolean raw = Weightings.RAW.equals(recipe.weights().text("on"));
    boolean shift = entropy && recipe.weights().flag("shift");
    formulas = !objective || entropy; // the tree's weights are given numbers: values by nature
    Map<String, NodeWeight> byKey = new HashMap<>();
    for (NodeWeight w : result.weights()) byKey.put(key(w.segment() == null ? "all" : w.segment(), w.code()), w);
    blockLabels = blocks.stream().map(b -> objective ? b.label() : "all").toList();
    List<Indicator> nodes = tree.nodes();
    for (String label : new java.util.LinkedHashSet<>(blockLabels))
      for (Indicator node : nodes) rowOf.put(key(label, node.code()), rowOf.size() + 2);
    for (String label : new java.util.LinkedHashSet<>(blockLabels)) {
      CalcSheets.Block b = blocks.get(blockLabels.indexOf(label));
      for (Indicator node : nodes) {
        NodeWeight w = byKey.get(key(label, node.code()));
        String code = node.code(), parent = node.parent();
        List<String> siblings = parent == null ? List.of(code) : tree.children(parent);
        boolean weighed = entropy && tree.isLeaf(code) && (all || siblings.size() >= 2 && siblings.stream().allMatch(tree::isLeaf));
        Object divergence = null, local, effective;
        if (weighed) {
          String of = CalcSheets.letter(raw ? input.get(code) : column.get(code));
          divergence = new SheetPlan.Formula(CalcFormulas.divergence(CalcSheets.C + CalcSheets.range(of, b), b.last() - b.first() + 1, shift), null);
        }
        if (parent == null) {
          local = null;
          effective = 1.0;
        } else if (weighed && !all) {
          local = new SheetPlan.Formula(CalcFormulas.share("D" + rowOf.get(key(label, code)), cellList("D", label, siblings),
              siblings.size()), w.local());
          effective = new SheetPlan.Formula("E" + rowOf.get(key(label, code)) + "*F" + rowOf.get(key(label, parent)), w.effective());
        } else if (entropy && all) { // each indicator's share of all the divergences; a node the sum of its indicators'
          List<String> leafCodes = tree.leaves().stream().map(Indicator::code).toList();
          effective = tree.isLeaf(code)
              ? new SheetPlan.Formula(CalcFormulas.share("D" + rowOf.get(key(label, code)), cellList("D", label, leafCodes), leafCodes.size()), w.effective())
              : new SheetPlan.Formula("SUM(" + cellList("F", label, tree.children(code)) + ")", w.effective());
          String pe = "F" + rowOf.get(key(label, parent));
          local = new SheetPlan.Formula("IF(" + pe + ">0,F" + rowOf.get(key(label, code)) + "/" + pe + "," + CalcFormulas.number(1.0 / siblings.size())
              + ")", w.local());
        } else {
          local = w.local();
          effective = new SheetPlan.Formula("E" + rowOf.get(key(label, code)) + "*F" + rowOf.get(key(label, parent)), w.effective());
        }
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(label, code, parent, divergence, local, effective));
        rows.add(row);
      }
    }
  }

  private String cellList(String letter, String label, List<String> codes) {
    return String.join(",", codes.stream().map(c -> letter + rowOf.get(key(label, c))).toList());
  }

  /** The weight among its siblings of {@code code} on rows of block b: {@code 'Calc weights'!$E$7}. */
  String local(int block, String code) {
    return CalcSheets.W + "$E$" + rowOf.get(key(blockLabels.get(block), code));
  }

  /** Member c's effective weight as a share of the members' (a leaf type's sub-score). */
  String effectiveShare(int block, List<String> members, int c) {
    String label = blockLabels.get(block);
    StringBuilder sum = new StringBuilder();
    for (String m : members) sum.append(sum.length() == 0 ? "" : "+").append(CalcSheets.W).append("$F$").append(rowOf.get(key(label, m)));
    return CalcSheets.W + "$F$" + rowOf.get(key(label, members.get(c))) + "/(" + sum + ")";
  }

  /** Whether the weights are the tree's or formulas (entropy), not another method's values. */
  boolean formulas() {
    return formulas;
  }

  SheetPlan plan() {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("segment", "League / year", "@"), new SheetPlan.Column("code", "Code", "@"),
        new SheetPlan.Column("parent", "Parent", "@"), new SheetPlan.Column("divergence", "Entropy divergence 1 − e", "0.000000"),
        new SheetPlan.Column("local", "Weight among siblings", "0.000000"), new SheetPlan.Column("effective", "Effective weight", "0.000000"));
    return new SheetPlan(CalcSheets.WEIGHTS, cols, rows);
  }

  private static String key(String label, String code) {
    return label + "\u0000" + code;
  }
}
