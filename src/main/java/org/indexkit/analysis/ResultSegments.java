package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;

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
}
