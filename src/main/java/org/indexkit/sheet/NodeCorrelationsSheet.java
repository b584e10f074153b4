package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.analysis.NodeCorrelations;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/** The Node correlations sheet, per year: Pearson above the diagonal, Spearman below, as the Correlations sheet. */
final class NodeCorrelationsSheet {
  private NodeCorrelationsSheet() {}

  static SheetPlan of(IndexResult r, NodeCorrelations.Result c) {
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(new SheetPlan.Column("year", "Year", "@"),
        new SheetPlan.Column("node", "Pearson ↗ / Spearman ↙", "@")));
    for (NodeResult n : c.nodes()) cols.add(new SheetPlan.Column(n.code(), n.name(), "0.000").withColourScale());
    List<List<Object>> rows = new ArrayList<>();
    for (String year : c.pearson().keySet()) {
      double[][] p = c.pearson().get(year), s = c.spearman().get(year);
      for (int i = 0; i < c.nodes().size(); i++) {
        List<Object> row = new ArrayList<>(List.of(year, c.nodes().get(i).name()));
        for (int j = 0; j < c.nodes().size(); j++) row.add(SheetPlans.finite(i == j ? 1.0 : j > i ? p[i][j] : s[i][j]));
        rows.add(row);
      }
    }
    return new SheetPlan("Node correlations", cols, rows);
  }
}
