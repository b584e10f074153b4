package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.analysis.SpatialAutocorrelation;
import org.indexkit.core.IndexResult;

/** The Moran sheet, per year: the global statistics, then each entity's local I and LISA quadrant. */
final class MoranSheet {
  private MoranSheet() {}

  static SheetPlan of(IndexResult r, SpatialAutocorrelation.Result m) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("year", "Year", "@"), new SheetPlan.Column("what", "Statistic or entity", "@"),
        new SheetPlan.Column("value", "Value / local I", "0.000000"), new SheetPlan.Column("score", m.node().name(), "0.0000"),
        new SheetPlan.Column("quadrant", "LISA quadrant", "@"));
    List<List<Object>> rows = new ArrayList<>();
    for (var s : m.segments()) {
      var g = s.moran();
      for (Object[] stat : new Object[][] {{"Moran's I", g.i()}, {"E[I]", g.expected()}, {"Var[I] (normality)", g.varianceNormal()},
          {"z (normality)", g.zNormal()}, {"Var[I] (randomisation)", g.varianceRandom()}, {"z (randomisation)", g.zRandom()},
          {"p (permutations)", g.permutationP()}, {"Geary's C", g.geary()}})
        rows.add(Arrays.asList(s.segment(), stat[0], SheetPlans.finite((Double) stat[1]), null, null));
      for (int k = 0; k < s.rows().size(); k++) {
        int row = s.rows().get(k);
        rows.add(Arrays.asList(s.segment(), r.entities().get(row), g.local()[k], SheetPlans.finite(m.node().scores()[row]),
            s.islands().contains(r.entities().get(row)) ? "island" : g.quadrant()[k]));
      }
    }
    return new SheetPlan("Moran", cols, rows);
  }
}
