package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/**
 * Single-indicator champions (单项冠军): for every indicator, and every dimension, the entity ranked first in each year and
 * league (after direction; several when they tie), with its score there and its composite rank.
 */
public final class Champions implements Analysis {
  /** One node of one segment ({@code segment} "" for a cross-section): the first-ranked entities' rows. */
  public record Row(String segment, NodeResult node, List<Integer> rows) {}

  public record Result(List<Row> rows, String variant, List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    Map<String, List<Integer>> segments = ResultSegments.of(r, true);
    List<Row> out = new ArrayList<>();
    for (var seg : segments.entrySet())
      for (NodeResult n : r.nodes()) {
        if (n.code().equals(r.composite().code())) continue;
        out.add(new Row(seg.getKey(), n, seg.getValue().stream().filter(i -> n.ranks()[i] == 1).toList()));
      }
    return new Result(List.copyOf(out), "champions: the entity ranked first on each indicator and dimension (after direction; ties all "
        + "named), per year and league", List.of());
  }
}
