package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.indexkit.analysis.RegionalSummary;
import org.indexkit.core.IndexResult;

/** The Regions sheet: per year (and league) and region, entities, count in the top N, mean against the overall mean, ranks, tiers. */
final class RegionsSheet {
  private RegionsSheet() {}

  static SheetPlan of(IndexResult r, RegionalSummary.Result s) {
    String format = SheetPlans.scoreFormat(r.composite().scores());
    List<SheetPlan.Column> cols = new ArrayList<>();
    boolean segments = s.rows().stream().anyMatch(x -> !x.segment().isEmpty());
    if (segments) cols.add(new SheetPlan.Column("segment", r.isPanel() ? "Year" : "League", "@"));
    cols.addAll(List.of(new SheetPlan.Column("region", "Region", "@"), new SheetPlan.Column("entities", "Entities", "0"),
        new SheetPlan.Column("top", "In the top " + s.top(), "0"), new SheetPlan.Column("mean", "Mean score", format).withColourScale(),
        new SheetPlan.Column("vs", "Mean − overall mean", format), new SheetPlan.Column("best", "Best entity", "@"),
        new SheetPlan.Column("bestRank", "Its rank", "0"), new SheetPlan.Column("medianRank", "Median rank", "0.#"),
        new SheetPlan.Column("worstRank", "Worst rank", "0")));
    Set<String> tiers = new LinkedHashSet<>();
    s.rows().forEach(x -> tiers.addAll(x.tiers().keySet()));
    for (String t : tiers) cols.add(new SheetPlan.Column("tier." + t, t, "0"));
    for (String t : tiers) cols.add(new SheetPlan.Column("share." + t, "% of " + t, "0.0"));
    List<List<Object>> rows = new ArrayList<>();
    for (RegionalSummary.Row x : s.rows()) {
      List<Object> cells = new ArrayList<>();
      if (segments) cells.add(x.segment());
      cells.addAll(List.of(x.region(), x.entities(), x.inTop(), x.mean(), x.mean() - x.overallMean(), x.best(), x.bestRank(), x.medianRank(),
          x.worstRank()));
      for (String t : tiers) cells.add(x.tiers().getOrDefault(t, 0));
      for (String t : tiers) cells.add(x.tierShares().getOrDefault(t, 0.0));
      rows.add(cells);
    }
    int shown = Math.min(SheetPlans.CHART_ROWS, rows.size());
    int topColumn = segments ? 3 : 2;
    return new SheetPlan("Regions", cols, rows, 1, new SheetPlan.Chart("bar", "Entities in the top " + s.top() + " by region",
        segments ? 1 : 0, topColumn, shown));
  }
}
