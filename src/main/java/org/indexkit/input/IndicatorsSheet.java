package org.indexkit.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.indexkit.core.Direction;
import org.indexkit.core.Indicator;
import org.indexkit.core.JudgementMatrix;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.StepChoice;
import java.util.function.UnaryOperator;
import org.indexkit.core.Problems;
import org.indexkit.core.TableLayout;
import org.indexkit.core.Transform;

/**
 * Reads an indicator tree laid out as the {@code Indicators} sheet (from the sheet or CSV): one row per node,
 * {@code Code | Name | Name (zh) | Parent | Weight | Direction | Transform | Target | Unit | Source | Type | Aggregation | Judgements |
 * Lower | Upper}
 * (only Code and Parent are required; column order is free). Weights may be written as fractions
 * ("2/15") or percentages ("35%").
 */
public final class IndicatorsSheet {
  private IndicatorsSheet() {}

  /** From CSV text laid out like the sheet. */
  public static IndicatorTree readCsv(String fileName, String text, UnaryOperator<StepChoice> aggregation) {
    List<List<Object>> rows = new ArrayList<>();
    for (List<String> r : Csv.parse(text)) rows.add(new ArrayList<>(r));
    return read(fileName, rows, aggregation);
  }

  /**
   * @param aggregation checks a node's Aggregation cell against the method registry (which sits above this reader)
   *     and gives the choice a run uses; its exception's message is reported at the cell
   */
  public static IndicatorTree read(String fileName, List<List<Object>> rows, UnaryOperator<StepChoice> aggregation) {
    if (rows.isEmpty()) throw new InvalidInputException(Problem.of("empty", fileName + " is empty"));
    Map<String, Integer> col = new HashMap<>();
    List<String> header = rows.get(0).stream().map(SheetCell::text).toList();
    for (int c = 0; c < header.size(); c++) col.putIfAbsent(header.get(c).trim().toLowerCase(Locale.ROOT), c);
    Problems problems = new Problems();
    for (String required : List.of("code", "parent"))
      if (!col.containsKey(required))
        problems.add(Problem.of("tree-header", fileName + " needs a \"" + required.substring(0, 1).toUpperCase(Locale.ROOT)
            + required.substring(1) + "\" column; found " + header));
    problems.throwIfAny();
    List<Indicator> nodes = new ArrayList<>();
    Map<String, String> judgementCells = new HashMap<>();
    for (int r = 1; r < rows.size(); r++) {
      List<Object> cells = rows.get(r);
      if (DataSheet.blank(cells)) continue;
      List<String> row = cells.stream().map(SheetCell::text).toList();
      final int rowIndex = r;
      java.util.function.Function<String, String> get = name -> {
        Integer c = col.get(name);
        return c == null || c >= row.size() ? null : row.get(c).trim();
      };
      java.util.function.Function<String, String> cell = name -> TableLayout.address(fileName, rowIndex, col.get(name));
      try {
        Double weight = null;
        String w = get.apply("weight");
        Integer wc = col.get("weight");
        Object wCell = wc == null || wc >= cells.size() ? null : cells.get(wc);
        if (wCell instanceof SheetCell.Percent p) weight = p.value();
        else if (wCell instanceof Double d) weight = d;
        else if (w != null && !w.isEmpty()) {
          try { weight = parseWeight(w); }
          catch (IllegalArgumentException e) { problems.add(Problem.of("weight", e.getMessage()).withCell(cell.apply("weight"))); continue; }
        }
        Direction dir;
        try { dir = Direction.parse(get.apply("direction")); }
        catch (IllegalArgumentException e) { problems.add(Problem.of("direction", e.getMessage()).withCell(cell.apply("direction"))); continue; }
        Transform tr;
        try { tr = Transform.parse(get.apply("transform")); }
        catch (IllegalArgumentException e) { problems.add(Problem.of("transform", e.getMessage()).withCell(cell.apply("transform"))); continue; }
        Double[] posts = new Double[3]; // Target, Lower, Upper: numbers in raw units
        List<String> postColumns = List.of("target", "lower", "upper");
        boolean bad = false;
        for (int k = 0; k < 3 && !bad; k++) {
          String t = get.apply(postColumns.get(k));
          if (t == null || t.isEmpty()) continue;
          try { posts[k] = CellText.parse(t); }
          catch (IllegalArgumentException e) {
            problems.add(Problem.of(postColumns.get(k), e.getMessage()).withCell(cell.apply(postColumns.get(k))));
            bad = true;
          }
        }
        if (bad) continue;
        if (posts[1] != null && posts[2] != null && !(posts[2] > posts[1])) {
          problems.add(Problem.of("upper", "goalposts need Upper > Lower, got Lower " + posts[1] + " and Upper " + posts[2])
              .withCell(cell.apply("upper")));
          continue;
        }
        StepChoice own = null;
        String agg = get.apply("aggregation");
        if (agg != null && !agg.isEmpty()) {
          try { own = aggregation.apply(StepChoice.of(agg)); }
          catch (IllegalArgumentException | InvalidInputException e) {
            problems.add(Problem.of("aggregation", e instanceof InvalidInputException i ? i.problems().get(0).message() : e.getMessage())
                .withCell(cell.apply("aggregation")));
            continue;
          }
        }
        String code = get.apply("code");
        if (code == null || code.isEmpty()) {
          problems.add(Problem.of("code", "this row has no Code").withCell(cell.apply("code")));
          continue;
        }
        nodes.add(new Indicator(code, get.apply("name"), get.apply("name (zh)"), get.apply("parent"), weight, dir, tr,
            posts[0], get.apply("unit"), get.apply("source"), get.apply("type"), own, get.apply("judgements"), posts[1], posts[2]));
        if (col.containsKey("judgements")) judgementCells.put(code, cell.apply("judgements"));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of("indicator", e.getMessage()).withCell(TableLayout.address(fileName, r, 0)));
      }
    }
    problems.throwIfAny();
    IndicatorTree tree = new IndicatorTree(nodes);
    for (Indicator n : tree.nodes()) {
      if (n.judgements() == null) continue;
      try {
        JudgementMatrix.parseExperts(n.judgements(), tree.children(n.code()));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.of("judgements", "the judgements of \"" + n.code() + "\": " + e.getMessage()).withCell(judgementCells.get(n.code())));
      }
    }
    problems.throwIfAny();
    return tree;
  }

  /** "0.35", "35%", "2/15". */
  static double parseWeight(String text) {
    String t = text.trim();
    if (t.endsWith("%")) return CellText.parse(t); // 35% → 0.35 exactly
    int slash = t.indexOf('/');
    if (slash > 0) {
      double num = CellText.parse(t.substring(0, slash));
      double den = CellText.parse(t.substring(slash + 1));
      if (!(den > 0)) throw new IllegalArgumentException("weight \"" + text + "\" divides by zero");
      return num / den;
    }
    double v = CellText.parse(t);
    if (Double.isNaN(v)) throw new IllegalArgumentException("weight \"" + text + "\" is not a number");
    return v;
  }
}
