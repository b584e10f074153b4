package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/**
 * The Scores sheet: every node's score per entity (VIKOR's S, R, Q beside its score), rows in league-table order, a bar chart
 * of the top 30; the columns below the dimensions are outlined under their parents, so indicators can be collapsed.
 */
final class ScoresSheet {
  private ScoresSheet() {}

  static SheetPlan of(IndexResult r, int[] order) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    int compositeColumn = cols.size();
    for (NodeResult n : r.nodes()) {
      int outline = n.depth() - 1; // the composite and its dimensions stay out; each level below folds under its parent
      String band = level(n, r);
      cols.add(new SheetPlan.Column(n.code(), n.name(), SheetPlans.scoreFormat(n.scores())).withColourScale().withOutline(outline).withBand(band));
      if (n.details() != null) n.details().keySet().forEach(k -> cols.add(new SheetPlan.Column(n.code() + "." + k, n.name() + " · " + k,
          "0.0000").withOutline(outline).withBand(band)));
    }
    cols.replaceAll(c -> c.band() == null ? c.withBand("") : c); // the entity columns under an empty band
    List<List<Object>> rows = new ArrayList<>();
    for (int row : order) {
      List<Object> cells = SheetPlans.idCells(r, row);
      for (NodeResult n : r.nodes()) {
        cells.add(SheetPlans.finite(n.scores()[row])); // a missing value left by impute = available: an empty cell
        if (n.details() != null) n.details().values().forEach(v -> cells.add(v[row]));
      }
      rows.add(cells);
    }
    var chart = new SheetPlan.Chart("bar", r.composite().name() + " — top " + Math.min(SheetPlans.CHART_ROWS, rows.size()),
        0, compositeColumn, Math.min(SheetPlans.CHART_ROWS, rows.size()));
    return new SheetPlan("Scores", cols, rows, 1, chart);
  }

  /** The band over a node's column: the index, a dimension (under the index), a sub-dimension, an indicator, a type's sub-score. */
  static String level(NodeResult n, IndexResult r) {
    if (n.parent() == null) return n == r.composite() ? INDEX : SUB_SCORE;
    if (n.leaf()) return INDICATOR;
    return n.depth() == 1 ? DIMENSION : SUB_DIMENSION;
  }

  static final String INDEX = "Index", DIMENSION = "Dimension", SUB_DIMENSION = "Sub-dimension", INDICATOR = "Indicator",
      SUB_SCORE = "Sub-score";

}
