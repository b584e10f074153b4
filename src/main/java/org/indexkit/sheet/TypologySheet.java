package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.analysis.RuleTypology;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/** The Types sheet: per entity its type (coloured) and, per node, its score and whether it counts as strong. */
final class TypologySheet {
  private TypologySheet() {}

  static SheetPlan of(IndexResult r, RuleTypology.Result t) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    Map<String, String> fills = new LinkedHashMap<>();
    String[] palette = {"#63BE7B", "#A9D27F", "#FFEB84", "#FDB97D", "#F8696B", "#9DC3E6", "#C9A0DC", "#D9D9D9"};
    for (String type : t.type()) if (!fills.containsKey(type)) fills.put(type, palette[fills.size() % palette.length]);
    cols.add(new SheetPlan.Column("type", "Type", "@").withFills(fills));
    for (NodeResult n : t.nodes()) {
      cols.add(new SheetPlan.Column(n.code(), n.name(), SheetPlans.scoreFormat(n.scores())));
      cols.add(new SheetPlan.Column(n.code() + ".strong", "Strong · " + n.name(), "@"));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int row : SheetPlans.rowOrder(r)) {
      List<Object> cells = SheetPlans.idCells(r, row);
      cells.add(t.type()[row]);
      for (int j = 0; j < t.nodes().size(); j++) {
        cells.add(SheetPlans.finite(t.nodes().get(j).scores()[row]));
        cells.add(t.strong()[j][row] ? "yes" : "no");
      }
      rows.add(cells);
    }
    return new SheetPlan("Types", cols, rows);
  }
}
