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
 * its mean score against the overall mean, the distribution of its ranks (best entity and rank, median rank, worst rank),
 * and how its entities fall into the composite's tiers: the count in each tier and the region's share of the tier (% of the
 * tier's entities in that year and league).
 */
public final class RegionalSummary implements Analysis {
  static final String KEY = "analyses.regions";
  private final int top;

  public RegionalSummary(int top) {
    this.top = top;
  }

  /**
   * One region of one year and league ({@code segment} "" for a cross-section); {@code tiers} label → count and
   * {@code tierShares} label → % of that tier's entities, both empty without tiers; the median rank of an even count is the
   * mean of the middle two.
   */
  public record Row(String segment, String region, int entities, int inTop, double mean, double overallMean, String best,
                    int bestRank, double medianRank, int worstRank, Map<String, Integer> tiers, Map<String, Double> tierShares) {}

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
      Map<String, Integer> tierSize = new LinkedHashMap<>();
      if (tier != null) seg.getValue().values().forEach(members -> members.forEach(i -> tierSize.merge(tier[i], 1, Integer::sum)));
      List<Row> block = new ArrayList<>();
      for (var reg : seg.getValue().entrySet()) {
        List<Integer> members = reg.getValue();
        int[] ranks = members.stream().mapToInt(i -> rank[i]).sorted().toArray();
        int best = members.stream().min(Comparator.comparingInt(i -> rank[i])).orElseThrow();
        Map<String, Integer> tiers = new LinkedHashMap<>();
        if (tier != null) for (int i : members) tiers.merge(tier[i], 1, Integer::sum);
        Map<String, Double> shares = new LinkedHashMap<>();
        tiers.forEach((label, count) -> shares.put(label, 100.0 * count / tierSize.get(label)));
        double median = KernelDensity.quantile(java.util.Arrays.stream(ranks).asDoubleStream().toArray(), 0.5);
        block.add(new Row(seg.getKey(), reg.getKey(), members.size(), (int) members.stream().filter(i -> rank[i] <= top).count(),
            members.stream().mapToDouble(i -> score[i]).average().orElseThrow(), overall, r.entities().get(best), rank[best], median,
            ranks[ranks.length - 1], tiers, shares));
      }
      block.sort(Comparator.comparingInt(Row::inTop).reversed().thenComparing(Comparator.comparingDouble(Row::mean).reversed()));
      rows.addAll(block);
    }
    return new Result(top, List.copyOf(rows), "regional summary by the Region column: entities, count in the composite's top " + top
        + " (ranks within year and league), mean score against the overall mean, best, median and worst rank, tier counts and each region's share of each tier", List.of());
  }
}
