package org.indexkit.method.weight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.AhpReport;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.Problem;
import org.indexkit.core.StepChoice;

/**
 * Weights fixed per level (seed 002 SET 2024 §1.2 "各层级组合赋权重"; seed 003 GIHI 2023 表1), resolved
 * sibling group by sibling group:
 * <ul>
 *   <li>no sibling has a weight: equal split;
 *   <li>some have: the others share what is left equally (warned, since mixing is often a slip);
 *   <li>the weights do not sum to 1: renormalised, with a warning stating the sum.
 * </ul>
 * The effective weight of a node is the product of the local weights from the root down, the
 * "global weight" of seed 002's hierarchy table.
 */
public final class LevelWeights {
  private static final double TOLERANCE = 1e-6;

  private LevelWeights() {}

  /** Weights of every node in tree pre-order; warnings are appended to {@code warnings}. */
  public static List<NodeWeight> resolve(IndicatorTree tree, StepChoice weighting, List<String> warnings) {
    Map<String, Double> local = new HashMap<>();
    Map<String, String> how = new HashMap<>();
    local.put(tree.root().code(), 1.0);
    how.put(tree.root().code(), "the index");
    AhpJudgements ahp = AhpJudgements.of(weighting);
    List<String> ignored = new ArrayList<>();
    for (Indicator parent : tree.nodes()) {
      List<String> kids = tree.children(parent.code());
      if (kids.isEmpty()) continue;
      if (parent.judgements() != null && ahp != null) judged(tree, parent, kids, ahp, local, how, warnings);
      else {
        if (parent.judgements() != null) ignored.add(parent.code());
        resolveSiblings(tree, parent, kids, weighting.is("equal"), local, how, warnings);
      }
    }
    if (!ignored.isEmpty())
      warnings.add("The judgements of " + ignored + " were not used: the weights are " + weighting.method() + "; choose AHP weights "
          + "(weights = ahp) to use them.");
    List<NodeWeight> out = new ArrayList<>();
    Map<String, Double> effective = new HashMap<>();
    for (Indicator n : tree.nodes()) {
      double e = n.parent() == null ? 1.0 : effective.get(n.parent()) * local.get(n.code());
      effective.put(n.code(), e);
      out.add(new NodeWeight(n.code(), n.name(), n.parent(), tree.depth(n.code()), tree.isLeaf(n.code()),
          local.get(n.code()), e, how.get(n.code()), null));
    }
    return out;
  }

  /** The children's weights from the node's judgements, with a warning naming the node when they are inconsistent. */
  private static void judged(IndicatorTree tree, Indicator parent, List<String> kids, AhpJudgements ahp, Map<String, Double> local,
                             Map<String, String> how, List<String> warnings) {
    AhpJudgements.Node node;
    try {
      node = ahp.node(tree, parent);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Problem.of("judgements", e.getMessage()));
    }
    AhpReport.Block result = node.blocks().get(node.blocks().size() - 1);
    String cr = result.cr() == null ? "CR undefined (no RI for " + kids.size() + " children)" : "CR " + round3(result.cr());
    for (int i = 0; i < kids.size(); i++) {
      local.put(kids.get(i), node.weights()[i]);
      how.put(kids.get(i), "AHP from the judgements of \"" + parent.code() + "\"" + (node.blocks().size() > 1
          ? " (" + (node.blocks().size() - 1) + " experts)" : "") + ", " + cr);
    }
    if (result.cr() == null)
      warnings.add("The judgements of \"" + parent.code() + "\" compare " + kids.size() + " children; the RI table ends before, so "
          + "their consistency ratio is not defined (give weights.ri-values for this size, or group the children).");
    else if (result.cr() >= AhpPriorities.ACCEPTABLE_CR)
      warnings.add("The judgements of \"" + parent.code() + "\" are not consistent enough: CR " + round3(result.cr()) + " ≥ "
          + AhpPriorities.ACCEPTABLE_CR + (result.lambdaMax() == null ? "" : " (λmax " + round3(result.lambdaMax()) + ", CI "
          + round3(result.ci()) + ", RI " + result.ri() + ")") + "; revise them (the AHP sheet shows each matrix).");
    for (AhpReport.Block b : node.blocks())
      if (b.expert() != null && !b.expert().equals("combined") && b.cr() != null && b.cr() >= AhpPriorities.ACCEPTABLE_CR)
        warnings.add("The judgements of \"" + parent.code() + "\" by " + b.expert() + " are not consistent enough: CR " + round3(b.cr())
            + " ≥ " + AhpPriorities.ACCEPTABLE_CR + ".");
  }

  private static String round3(double v) {
    return String.format(java.util.Locale.ROOT, "%.3f", v);
  }

  private static void resolveSiblings(IndicatorTree tree, Indicator parent, List<String> kids, boolean equal,
                                      Map<String, Double> local, Map<String, String> how, List<String> warnings) {
    int k = kids.size();
    List<String> unweighted = new ArrayList<>();
    double given = 0;
    for (String c : kids) {
      Double w = equal ? null : tree.get(c).weight();
      if (w == null) unweighted.add(c);
      else given += w;
    }
    String group = "children of \"" + parent.code() + "\"";
    if (unweighted.size() == k) {
      for (String c : kids) {
        local.put(c, 1.0 / k);
        how.put(c, k == 1 ? "only child" : "equal split of " + k + " siblings");
      }
      return;
    }
    double[] w = new double[k];
    if (!unweighted.isEmpty()) {
      double rest = 1 - given;
      if (rest <= TOLERANCE)
        throw new InvalidInputException(Problem.of("weights", "the " + group + " " + unweighted
            + " have no weight, but their siblings' weights already sum to " + round(given)
            + "; give every sibling a weight, or none"));
      warnings.add("The " + group + " mix given and missing weights: " + unweighted
          + " share the remaining " + round(rest) + " equally.");
    }
    double sum = 0;
    for (int i = 0; i < k; i++) {
      Double gw = tree.get(kids.get(i)).weight();
      w[i] = gw != null ? gw : (1 - given) / unweighted.size();
      sum += w[i];
    }
    if (sum <= 0)
      throw new InvalidInputException(Problem.of("weights", "the weights of the " + group + " are all 0"));
    boolean renormalise = Math.abs(sum - 1) > TOLERANCE;
    if (renormalise)
      warnings.add("The weights of the " + group + " sum to " + round(sum) + ", not 1; they were divided by "
          + round(sum) + ".");
    for (int i = 0; i < k; i++) {
      String c = kids.get(i);
      local.put(c, w[i] / sum);
      Double gw = tree.get(c).weight();
      String base = gw != null ? "given " + round(gw) : "share of the rest (" + round(w[i]) + ")";
      how.put(c, renormalise ? base + ", renormalised by sibling sum " + round(sum) : base);
    }
  }

  private static String round(double v) {
    return String.valueOf(Math.round(v * 1e6) / 1e6);
  }
}
