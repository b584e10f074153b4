package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;

/**
 * A result's rows by year, and by league when the recipe ranks leagues on their own: the groups within which analyses
 * compare entities, as the pipeline ranks them. Keys read "mini-hub 2023", "2023", "mini-hub", or "" for a cross-section.
 */
final class ResultSegments {
  private ResultSegments() {}

  /** @param leagues whether a league is a segment of its own (when the recipe asks for leagues) */
  static Map<String, List<Integer>> of(IndexResult r, boolean leagues) {
    boolean byLeague = leagues && r.provenance().recipe().leagues() && r.groups() != null;
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int i = 0; i < r.entities().size(); i++)
      out.computeIfAbsent(((byLeague ? r.groups().get(i) + " " : "") + (r.years() == null ? "" : r.years().get(i))).trim(),
          k -> new ArrayList<>()).add(i);
    return out;
  }

  /**
   * The rows of each segment by the Data's Region column ("(no region)" for a blank cell), regions in first-seen order.
   *
   * @param key the analysis's recipe key and @param purpose what needs the column, for the refusal without one
   */
  static Map<String, Map<String, List<Integer>>> byRegion(IndexResult r, boolean leagues, String key, String purpose) {
    if (r.regions() == null)
      throw new InvalidInputException(Problem.ofKey(key, key + ": " + purpose + " a Region column in the Data (Region, 区域, 地区 or 大区), "
          + "one region per entity"));
    Map<String, Map<String, List<Integer>>> out = new LinkedHashMap<>();
    for (var seg : of(r, leagues).entrySet())
      for (int i : seg.getValue()) {
        String region = r.regions().get(i) == null || r.regions().get(i).isBlank() ? "(no region)" : r.regions().get(i).trim();
        out.computeIfAbsent(seg.getKey(), k -> new LinkedHashMap<>()).computeIfAbsent(region, k -> new ArrayList<>()).add(i);
      }
    return out;
  }
}
