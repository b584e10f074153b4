package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/** The Ranks sheet: every node's competition rank per entity (ties share the best rank), and in a panel the change from the year before. */
final class RanksSheet {
  private RanksSheet() {}

  static SheetPlan of(IndexResult r, int[] order) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    for (NodeResult n : r.nodes()) {
      cols.add(new SheetPlan.Column(n.code(), n.name(), "0"));
      if (r.isPanel()) cols.add(new SheetPlan.Column(n.code() + ".change", "Δ " + n.name(), "+0;-0;0"));
    }
    int firstYear = r.isPanel() ? r.years().stream().mapToInt(Integer::intValue).min().orElse(0) : 0;
    List<List<Object>> rows = new ArrayList<>();
    for (int row : order) {
      List<Object> cells = SheetPlans.idCells(r, row);
      for (NodeResult n : r.nodes()) {
        cells.add(n.ranks()[row] == 0 ? null : n.ranks()[row]); // 0: a missing value, not ranked
        if (r.isPanel()) {
          Integer change = n.rankChanges()[row];
          cells.add(change != null ? change : r.years().get(row) == firstYear ? null : "new");
        }
      }
      rows.add(cells);
    }
    return new SheetPlan("Ranks", cols, rows);
  }

}
