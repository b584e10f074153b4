package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeWeight;

/** The robustness check's sheets: Sensitivity (rank intervals), its runs and notes, Sobol indices, indicator importance. */
public final class SensitivitySheets {
  private SensitivitySheets() {}

  /** The width of an entity's 5–95 % rank interval: what its rank-interval bar draws from the 5th percentile. */
  static final String INTERVAL = "5–95 % interval width";

  /**
   * The uncertainty analysis as two sheets: per entity the nominal rank, median, 5–95 % interval and its width, mean
   * absolute shift and the probability of keeping its tier and stars, with a rank-interval chart of the top rows (a bar
   * from the 5th to the 95th percentile rank per entity, in nominal-rank order); and every run's sampled parameters.
   */
  public static List<SheetPlan> sensitivity(IndexResult nominal, org.indexkit.analysis.UncertaintyAnalysis.Result u) {
    List<SheetPlan.Column> cols = new ArrayList<>(SheetPlans.idColumns(nominal));
    for (String[] c : new String[][] {{"rank", "Nominal rank", "0"}, {"median", "Median rank", "0.0"}, {"p5", "5th percentile rank", "0.0"},
        {"p95", "95th percentile rank", "0.0"}, {"width", INTERVAL, "0.0"}, {"shift", "Mean |rank shift|", "0.00"}, {"keepTier", "P(keeps tier)", "0.0%"},
        {"keepStars", "P(keeps stars)", "0.0%"}})
      cols.add(new SheetPlan.Column(c[0], c[1], c[2]));
    List<List<Object>> rows = new ArrayList<>();
    for (int row : SheetPlans.rowOrder(nominal)) {
      List<Object> cells = SheetPlans.idCells(nominal, row);
      cells.addAll(Arrays.asList(u.nominalRank()[row], u.medianRank()[row], u.p5()[row], u.p95()[row], u.p95()[row] - u.p5()[row],
          u.meanAbsShift()[row],
          SheetPlans.finite(u.keepTier()[row]), SheetPlans.finite(u.keepStars()[row])));
      rows.add(cells);
    }
    List<SheetPlan.Column> runCols = new ArrayList<>(List.of(new SheetPlan.Column("run", "Run", "0"),
        new SheetPlan.Column("normalisation", "Normalisation", "@"), new SheetPlan.Column("aggregation", "Aggregation", "@"),
        new SheetPlan.Column("excluded", "Indicator left out", "@")));
    List<String> codes = nominal.weights().stream().map(org.indexkit.core.NodeWeight::code).distinct().toList();
    for (String code : codes) runCols.add(new SheetPlan.Column("w." + code, "w " + code, "0.0000"));
    List<List<Object>> runRows = new ArrayList<>();
    for (var run : u.runs()) {
      List<Object> cells = new ArrayList<>(Arrays.asList(run.index(), run.normalisation(), run.aggregation(), run.excluded()));
      cells.addAll(run.localWeights());
      runRows.add(cells);
    }
    List<String> keys = cols.stream().map(SheetPlan.Column::key).toList();
    int charted = Math.min(SheetPlans.CHART_ROWS, rows.size()); // the top rows by nominal rank, 1 on top
    var chart = new SheetPlan.Chart("interval", "Rank 5–95 % intervals — top " + charted, 0, List.of(keys.indexOf("p5"),
        keys.indexOf("width")), 0, charted, List.of());
    List<SheetPlan> out = new ArrayList<>(List.of(SheetPlans.sized(new SheetPlan("Sensitivity", cols, rows, 1, chart)),
        SheetPlans.sized(new SheetPlan("Sensitivity runs", runCols, runRows))));
    if (!u.warnings().isEmpty()) { // an input that changed nothing must be said where the intervals are read
      List<List<Object>> notes = new ArrayList<>();
      for (String w : u.warnings()) notes.add(Arrays.asList("Warning", w));
      out.add(SheetPlans.sized(new SheetPlan("Sensitivity notes", List.of(new SheetPlan.Column("kind", "Kind", "@"),
          new SheetPlan.Column("note", "Note", "@")), notes)));
    }
    return out;
  }

  /** Sobol indices of the mean absolute rank shift per uncertain input, with 95 % bootstrap intervals. */
  public static SheetPlan sensitivityIndices(List<String> inputs, org.indexkit.method.uncertainty.SobolIndices.Result s) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("input", "Uncertain input", "@"),
        new SheetPlan.Column("S", "First-order S", "0.000"), new SheetPlan.Column("S.lo", "S 2.5%", "0.000"),
        new SheetPlan.Column("S.hi", "S 97.5%", "0.000"), new SheetPlan.Column("ST", "Total ST", "0.000"),
        new SheetPlan.Column("ST.lo", "ST 2.5%", "0.000"), new SheetPlan.Column("ST.hi", "ST 97.5%", "0.000"));
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++)
      rows.add(Arrays.asList(inputs.get(i), s.first()[i], s.firstInterval()[i][0], s.firstInterval()[i][1], s.total()[i],
          s.totalInterval()[i][0], s.totalInterval()[i][1]));
    return SheetPlans.sized(new SheetPlan("Sensitivity indices", cols, rows));
  }

  /** Leave-one-out importance: mean absolute rank shift when each indicator is removed on its own. */
  public static SheetPlan importance(Map<String, Double> shift) {
    List<List<Object>> rows = new ArrayList<>();
    shift.forEach((code, v) -> rows.add(Arrays.asList(code, v)));
    return SheetPlans.sized(new SheetPlan("Indicator importance", List.of(new SheetPlan.Column("code", "Indicator left out", "@"),
        new SheetPlan.Column("shift", "Mean |rank shift|", "0.00")), rows));
  }
}
