package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.StepChoice;
import org.indexkit.method.weight.ColumnProblem;
import org.indexkit.method.weight.CombinedWeights;
import org.indexkit.method.weight.Weightings;
import org.indexkit.method.weight.EntropyWeights;
import org.indexkit.method.weight.ObjectiveWeights;

/**
 * Objective weights for one segment, from its normalised indicator values. Within each dimension:
 * the indicators of every node whose children are all indicators are weighted from their data, and
 * the levels above keep the tree's weights. Across all indicators: one weight per indicator, and a
 * dimension weighs the sum of its indicators' weights.
 */
final class SegmentWeights {
  private SegmentWeights() {}

  /**
   * @param base the tree's weights (fixed per level), kept where the data do not decide
   * @param values normalised, direction-adjusted values of each leaf in this segment
   * @param notes receives what the method did on the way (e.g. entropy's shifts)
   * @throws IllegalArgumentException naming the dimension when the method cannot weigh its indicators
   */
  static List<NodeWeight> derive(IndicatorTree tree, List<NodeWeight> base, Map<String, double[]> values, StepChoice w,
                                 String segment, List<String> notes) {
    Map<String, Double> local = new HashMap<>();
    Map<String, String> how = new HashMap<>();
    for (NodeWeight b : base) {
      local.put(b.code(), b.local());
      how.put(b.code(), b.derivation());
    }
    ObjectiveWeights method = Weightings.STEP.make(w);
    CombinedWeights combined = method instanceof CombinedWeights c ? c : null;
    String name = combined == null ? w.method() : w.text("objective");
    String with = combined == null ? "" : ", combined with the subjective weights: " + combined.describe();
    if (Weightings.ALL.equals(w.text("scope"))) {
      List<Indicator> leaves = tree.leaves();
      List<String> codes = leaves.stream().map(Indicator::code).toList();
      double[] g = weigh(method, w, codes, values, "all indicators", notes);
      if (combined != null) g = combined.combine(effective(base, codes), g);
      Map<String, Double> eff = new HashMap<>();
      for (int l = 0; l < leaves.size(); l++) eff.put(leaves.get(l).code(), g[l]);
      List<Indicator> nodes = tree.nodes();
      for (int i = nodes.size() - 1; i >= 0; i--) {
        String code = nodes.get(i).code();
        if (!tree.isLeaf(code)) eff.put(code, tree.children(code).stream().mapToDouble(eff::get).sum());
      }
      for (Indicator n : nodes) {
        if (n.parent() == null) continue;
        double parent = eff.get(n.parent());
        local.put(n.code(), parent > 0 ? eff.get(n.code()) / parent : 1.0 / tree.children(n.parent()).size());
        how.put(n.code(), tree.isLeaf(n.code()) ? name + " across all indicators" + with : "sum of its indicators' " + name + " weights" + with);
      }
    } else {
      for (Indicator parent : tree.nodes()) {
        List<String> kids = tree.children(parent.code());
        if (kids.size() < 2 || !kids.stream().allMatch(tree::isLeaf)) continue;
        double[] wk = weigh(method, w, kids, values, "the indicators of \"" + parent.code() + "\"", notes);
        if (combined != null) wk = combined.combine(kids.stream().mapToDouble(local::get).toArray(), wk);
        for (int k = 0; k < kids.size(); k++) {
          local.put(kids.get(k), wk[k]);
          how.put(kids.get(k), name + " within \"" + parent.code() + "\"" + with);
        }
      }
    }
    List<NodeWeight> out = new ArrayList<>();
    Map<String, Double> effective = new HashMap<>();
    for (NodeWeight b : base) {
      double e = b.parent() == null ? 1.0 : effective.get(b.parent()) * local.get(b.code());
      effective.put(b.code(), e);
      out.add(new NodeWeight(b.code(), b.name(), b.parent(), b.depth(), b.leaf(), local.get(b.code()), e, how.get(b.code()),
          segment));
    }
    return out;
  }

  private static double[][] columns(List<String> codes, Map<String, double[]> values) {
    double[][] c = new double[codes.size()][];
    for (int k = 0; k < codes.size(); k++) c[k] = values.get(codes.get(k));
    return c;
  }

  /** The subjective effective weights of these nodes, renormalised to sum 1 among them. */
  private static double[] effective(List<NodeWeight> base, List<String> codes) {
    Map<String, Double> e = new HashMap<>();
    for (NodeWeight b : base) e.put(b.code(), b.effective());
    return ObjectiveWeights.share(codes.stream().mapToDouble(e::get).toArray());
  }

  private static double[] weigh(ObjectiveWeights method, StepChoice w, List<String> codes, Map<String, double[]> values, String what,
                                List<String> notes) {
    try {
      double[] result = method.weights(columns(codes, values));
      if ((method instanceof CombinedWeights c ? c.objective() : method) instanceof EntropyWeights e)
        for (var s : e.shifted())
          notes.add("entropy weights of " + what + ": \"" + codes.get(s.column()) + "\" shifted by " + s.offset() + " (it had values below 0)");
      return result;
    } catch (ColumnProblem e) {
      throw new IllegalArgumentException(w.method() + " weights of " + what + ": \"" + codes.get(e.column()) + "\" " + e.why(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(w.method() + " weights of " + what + ": " + e.getMessage(), e);
    }
  }
}
