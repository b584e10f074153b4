package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.analysis.Trends;
import org.indexkit.core.IndexResult;

/** The Trends sheet of a panel: per entity the composite and its rank each year, the change and the CAGR, by last year's rank. */
final class TrendsSheet {
  private TrendsSheet() {}

  static SheetPlan of(IndexResult r, Trends.Result t) {
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(new SheetPlan.Column("entity", "Entity", "@")));
    boolean groups = r.groups() != null;
    if (groups) cols.add(new SheetPlan.Column("group", "Group", "@"));
    String format = SheetPlans.scoreFormat(r.composite().scores());
    for (int y : t.years()) cols.add(new SheetPlan.Column("score." + y, r.composite().name() + " " + y, format));
    for (int y : t.years()) cols.add(new SheetPlan.Column("rank." + y, "Rank " + y, "0"));
    cols.add(new SheetPlan.Column("change", "Change " + t.years().get(0) + "–" + t.years().get(t.years().size() - 1), format));
    cols.add(new SheetPlan.Column("cagr", "CAGR", "0.00%").withColourScale());
    cols.add(new SheetPlan.Column("note", "Note", "@"));
    int lastYear = t.years().size() - 1;
    List<Trends.Row> sorted = t.rows().stream().sorted(java.util.Comparator
        .comparing((Trends.Row row) -> row.group() == null ? "" : row.group())
        .thenComparingInt(row -> row.ranks()[lastYear] == null ? Integer.MAX_VALUE : row.ranks()[lastYear])).toList();
    List<List<Object>> rows = new ArrayList<>();
    for (Trends.Row row : sorted) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.entity());
      if (groups) cells.add(row.group());
      for (Double s : row.scores()) cells.add(s == null ? null : SheetPlans.finite(s));
      for (Integer k : row.ranks()) cells.add(k);
      cells.add(SheetPlans.finite(row.change()));
      cells.add(row.cagr() == null ? null : SheetPlans.finite(row.cagr()));
      cells.add(row.note());
      rows.add(cells);
    }
    return new SheetPlan("Trends", cols, rows);
  }
}
