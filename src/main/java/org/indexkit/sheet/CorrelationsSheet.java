package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.IndexResult;

/** The Correlations sheet of the statistical audit: Pearson above the diagonal, Spearman below. */
final class CorrelationsSheet {
  private CorrelationsSheet() {}

  /** The indicators' correlation matrix: Pearson above the diagonal, Spearman below, with a colour scale. */
  static SheetPlan of(IndexResult r) {
    var st = r.statistics();
    List<String> codes = st.indicators().stream().map(org.indexkit.core.AuditReport.IndicatorRow::code).toList();
    List<SheetPlan.Column> cols = new ArrayList<>();
    cols.add(new SheetPlan.Column("indicator", "Pearson ↗ / Spearman ↙", "@"));
    for (String c : codes) cols.add(new SheetPlan.Column(c, c, "0.00").withColourScale());
    List<List<Object>> rows = new ArrayList<>();
    for (int a = 0; a < codes.size(); a++) {
      List<Object> row = new ArrayList<>();
      row.add(codes.get(a));
      for (int b = 0; b < codes.size(); b++) row.add(SheetPlans.finite(b >= a ? st.pearson()[a][b] : st.spearman()[a][b]));
      rows.add(row);
    }
    return new SheetPlan("Correlations", cols, rows);
  }

}
