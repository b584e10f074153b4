package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/**
 * Development-mode profiles (GIHI 2023 附录六): the scores of chosen nodes (the dimensions by default) put on one scale by a
 * joint min-max — one pooled minimum and maximum over every chosen node and entity of the year, mapped to [min, max]
 * (0–100 by default) — so that a profile's shape compares across dimensions; per entity, and as the mean profile of each
 * region (with a Region column) and of all entities.
 */
public final class DevelopmentProfiles implements Analysis {
  static final String KEY = "analyses.profiles";
  private final List<String> nodes;
  private final double low, high;

  public DevelopmentProfiles(List<String> nodes, double low, double high) {
    this.nodes = nodes == null ? null : List.copyOf(nodes);
    this.low = low;
    this.high = high;
  }

  /** @param profile [node][row] on the joint scale; @param means per segment ("" or a year), group name → mean profile */
  public record Result(List<NodeResult> nodes, double[][] profile, Map<String, Map<String, double[]>> means, String variant,
                       List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    List<NodeResult> chosen = ChosenNodes.of(r, nodes, KEY + ".nodes", 2, "a profile needs");
    int n = r.entities().size();
    Map<String, List<Integer>> byYear = ResultSegments.of(r, false);
    double[][] profile = new double[chosen.size()][n];
    Map<String, Map<String, double[]>> means = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    double[][] scores = chosen.stream().map(NodeResult::scores).toArray(double[][]::new);
    for (var seg : byYear.entrySet()) {
      if (!JointMinMax.scale(scores, seg.getValue(), low, high, profile))
        warnings.add("profiles" + (seg.getKey().isEmpty() ? "" : " " + seg.getKey()) + ": every score is the same; the profile is the midpoint");
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      groups.put("All", seg.getValue());
      if (r.regions() != null) for (int i : seg.getValue()) groups.computeIfAbsent(r.regions().get(i), k -> new ArrayList<>()).add(i);
      Map<String, double[]> m = new LinkedHashMap<>();
      for (var g : groups.entrySet()) {
        double[] mean = new double[chosen.size()];
        for (int j = 0; j < chosen.size(); j++) {
          final int at = j;
          mean[j] = g.getValue().stream().mapToDouble(i -> profile[at][i]).average().orElseThrow();
        }
        m.put(g.getKey(), mean);
      }
      means.put(seg.getKey(), m);
    }
    return new Result(chosen, profile, means, "development profiles of " + chosen.stream().map(NodeResult::code).toList() + ": one joint "
        + "min-max over the nodes and entities of each year to [" + low + ", " + high + "] (GIHI 2023 附录六), means per region and overall",
        List.copyOf(warnings));
  }
}
