package org.indexkit.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rank change against the previous year of a panel: previous rank − this rank, so a positive
 * number is a climb (seed 003 表3: "change_vs_2022 = 2022 − 2023", shown as ↑). Null where the
 * entity was not ranked the year before (seed 003 "无数据") or in the first year; ranks are only
 * compared within the same league.
 */
final class PanelChanges {
  private PanelChanges() {}

  static Integer[] of(List<String> entities, List<Integer> years, List<String> leagues, int[] ranks) {
    TreeSet<Integer> distinct = new TreeSet<>(years);
    Map<String, Integer> rankAt = new HashMap<>();
    for (int r = 0; r < ranks.length; r++) rankAt.put(key(entities.get(r), years.get(r), leagues.get(r)), ranks[r]);
    Integer[] change = new Integer[ranks.length];
    for (int r = 0; r < ranks.length; r++) {
      Integer prevYear = distinct.lower(years.get(r));
      if (prevYear == null) continue;
      Integer prev = rankAt.get(key(entities.get(r), prevYear, leagues.get(r)));
      if (prev != null && prev > 0 && ranks[r] > 0) change[r] = prev - ranks[r]; // 0 = not ranked (a missing value)
    }
    return change;
  }

  private static String key(String entity, int year, String league) {
    return entity.trim() + "\u0000" + year + "\u0000" + league;
  }
}
