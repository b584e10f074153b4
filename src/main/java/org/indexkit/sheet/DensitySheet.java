package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.analysis.KernelDensity;
import org.indexkit.core.IndexResult;

/** The Density sheet: the grid of scores and the density of each year at each point, with each year's bandwidth last. */
final class DensitySheet {
  private DensitySheet() {}

  static SheetPlan of(IndexResult r, KernelDensity.Result d) {
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(new SheetPlan.Column("x", d.node().name(), "0.0000")));
    for (String y : d.years()) cols.add(new SheetPlan.Column("f." + y, "Density " + y, "0.000000"));
    List<List<Object>> rows = new ArrayList<>();
    for (int k = 0; k < d.grid().length; k++) {
      List<Object> row = new ArrayList<>();
      row.add(d.grid()[k]);
      for (double[] f : d.density()) row.add(f[k]);
      rows.add(row);
    }
    List<Object> bw = new ArrayList<>();
    bw.add("bandwidth");
    for (double h : d.bandwidth()) bw.add(h);
    rows.add(bw);
    List<Integer> years = java.util.stream.IntStream.rangeClosed(1, d.years().size()).boxed().toList();
    return new SheetPlan("Density", cols, rows, 1, new SheetPlan.Chart("line", "Kernel density of " + d.node().name(), 0, years, 0,
        d.grid().length, List.of()));
  }
}
