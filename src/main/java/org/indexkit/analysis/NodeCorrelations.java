package org.indexkit.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;
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
    List<NodeResult> chosen = nodes == null ? r.nodes().stream().filter(x -> r.composite().code().equals(x.parent())).toList()
        : nodes.stream().map(c -> r.nodes().stream().filter(x -> x.code().equals(c.trim())).findFirst()
            .orElseThrow(() -> new InvalidInputException(Problem.ofKey(KEY + ".nodes", KEY + ".nodes: no node \"" + c + "\"")))).toList();
    if (chosen.size() < 2) throw new InvalidInputException(Problem.ofKey(KEY + ".nodes", KEY + ".nodes: correlations need two nodes"));
    Map<String, List<Integer>> byYear = new LinkedHashMap<>();
    for (int i = 0; i < r.entities().size(); i++)
      byYear.computeIfAbsent(r.years() == null ? "" : String.valueOf(r.years().get(i)), k -> new java.util.ArrayList<>()).add(i);
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
