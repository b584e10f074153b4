package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.indexkit.core.IndexResult;

/**
 * A panel's composite over time, per entity (and league): the score and rank of each year, the change from its first
 * to its last year, and the compound annual growth rate with the time span as exponent, COINr's {@code CAGR}
 * ({@code R/trends.R}): CAGR = (y_last / y_first)^(1 / (t_last − t_first)) − 1 — not the number of observations, so a
 * gap year does not change it. Undefined (null, with the reason) for one year only, or a first score ≤ 0 or a last
 * score &lt; 0, where the power has no meaning.
 */
public final class Trends {
  private Trends() {}

  /**
   * @param years every year of the panel, ascending
   * @param scores, ranks per year (null where the entity has no row that year)
   * @param change last score − first score; @param cagr null when undefined ({@code note} says why)
   */
  public record Row(String entity, String group, Double[] scores, Integer[] ranks, double change, Double cagr, String note) {}

  public record Result(List<Integer> years, List<Row> rows) {}

  public static Result of(IndexResult r) {
    if (!r.isPanel()) throw new IllegalArgumentException("trends need a panel (a Year column)");
    List<Integer> years = new ArrayList<>(new TreeSet<>(r.years()));
    boolean leagues = r.provenance().recipe().leagues() && r.groups() != null;
    Map<List<String>, int[]> rowsOf = new LinkedHashMap<>(); // entity (and league) → table row per year, −1 = absent
    for (int i = 0; i < r.entities().size(); i++) {
      List<String> key = List.of(r.entities().get(i), leagues ? String.valueOf(r.groups().get(i)) : "");
      int[] byYear = rowsOf.computeIfAbsent(key, k -> {
        int[] a = new int[years.size()];
        java.util.Arrays.fill(a, -1);
        return a;
      });
      byYear[years.indexOf(r.years().get(i))] = i;
    }
    double[] score = r.composite().scores();
    int[] rank = r.composite().ranks();
    List<Row> out = new ArrayList<>();
    for (var e : rowsOf.entrySet()) {
      int[] at = e.getValue();
      Double[] s = new Double[years.size()];
      Integer[] k = new Integer[years.size()];
      int first = -1, last = -1;
      for (int y = 0; y < years.size(); y++) {
        if (at[y] < 0) continue;
        s[y] = score[at[y]];
        k[y] = rank[at[y]];
        if (first < 0) first = y;
        last = y;
      }
      String group = r.groups() == null ? null : r.groups().get(at[first]);
      double change = s[last] - s[first];
      String note = null;
      Double cagr = null;
      if (first == last) note = "one year only: no growth rate";
      else if (!(s[first] > 0) || s[last] < 0) note = "CAGR undefined for a first score ≤ 0 or a last score < 0";
      else cagr = cagr(s[first], s[last], years.get(last) - years.get(first));
      out.add(new Row(e.getKey().get(0), group, s, k, change, cagr, note));
    }
    return new Result(List.copyOf(years), List.copyOf(out));
  }

  /** (last / first)^(1 / span) − 1. */
  public static double cagr(double first, double last, double span) {
    return Math.pow(last / first, 1 / span) - 1;
  }
}
