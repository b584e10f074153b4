package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;

/**
 * Obstacle degree (障碍度模型) per entity: with each indicator's normalised, direction-adjusted value x′ ∈ [0, 1] and its
 * effective weight w, the deviation I = 1 − x′ and the obstacle O = w·I / Σ w·I × 100 %, whose denominator is
 * 1 − score for a weighted-sum index; a dimension's obstacle is the sum of its indicators'; the top k obstacles per
 * entity are named. An entity at the ideal on every indicator has no obstacle: every O is 0, stated. Indicator values
 * outside [0, 1] (z-scores, a rescaled display) are refused: the deviation from the ideal 1 has no meaning there.
 */
public final class ObstacleDegree implements Analysis {
  static final String KEY = "analyses.obstacles";
  private final int top;

  public ObstacleDegree(int top) {
    this.top = top;
  }

  /**
   * @param leaves, dimensions the indicators and the composite's children
   * @param obstacle [leaf][row] in %; @param dimension [dimension][row] in %
   * @param denominator Σ w·I per row; @param topObstacles per row, the k largest as "code 34.8 %"
   */
  public record Result(List<NodeResult> leaves, List<NodeResult> dimensions, double[][] obstacle, double[][] dimension,
                       double[] denominator, String[] topObstacles, String variant, List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    List<NodeResult> leaves = LeafWeights.leaves(r);
    for (NodeResult leaf : leaves)
      for (double x : leaf.scores())
        if (x < 0 || x > 1)
          throw new InvalidInputException(Problem.ofKey(KEY, KEY + ": the obstacle degree needs indicator scores in [0, 1] (min-max "
              + "normalisation, no display rescale); \"" + leaf.code() + "\" scores " + x));
    double[][] w = LeafWeights.of(r, leaves);
    int n = r.entities().size();
    List<NodeResult> dims = r.nodes().stream().filter(x -> r.composite().code().equals(x.parent())).toList();
    double[][] o = new double[leaves.size()][n], d = new double[dims.size()][n];
    double[] denominator = new double[n];
    String[] tops = new String[n];
    int ideal = 0;
    for (int row = 0; row < n; row++) {
      for (int l = 0; l < leaves.size(); l++) denominator[row] += w[l][row] * (1 - value(leaves.get(l), row));
      if (denominator[row] == 0) ideal++;
      for (int l = 0; l < leaves.size(); l++)
        o[l][row] = denominator[row] == 0 ? 0 : 100 * w[l][row] * (1 - value(leaves.get(l), row)) / denominator[row];
      for (int k = 0; k < dims.size(); k++)
        for (int l = 0; l < leaves.size(); l++) if (under(r, leaves.get(l), dims.get(k))) d[k][row] += o[l][row];
      final int at = row;
      tops[row] = denominator[row] == 0 ? "none: at the ideal on every indicator"
          : String.join("; ", IntStream.range(0, leaves.size()).boxed().filter(l -> o[l][at] > 0)
              .sorted(Comparator.<Integer>comparingDouble(l -> -o[l][at]).thenComparingInt(l -> l)).limit(top)
              .map(l -> leaves.get(l).code() + " " + String.format(java.util.Locale.ROOT, "%.2f", o[l][at]) + " %").toList());
    }
    List<String> warnings = new ArrayList<>();
    if (ideal > 0) warnings.add("obstacles: " + ideal + " entit" + (ideal == 1 ? "y is" : "ies are") + " at the ideal on every indicator "
        + "(Σ w·(1 − x′) = 0): every obstacle degree is 0 there");
    return new Result(leaves, dims, o, d, denominator, tops, "obstacle degree O = w·(1 − x′)/Σ w·(1 − x′) × 100 % with the effective "
        + "weights and the normalised indicator values; dimensions the sums of their indicators; the top " + top + " per entity", List.copyOf(warnings));
  }

  private static double value(NodeResult leaf, int row) {
    double x = leaf.scores()[row];
    return Double.isNaN(x) ? 1 : x; // a missing value (impute = available) is no obstacle: its weight went to its siblings
  }

  /** Whether {@code leaf} sits under {@code node} in the result's tree. */
  static boolean under(IndexResult r, NodeResult leaf, NodeResult node) {
    String p = leaf.parent();
    while (p != null) {
      if (p.equals(node.code())) return true;
      String at = p;
      p = r.nodes().stream().filter(x -> x.code().equals(at)).findFirst().map(NodeResult::parent).orElse(null);
    }
    return leaf.code().equals(node.code());
  }
}
