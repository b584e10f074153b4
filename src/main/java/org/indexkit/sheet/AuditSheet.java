package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.core.IndexResult;

/** The Audit sheet: warnings, what the run did to cells (dropped, imputed, substituted, treated), what the reader did to input cells, and the statistical audit's checks. */
final class AuditSheet {
  private AuditSheet() {}

  /** Warnings and what the reader did to input cells; imputed and treated cells join them when those steps exist. */
  static SheetPlan of(IndexResult r, RunContext run) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("kind", "Kind", "@"), new SheetPlan.Column("message", "Message", "@"));
    List<List<Object>> rows = new ArrayList<>();
    for (String w : r.warnings()) rows.add(Arrays.asList("Warning", w));
    for (var a : r.audit()) rows.add(Arrays.asList(a.kind().label(), a.message()));
    if (run != null) for (String n : run.notes()) rows.add(Arrays.asList("Input cell", n));
    if (r.statistics() != null) {
      for (var d : r.statistics().dimensions())
        rows.add(Arrays.asList("Dimension", String.format(java.util.Locale.ROOT, "\"%s\" (%d indicators): Cronbach's alpha %.3f, "
            + "first principal component %.1f%% of the variance", d.code(), d.indicators(), d.cronbachAlpha(), 100 * d.firstComponentShare())));
      for (String f : r.statistics().flags()) rows.add(Arrays.asList("Check", f));
    }
    if (rows.isEmpty()) rows.add(Arrays.asList("Note", "No warnings: every indicator varied, every weight was complete."));
    return new SheetPlan("Audit", cols, rows);
  }

}
