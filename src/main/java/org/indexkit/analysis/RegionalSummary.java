package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;

/**
 * Regions compared, per year (and league): from the Data's {@code Region} column (reporting only, never a league), each
 * region's number of entities, how many of them rank in the top N of the composite (the reports' "top 100 by region"),
 * its mean score against the overall mean, its best entity, and how its entities fall into the composite's tiers.
 */
public final class RegionalSummary implements Analysis {
  static final String KEY = "analyses.regions";
  private final int top;

  public RegionalSummary(int top) {
    this.top = top;
  }

  /** One region of one year and league ({@code segment} "" for a cross-section); {@code tiers} label → count, or empty. */
  public record Row(String segment, String region, int entities, int inTop, double mean, double overallMean, String best,
                    int bestRank, Map<String, Integer> tiers) {}

  public record Result(int top, List<Row> rows, String variant, List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    Map<String, Map<String, List<Integer>>> bySegment = ResultSegments.byRegion(r, true, KEY, "regional summaries need");
    double[] score = r.composite().scores();
    int[] rank = r.composite().ranks();
    String[] tier = r.composite().tiers() == null ? null : r.composite().tiers().labels();
    List<Row> rows = new ArrayList<>();
    for (var seg : bySegment.entrySet()) {
      double overall = seg.getValue().values().stream().flatMap(List::stream).mapToDouble(i -> score[i]).average().orElse(Double.NaN);
      List<Row> block = new ArrayList<>();
      for (var reg : seg.getValue().entrySet()) {
        List<Integer> members = reg.getValue();
        int best = members.stream().min(Comparator.comparingInt(i -> rank[i])).orElseThrow();
        Map<String, Integer> tiers = new LinkedHashMap<>();
        if (tier != null) for (int i : members) tiers.merge(tier[i], 1, Integer::sum);
        block.add(new Row(seg.getKey(), reg.getKey(), members.size(), (int) members.stream().filter(i -> rank[i] <= top).count(),
            members.stream().mapToDouble(i -> score[i]).average().orElseThrow(), overall, r.entities().get(best), rank[best], tiers));
      }
      block.sort(Comparator.comparingInt(Row::inTop).reversed().thenComparing(Comparator.comparingDouble(Row::mean).reversed()));
      rows.addAll(block);
    }
    return new Result(top, List.copyOf(rows), "regional summary by the Region column: entities, count in the composite's top " + top
        + " (ranks within year and league), mean score against the overall mean, best entity, tier counts", List.of());
  }
}
