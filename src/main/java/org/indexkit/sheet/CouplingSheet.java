package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.indexkit.analysis.CouplingCoordination;
import org.indexkit.core.IndexResult;

/**
 * The Coupling sheet: per entity (and year) the subsystem scores used, C, T, D, D's rank, its coordination level and
 * the coupling stage of C, and a note where a value is degenerate; rows by year, league and D rank; a bar chart of D.
 */
final class CouplingSheet {
  private CouplingSheet() {}

  static SheetPlan of(IndexResult r, CouplingCoordination.Result c) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    for (int i = 0; i < c.nodes().size(); i++)
      cols.add(new SheetPlan.Column("U." + c.nodes().get(i).code(), "U · " + c.nodes().get(i).name(), "0.0000"));
    int dColumn = cols.size() + 2;
    cols.addAll(List.of(new SheetPlan.Column("C", "Coupling C", "0.0000"), new SheetPlan.Column("T", "Development T", "0.0000"),
        new SheetPlan.Column("D", "Coordination D", "0.0000").withColourScale(), new SheetPlan.Column("rank", "D rank", "0"),
        new SheetPlan.Column("level", "协调等级", "@"), new SheetPlan.Column("levelEn", "Level", "@"),
        new SheetPlan.Column("stage", "Coupling stage", "@"), new SheetPlan.Column("note", "Note", "@")));
    int[] segmentOf = segmentOrder(r);
    int[] order = IntStream.range(0, r.entities().size()).boxed()
        .sorted(Comparator.<Integer>comparingInt(i -> segmentOf[i]).thenComparingInt(i -> c.ranks()[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
    List<List<Object>> rows = new ArrayList<>();
    for (int row : order) {
      List<Object> cells = SheetPlans.idCells(r, row);
      for (double[] u : c.u()) cells.add(SheetPlans.finite(u[row]));
      cells.add(SheetPlans.finite(c.c()[row]));
      cells.add(SheetPlans.finite(c.t()[row]));
      cells.add(SheetPlans.finite(c.d()[row]));
      cells.add(Double.isNaN(c.d()[row]) ? null : c.ranks()[row]);
      cells.add(c.level()[row]);
      cells.add(c.levelEn()[row]);
      cells.add(c.stage()[row]);
      cells.add(c.notes()[row]);
      rows.add(cells);
    }
    int shown = Math.min(SheetPlans.CHART_ROWS, rows.size());
    return new SheetPlan("Coupling", cols, rows, 1, new SheetPlan.Chart("bar", "Coupling coordination D — top " + shown, 0, dColumn, shown));
  }

  /** Each row's place in the year-then-league order of the other result sheets. */
  private static int[] segmentOrder(IndexResult r) {
    int[] order = SheetPlans.rowOrder(r), out = new int[order.length];
    int segment = -1;
    Object last = null;
    for (int k = 0; k < order.length; k++) {
      int row = order[k];
      Object key = List.of(r.years() == null ? "" : r.years().get(row), r.groups() == null || !r.provenance().recipe().leagues()
          ? "" : String.valueOf(r.groups().get(row)));
      if (!key.equals(last)) segment++;
      last = key;
      out[row] = segment;
    }
    return out;
  }
}
