package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indexkit.analysis.Quadrants;
import org.indexkit.core.IndexResult;

/** The Quadrants sheet: per entity the two scores, the splits used and the quadrant's (or band's) label, in league-table order. */
final class QuadrantsSheet {
  private QuadrantsSheet() {}

  static SheetPlan of(IndexResult r, Quadrants.Result q) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    String fx = SheetPlans.scoreFormat(q.x().scores()), fy = SheetPlans.scoreFormat(q.y().scores());
    List<String> colours = q.labels().size() == 3 ? List.of("#63BE7B", "#FFEB84", "#F8696B") : List.of("#63BE7B", "#FFEB84", "#FDB97D", "#F8696B");
    Map<String, String> fills = new java.util.LinkedHashMap<>();
    for (int i = 0; i < colours.size(); i++) fills.putIfAbsent(q.labels().get(i), colours.get(i));
    cols.addAll(List.of(new SheetPlan.Column("x", q.x().name(), fx), new SheetPlan.Column("y", q.y().name(), fy),
        new SheetPlan.Column("type", "Type", "@").withFills(fills), new SheetPlan.Column("splitX", "Split · " + q.x().name(), fx),
        new SheetPlan.Column("splitY", "Split · " + q.y().name(), fy)));
    List<List<Object>> rows = new ArrayList<>();
    int[] order = SheetPlans.rowOrder(r);
    for (int row : order) {
      List<Object> cells = SheetPlans.idCells(r, row);
      cells.addAll(List.of(q.x().scores()[row], q.y().scores()[row], q.labels().get(q.quadrant()[row]), q.xSplit()[row], q.ySplit()[row]));
      rows.add(cells);
    }
    return new SheetPlan("Quadrants", cols, rows, 1, scatter(r, q, order, cols.size() - 5));
  }

  /**
   * The latest year's first league (the rows that share one pair of splits), up to {@link #POINTS} entities, with the
   * two split lines across the points' range (the split column against the other axis's scores).
   */
  private static SheetPlan.Chart scatter(IndexResult r, Quadrants.Result q, int[] order, int xColumn) {
    if (order.length == 0) return null;
    int first = SheetPlans.latestYear(r, order)[0];
    double sx = q.xSplit()[order[first]], sy = q.ySplit()[order[first]];
    int shown = 0;
    while (first + shown < order.length && shown < POINTS && q.xSplit()[order[first + shown]] == sx && q.ySplit()[order[first + shown]] == sy)
      shown++;
    String segment = (r.groups() != null && r.provenance().recipe().leagues() ? " · " + r.groups().get(order[first]) : "")
        + SheetPlans.yearOf(r, order);
    return new SheetPlan.Chart("scatter", q.x().name() + " × " + q.y().name() + segment, 0, List.of(xColumn, xColumn + 1), first, shown,
        List.of(new SheetPlan.Line("Split · " + q.x().name(), xColumn + 3, xColumn + 1), new SheetPlan.Line("Split · " + q.y().name(),
            xColumn, xColumn + 4)));
  }

  /** Points on the scatter: beyond this a chart of labelled points is unreadable. */
  static final int POINTS = 100;
}
