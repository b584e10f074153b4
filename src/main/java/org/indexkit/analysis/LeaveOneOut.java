package org.indexkit.analysis;

import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;

/** Leave-one-out importance (OECD/JRC Handbook 2008 §7): how far the composite ranks move when one indicator is left out. */
public final class LeaveOneOut {
  private LeaveOneOut() {}

  /** Mean absolute rank shift of the composite when each indicator is removed on its own (leave-one-out importance). */
  public static java.util.Map<String, Double> shifts(Table table, IndicatorTree tree, Recipe recipe) {
    return shifts(table, tree, recipe, Pipeline.run(table, tree, recipe));
  }

  /** @param nominal the recipe's own result on this table and tree, when the caller already has it */
  public static java.util.Map<String, Double> shifts(Table table, IndicatorTree tree, Recipe recipe, IndexResult nominal) {
    int[] base = nominal.composite().ranks();
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (Indicator leaf : tree.leaves()) {
      if (tree.children(leaf.parent()).size() < 2) continue;
      List<Indicator> nodes = tree.nodes().stream().filter(x -> !x.code().equals(leaf.code())).toList();
      int[] rk = Pipeline.run(table, new IndicatorTree(nodes), recipe, false).composite().ranks();
      double s = 0;
      for (int e = 0; e < rk.length; e++) s += Math.abs(rk[e] - base[e]);
      out.put(leaf.code(), s / rk.length);
    }
    return out;
  }
}
