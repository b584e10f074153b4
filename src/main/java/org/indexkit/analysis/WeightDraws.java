package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.method.weight.AhpJudgements;

/**
 * The weights of one Monte Carlo run, from the first inputs of its vector u: each non-root node's local weight uniform
 * within ±spread of nominal, or a Dirichlet draw within its sibling group (gamma quantiles normalised); the children
 * of a judged node instead take the priorities of their parent's perturbed judgements ({@link JudgementDraws}, one
 * input per judged node, after the weights).
 */
final class WeightDraws {
  private WeightDraws() {}

  /** @param tree the tree with the drawn weights; @param weights every node's drawn local weight, tree order; @param used inputs read */
  record Drawn(List<Indicator> tree, List<Double> weights, int used) {}

  static Drawn draw(IndicatorTree tree, Map<String, Double> nominalLocal, double spread, double dirichlet, List<Indicator> judged,
                    AhpJudgements ahp, int judgementSteps, double[] u) {
    int k = 0;
    Map<String, Double> raw = new HashMap<>();
    for (Indicator node : tree.nodes()) {
      double local = nominalLocal.getOrDefault(node.code(), 1.0);
      double v = local;
      if (judged.stream().anyMatch(j -> j.code().equals(node.parent()))) v = local; // drawn from its parent's judgements below
      else if (node.parent() != null && dirichlet > 0) v = gammaQuantile(Math.max(dirichlet * local, 1e-6), u[k++]);
      else if (node.parent() != null && spread > 0) v = local * (1 + spread * (2 * u[k++] - 1));
      raw.put(node.code(), v);
    }
    List<Indicator> perturbed = new ArrayList<>();
    List<Double> drawn = new ArrayList<>();
    for (Indicator node : tree.nodes()) {
      double v = raw.get(node.code());
      if (dirichlet > 0 && node.parent() != null) { // Dirichlet: gamma draws normalised within each sibling group
        double sum = tree.children(node.parent()).stream().mapToDouble(raw::get).sum();
        v = sum > 0 ? v / sum : 1.0 / tree.children(node.parent()).size();
      }
      drawn.add(v);
      perturbed.add(node.parent() == null ? node : node.withWeight(v));
    }
    for (Indicator node : judged) {
      double[] w = JudgementDraws.weights(ahp, tree, node, judgementSteps, u[k++]);
      List<String> kids = tree.children(node.code());
      for (int c = 0; c < kids.size(); c++) {
        int at = tree.nodes().indexOf(tree.get(kids.get(c)));
        drawn.set(at, w[c]);
        perturbed.set(at, perturbed.get(at).withWeight(w[c]));
      }
    }
    return new Drawn(perturbed, drawn, k);
  }

  /** Gamma(shape)-quantile of u, the building block of a Dirichlet draw that Sobol sampling can drive. */
  private static double gammaQuantile(double shape, double u) {
    double p = Math.min(Math.max(u, 1e-12), 1 - 1e-12);
    return new org.apache.commons.math3.distribution.GammaDistribution(null, shape, 1).inverseCumulativeProbability(p);
  }
}
