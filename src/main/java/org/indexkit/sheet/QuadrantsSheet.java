package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indexkit.analysis.Quadrants;
import org.indexkit.core.IndexResult;

/** The Quadrants sheet: per entity the two scores, the splits used and the quadrant's label, in league-table order. */
final class QuadrantsSheet {
  private QuadrantsSheet() {}

  static SheetPlan of(IndexResult r, Quadrants.Result q) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    String fx = SheetPlans.scoreFormat(q.x().scores()), fy = SheetPlans.scoreFormat(q.y().scores());
    Map<String, String> fills = Map.of(q.labels().get(0), "#63BE7B", q.labels().get(1), "#FFEB84", q.labels().get(2), "#FDB97D",
        q.labels().get(3), "#F8696B");
    cols.addAll(List.of(new SheetPlan.Column("x", q.x().name(), fx), new SheetPlan.Column("y", q.y().name(), fy),
        new SheetPlan.Column("type", "Type", "@").withFills(fills), new SheetPlan.Column("splitX", "Split · " + q.x().name(), fx),
        new SheetPlan.Column("splitY", "Split · " + q.y().name(), fy)));
    List<List<Object>> rows = new ArrayList<>();
    for (int row : SheetPlans.rowOrder(r)) {
      List<Object> cells = SheetPlans.idCells(r, row);
      cells.addAll(List.of(q.x().scores()[row], q.y().scores()[row], q.labels().get(q.quadrant()[row]), q.xSplit()[row], q.ySplit()[row]));
      rows.add(cells);
    }
    return new SheetPlan("Quadrants", cols, rows);
  }
}
