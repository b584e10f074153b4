package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.analysis.Contributions;
import org.indexkit.analysis.ObstacleDegree;
import org.indexkit.analysis.StrengthsWeaknesses;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/**
 * The sheets that explain a score, rows in league-table order: Contributions (each indicator's w·x′, each dimension's sum
 * and share), Obstacles (each indicator's and dimension's obstacle degree in %, the top obstacles named) and Strengths
 * (the best- and worst-ranked indicators of each entity).
 */
final class ExplainSheets {
  private ExplainSheets() {}

  static SheetPlan contributions(IndexResult r, Contributions.Result c) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    cols.add(new SheetPlan.Column("score", r.composite().name(), SheetPlans.scoreFormat(r.composite().scores())));
    cols.add(new SheetPlan.Column("total", c.logarithmic() ? "Σ w·ln x′ (= ln score)" : c.exact() ? "Σ contributions (= score)"
        : "Σ contributions (weighted sum, approximate)", "0.0000"));
    for (NodeResult d : c.dimensions()) cols.add(new SheetPlan.Column("share." + d.code(), "Share % · " + d.name(), "0.00").withColourScale());
    for (NodeResult d : c.dimensions()) cols.add(new SheetPlan.Column("c." + d.code(), "c · " + d.name(), "0.0000"));
    int firstDimension = cols.size() - c.dimensions().size();
    List<Integer> leaves = ownLeaves(c.leaves(), c.dimensions());
    for (int l : leaves) cols.add(new SheetPlan.Column("c." + c.leaves().get(l).code(), "c · " + c.leaves().get(l).name(), "0.0000"));
    List<List<Object>> rows = new ArrayList<>();
    int[] order = SheetPlans.rowOrder(r);
    for (int row : order) {
      List<Object> cells = SheetPlans.idCells(r, row);
      cells.add(SheetPlans.finite(r.composite().scores()[row]));
      cells.add(c.total()[row]);
      for (double[] d : c.dimension()) cells.add(c.total()[row] == 0 ? null : 100 * d[row] / c.total()[row]);
      for (double[] d : c.dimension()) cells.add(d[row]);
      for (int l : leaves) cells.add(c.contribution()[l][row]);
      rows.add(cells);
    }
    if (c.dimensions().isEmpty()) return new SheetPlan("Contributions", cols, rows);
    int[] latest = SheetPlans.latestYear(r, order);
    int shown = Math.min(SheetPlans.CHART_ROWS, latest[1]);
    List<Integer> stacked = java.util.stream.IntStream.range(firstDimension, firstDimension + c.dimensions().size()).boxed().toList();
    return new SheetPlan("Contributions", cols, rows, 1, new SheetPlan.Chart("stacked-bar", "Contributions of the dimensions"
        + (c.logarithmic() ? " (w·ln x′)" : "") + " — top " + shown + SheetPlans.yearOf(r, order), 0, stacked, latest[0], shown, List.of()));
  }

  static SheetPlan obstacles(IndexResult r, ObstacleDegree.Result o) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    cols.add(new SheetPlan.Column("top", "Top obstacles", "@"));
    cols.add(new SheetPlan.Column("deviation", "Σ w·(1 − x′)", "0.0000"));
    for (NodeResult d : o.dimensions()) cols.add(new SheetPlan.Column("o." + d.code(), "Obstacle % · " + d.name(), "0.00").withColourScale());
    List<Integer> leaves = ownLeaves(o.leaves(), o.dimensions());
    for (int l : leaves) cols.add(new SheetPlan.Column("o." + o.leaves().get(l).code(), "Obstacle % · " + o.leaves().get(l).name(), "0.00"));
    List<List<Object>> rows = new ArrayList<>();
    for (int row : SheetPlans.rowOrder(r)) {
      List<Object> cells = SheetPlans.idCells(r, row);
      cells.add(o.topObstacles()[row]);
      cells.add(o.denominator()[row]);
      for (double[] d : o.dimension()) cells.add(d[row]);
      for (int l : leaves) cells.add(o.obstacle()[l][row]);
      rows.add(cells);
    }
    return new SheetPlan("Obstacles", cols, rows);
  }

  /** The positions of the leaves that are not dimensions too (a tree whose composite's children are its indicators). */
  private static List<Integer> ownLeaves(List<NodeResult> leaves, List<NodeResult> dimensions) {
    java.util.Set<String> shown = new java.util.HashSet<>();
    dimensions.forEach(d -> shown.add(d.code()));
    return java.util.stream.IntStream.range(0, leaves.size()).filter(l -> !shown.contains(leaves.get(l).code())).boxed().toList();
  }

  static SheetPlan strengths(IndexResult r, StrengthsWeaknesses.Result s) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    cols.add(new SheetPlan.Column("strengths", "Strengths (indicator, rank)", "@"));
    cols.add(new SheetPlan.Column("weaknesses", "Weaknesses (indicator, rank)", "@"));
    List<List<Object>> rows = new ArrayList<>();
    for (int row : SheetPlans.rowOrder(r)) {
      List<Object> cells = SheetPlans.idCells(r, row);
      cells.add(list(s.leaves(), s.strengths().get(row), row));
      cells.add(list(s.leaves(), s.weaknesses().get(row), row));
      rows.add(cells);
    }
    return new SheetPlan("Strengths", cols, rows);
  }

  private static String list(List<NodeResult> leaves, List<Integer> picked, int row) {
    return String.join("; ", picked.stream().map(l -> leaves.get(l).name() + " (" + leaves.get(l).ranks()[row] + ")").toList());
  }
}
