package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.analysis.BuildComparison;
import org.indexkit.core.IndexResult;

/** The Compare sheet: per entity both builds' composites and ranks and the shifts, then Spearman ρ and Kendall τ-b. */
final class CompareSheet {
  private CompareSheet() {}

  static SheetPlan of(IndexResult r, BuildComparison.Result c) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    int ids = cols.size();
    String f = SheetPlans.scoreFormat(r.composite().scores());
    cols.addAll(List.of(new SheetPlan.Column("this", "This build", f), new SheetPlan.Column("other", "Other build: " + c.description(), f),
        new SheetPlan.Column("shift", "Shift (other − this)", f).withColourScale(), new SheetPlan.Column("rank", "This rank", "0"),
        new SheetPlan.Column("otherRank", "Other rank", "0"), new SheetPlan.Column("rankShift", "Rank shift (+ = up)", "+0;-0;0")));
    List<List<Object>> rows = new ArrayList<>();
    double[] a = r.composite().scores();
    int[] ra = r.composite().ranks();
    for (int row : SheetPlans.rowOrder(r)) {
      List<Object> cells = SheetPlans.idCells(r, row);
      cells.addAll(Arrays.asList(SheetPlans.finite(a[row]), SheetPlans.finite(c.other()[row]), SheetPlans.finite(c.other()[row] - a[row]),
          ra[row], c.otherRanks()[row], ra[row] - c.otherRanks()[row]));
      rows.add(cells);
    }
    for (Object[] stat : new Object[][] {{"Spearman ρ", c.spearman()}, {"Kendall τ-b", c.kendall()}}) {
      List<Object> cells = new ArrayList<>(Arrays.asList(new Object[cols.size()]));
      cells.set(0, stat[0]);
      cells.set(ids + 2, SheetPlans.finite((Double) stat[1]));
      rows.add(cells);
    }
    return new SheetPlan("Compare", cols, rows);
  }
}
