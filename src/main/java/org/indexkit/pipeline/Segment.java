package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Table;

/**
 * Rows scored on their own: one year of a panel, one league (Group) when the recipe asks for
 * leagues, or simply all rows. Normalisation statistics, rescaling, ranks and tiers are all taken
 * within a segment (seed 003: mini-hubs "单独排名", each with its own 60–100 scale).
 *
 * @param year null when the table has no Year column
 * @param league "" when there are no leagues
 */
record Segment(Integer year, String league, int[] rows) {

  static List<Segment> of(Table table, boolean leagues) {
    if (table.years() == null && (!leagues || table.groups() == null)) // one segment, every row in order
      return List.of(new Segment(null, "", java.util.stream.IntStream.range(0, table.rows()).toArray()));
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    Map<String, Segment> proto = new LinkedHashMap<>();
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) order.add(r);
    if (table.years() != null) order.sort((a, b) -> Integer.compare(table.years().get(a), table.years().get(b)));
    for (int r : order) {
      Integer year = table.years() == null ? null : table.years().get(r);
      String league = leagues ? table.groupOf(r) : "";
      String key = year + "\u0000" + league;
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      if (!proto.containsKey(key)) proto.put(key, new Segment(year, league, null));
    }
    List<Segment> out = new ArrayList<>();
    byKey.forEach((key, rows) -> out.add(new Segment(proto.get(key).year, proto.get(key).league,
        rows.stream().mapToInt(Integer::intValue).toArray())));
    return out;
  }

  /**
   * A panel's rows pooled over its years, per league when the recipe asks for leagues (year null), rows by year: what
   * {@code panel = pooled} normalises, weighs and aggregates as one table.
   */
  static List<Segment> pooled(Table table, boolean leagues) {
    List<Segment> out = new ArrayList<>();
    Map<String, List<Integer>> byLeague = new LinkedHashMap<>();
    for (Segment s : of(table, leagues)) for (int r : s.rows) byLeague.computeIfAbsent(s.league, k -> new ArrayList<>()).add(r);
    byLeague.forEach((league, rows) -> out.add(new Segment(null, league, rows.stream().mapToInt(Integer::intValue).toArray())));
    return out;
  }

  /** Each of {@code parts} (segments whose rows are all in this one) as positions within this segment's rows. */
  int[][] positionsOf(List<Segment> parts) {
    Map<Integer, Integer> at = new java.util.HashMap<>();
    for (int i = 0; i < rows.length; i++) at.put(rows[i], i);
    return parts.stream().map(p -> java.util.Arrays.stream(p.rows).map(at::get).toArray()).toArray(int[][]::new);
  }

  /** "mini-hub 2023", "2023", "mini-hub", or "all" for the whole table: names the segment in output. */
  String label() {
    String l = ((league.isEmpty() ? "" : league) + (year == null ? "" : " " + year)).trim();
    return l.isEmpty() ? "all" : l;
  }

  /** " (league mini-hub, 2023)" or "" — appended to messages that concern one segment. */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (!league.isEmpty()) parts.add("league \"" + league + "\"");
    if (year != null) parts.add("year " + year);
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  double[] pick(double[] full) {
    if (year == null && rows.length == full.length) return full.clone(); // the whole table, rows in order
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) out[i] = full[rows[i]];
    return out;
  }
}
