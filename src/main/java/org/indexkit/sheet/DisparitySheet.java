package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.analysis.RegionalDisparity;
import org.indexkit.core.IndexResult;

/**
 * The Disparity sheet, per year: the Gini G and its Dagum parts (Gw within, Gnb net between, Gt transvariation, with their
 * shares of G), each region's Gjj, each pair's Gjh and Djh, then Theil's T and its within and between parts (and the same
 * population-weighted, when the recipe names a population column).
 */
final class DisparitySheet {
  private DisparitySheet() {}

  static SheetPlan of(IndexResult r, RegionalDisparity.Result d) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("year", "Year", "@"), new SheetPlan.Column("measure", "Measure", "@"),
        new SheetPlan.Column("of", "Region(s)", "@"), new SheetPlan.Column("value", "Value", "0.000000"),
        new SheetPlan.Column("share", "Share of G %", "0.00"), new SheetPlan.Column("d", "Djh", "0.000000"));
    List<List<Object>> rows = new ArrayList<>();
    for (var s : d.segments()) {
      var g = s.dagum();
      double[] c = g.contributions();
      rows.add(Arrays.asList(s.segment(), "Gini G", "all", g.gini(), 100.0, null));
      rows.add(Arrays.asList(s.segment(), "Gw (within regions)", "all", g.gw(), c[0], null));
      rows.add(Arrays.asList(s.segment(), "Gnb (net between regions)", "all", g.gnb(), c[1], null));
      rows.add(Arrays.asList(s.segment(), "Gt (transvariation)", "all", g.gt(), c[2], null));
      for (int j = 0; j < g.groups().size(); j++) rows.add(Arrays.asList(s.segment(), "Gjj (within)", g.groups().get(j), g.within()[j], null, null));
      for (var p : g.pairs()) rows.add(Arrays.asList(s.segment(), "Gjh (between)", p.richer() + " – " + p.poorer(), p.gini(), null, p.affluence()));
      rows.add(Arrays.asList(s.segment(), "Theil T", "all", s.theil().t(), null, null));
      rows.add(Arrays.asList(s.segment(), "Theil within", "all", s.theil().within(), null, null));
      rows.add(Arrays.asList(s.segment(), "Theil between", "all", s.theil().between(), null, null));
      if (s.weightedTheil() == null) continue;
      rows.add(Arrays.asList(s.segment(), "Theil T (population-weighted)", "all", s.weightedTheil().t(), null, null));
      rows.add(Arrays.asList(s.segment(), "Theil within (population-weighted)", "all", s.weightedTheil().within(), null, null));
      rows.add(Arrays.asList(s.segment(), "Theil between (population-weighted)", "all", s.weightedTheil().between(), null, null));
    }
    return new SheetPlan("Disparity", cols, rows);
  }
}
