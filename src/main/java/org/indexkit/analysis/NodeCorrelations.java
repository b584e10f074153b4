package org.indexkit.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;
import org.indexkit.method.audit.Correlations;

/**
 * How chosen nodes (the composite's children by default: the dimensions) move together over the entities, per year:
 * Pearson r and Spearman ρ (ties averaged) of every pair — what SET 2024 reports of its three dimensions.
 */
public final class NodeCorrelations implements Analysis {
  static final String KEY = "analyses.correlations";
  private final List<String> nodes;

  public NodeCorrelations(List<String> nodes) {
    this.nodes = nodes == null ? null : List.copyOf(nodes);
  }

  /** @param pearson, spearman per segment ("" for a cross-section), [node][node] */
  public record Result(List<NodeResult> nodes, Map<String, double[][]> pearson, Map<String, double[][]> spearman, String variant,
                       List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    List<NodeResult> chosen = ChosenNodes.of(r, nodes, KEY + ".nodes", 2, "correlations need");
    Map<String, List<Integer>> byYear = ResultSegments.of(r, false);
    Map<String, double[][]> p = new LinkedHashMap<>(), s = new LinkedHashMap<>();
    for (var e : byYear.entrySet()) {
      double[][] cols = chosen.stream().map(n -> e.getValue().stream().mapToDouble(i -> n.scores()[i]).toArray()).toArray(double[][]::new);
      p.put(e.getKey(), Correlations.pearsonMatrix(cols));
      s.put(e.getKey(), Correlations.spearmanMatrix(cols));
    }
    return new Result(chosen, p, s, "correlations of " + chosen.stream().map(NodeResult::code).toList() + " over the entities, per year: "
        + "Pearson r and Spearman ρ (ties averaged)", List.of());
  }
}
