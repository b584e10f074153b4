package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.analysis.Champions;
import org.indexkit.core.IndexResult;

/** The Champions sheet: per year (and league) and node, the first-ranked entities, their score there and composite rank. */
final class ChampionsSheet {
  private ChampionsSheet() {}

  static SheetPlan of(IndexResult r, Champions.Result c) {
    boolean segments = c.rows().stream().anyMatch(x -> !x.segment().isEmpty());
    List<SheetPlan.Column> cols = new ArrayList<>();
    if (segments) cols.add(new SheetPlan.Column("segment", r.isPanel() ? "Year" : "League", "@"));
    cols.addAll(List.of(new SheetPlan.Column("code", "Code", "@"), new SheetPlan.Column("node", "Indicator or dimension", "@"),
        new SheetPlan.Column("level", "Level", "@"), new SheetPlan.Column("champion", "Champion", "@"),
        new SheetPlan.Column("score", "Its score there", "0.0000"), new SheetPlan.Column("rank", "Its composite rank", "0")));
    List<List<Object>> rows = new ArrayList<>();
    for (Champions.Row x : c.rows())
      for (int row : x.rows()) {
        List<Object> cells = new ArrayList<>();
        if (segments) cells.add(x.segment());
        cells.addAll(Arrays.asList(x.node().code(), x.node().name(), x.node().leaf() ? "indicator" : "dimension", r.entities().get(row),
            SheetPlans.finite(x.node().scores()[row]), r.composite().ranks()[row]));
        rows.add(cells);
      }
    return new SheetPlan("Champions", cols, rows);
  }
}
