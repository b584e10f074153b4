package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.core.AhpReport;
import org.indexkit.core.IndexResult;
import org.indexkit.method.weight.AhpPriorities;

/**
 * The AHP sheet: one block per judged node and expert (and the experts' combination), each row a child with its
 * priority and its row of the judgement matrix; the block's first row has λmax, CI, RI, CR and the verdict; the last
 * row the consistency of the whole hierarchy.
 */
final class AhpSheet {
  private AhpSheet() {}

  static SheetPlan of(IndexResult r) {
    AhpReport ahp = r.ahp();
    int width = ahp.blocks().stream().mapToInt(b -> b.children().size()).max().orElse(0);
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(
        new SheetPlan.Column("node", "Node", "@"), new SheetPlan.Column("matrix", "Matrix", "@"),
        new SheetPlan.Column("child", "Child", "@"), new SheetPlan.Column("weight", "Priority (local weight)", "0.0000"),
        new SheetPlan.Column("lambda", "λmax", "0.0000"), new SheetPlan.Column("ci", "CI", "0.0000"),
        new SheetPlan.Column("ri", "RI", "0.00"), new SheetPlan.Column("cr", "CR", "0.0000"),
        new SheetPlan.Column("verdict", "Consistency", "@")));
    for (int j = 0; j < width; j++) cols.add(new SheetPlan.Column("vs" + (j + 1), "vs child " + (j + 1), "0.000"));
    List<List<Object>> rows = new ArrayList<>();
    for (AhpReport.Block b : ahp.blocks())
      for (int i = 0; i < b.children().size(); i++) {
        boolean first = i == 0;
        List<Object> row = new ArrayList<>(Arrays.asList(b.node(), b.expert() == null ? "judgements" : b.expert(),
            (i + 1) + ". " + b.children().get(i), b.weights()[i],
            first ? b.lambdaMax() : null, first ? b.ci() : null, first ? b.ri() : null, first ? b.cr() : null,
            first ? nodeVerdict(b.cr(), b.children().size()) : null));
        for (int j = 0; j < width; j++) row.add(b.matrix() != null && j < b.children().size() ? b.matrix()[i][j] : null);
        rows.add(row);
      }
    List<Object> total = new ArrayList<>(Arrays.asList("Whole hierarchy", "Σ w·CI / Σ w·RI", null, null, null, null, null,
        ahp.totalCr(), verdict(ahp.totalCr(), "a node is beyond the RI table")));
    while (total.size() < cols.size()) total.add(null);
    rows.add(total);
    List<Object> how = new ArrayList<>(Arrays.asList("Method", ahp.method() + "; RI " + ahp.randomIndex()
        + (ahp.group() == null ? "" : "; experts: " + ahp.group())));
    while (how.size() < cols.size()) how.add(null);
    rows.add(how);
    return new SheetPlan("AHP", cols, rows);
  }

  private static String nodeVerdict(Double cr, int n) {
    return n <= 2 ? "consistent by definition (2 children)" : verdict(cr, "no RI for " + n + " children");
  }

  private static String verdict(Double cr, String whyUndefined) {
    if (cr == null) return "undefined (" + whyUndefined + ")";
    return cr < AhpPriorities.ACCEPTABLE_CR ? "acceptable (CR < 0.10)" : "not acceptable (CR ≥ 0.10): revise the judgements";
  }
}
