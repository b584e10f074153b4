package org.indexkit.method.weight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.AhpReport;
import org.indexkit.core.JudgementMatrix;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.Param;
import org.indexkit.core.StepChoice;

/**
 * AHP weights of a tree (recipe {@code weights = ahp}): every node with judgements gets its children's local weights
 * from them ({@link AhpPriorities}, one of three methods; several experts combined by {@link GroupJudgement}); the
 * other nodes keep the tree's weights. The effective weight of a node is then the product of the local weights from
 * the root down: AHP's hierarchical synthesis (层次总排序). The report adds Saaty's consistency of the whole hierarchy,
 * CR = Σ wₖ·CIₖ / Σ wₖ·RIₖ over the judged nodes k, wₖ the node's effective weight (Saaty 1980, §3.4).
 */
public final class AhpJudgements {
  private final AhpPriorities.Method method;
  private final RandomIndex ri;
  private final GroupJudgement group;
  private final List<Double> expertWeights;

  /** One node's outcome: its children's weights and the blocks that show how. */
  public record Node(double[] weights, List<AhpReport.Block> blocks, double ci, Double ri) {}

  /** The AHP a weighting uses: its own ({@code ahp}), the defaults' as a combination's subjective source, or null. */
  public static AhpJudgements of(StepChoice weighting) {
    if (weighting.is("ahp")) return new AhpJudgements(Weightings.STEP.resolve(weighting)); // resolved: every parameter set
    if (weighting.is("combined") && "ahp".equals(weighting.text("subjective"))) { // the combination's AHP parameters
      StepChoice ahp = StepChoice.of("ahp");
      for (Param p : Weightings.AHP_PARAMS) ahp = ahp.with(p.id(), weighting.params().get(p.id()));
      return new AhpJudgements(Weightings.STEP.resolve(ahp));
    }
    return null;
  }

  public AhpJudgements(StepChoice choice) {
    this.method = AhpPriorities.Method.of(choice.text("priorities"));
    List<Double> custom = choice.numbers("ri-values");
    this.ri = custom == null || custom.isEmpty() ? RandomIndex.SAATY : RandomIndex.custom(custom);
    this.group = GroupJudgement.of(choice.text("group"));
    this.expertWeights = choice.numbers("expert-weights");
  }

  /** The variant in words, for Provenance. */
  public String variant() {
    return "AHP: priorities by " + method.words + ", RI " + ri.name() + ", CR < " + AhpPriorities.ACCEPTABLE_CR
        + " accepted; several experts by " + group.words;
  }

  /**
   * @throws IllegalArgumentException naming the node and the entry when its judgements cannot be read
   */
  public Node node(IndicatorTree tree, Indicator parent) {
    List<String> kids = tree.children(parent.code());
    List<JudgementMatrix> matrices;
    try {
      matrices = JudgementMatrix.parseExperts(parent.judgements(), kids);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("the judgements of \"" + parent.code() + "\": " + ex.getMessage(), ex);
    }
    List<AhpReport.Block> blocks = new ArrayList<>();
    if (matrices.size() == 1) {
      AhpPriorities.Result r = AhpPriorities.of(matrices.get(0).values(), method, ri);
      blocks.add(block(parent.code(), null, kids, matrices.get(0).values(), r));
      return new Node(r.weights(), blocks, r.ci(), r.randomIndex());
    }
    double[] ew;
    try {
      ew = GroupJudgement.expertWeights(expertWeights, matrices.size());
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("the judgements of \"" + parent.code() + "\": " + ex.getMessage(), ex);
    }
    List<double[]> priorities = new ArrayList<>();
    double ci = 0;
    for (int e = 0; e < matrices.size(); e++) {
      AhpPriorities.Result r = AhpPriorities.of(matrices.get(e).values(), method, ri);
      blocks.add(block(parent.code(), "expert " + (e + 1), kids, matrices.get(e).values(), r));
      priorities.add(r.weights());
      ci += ew[e] * r.ci();
    }
    if (group == GroupJudgement.AIJ) {
      double[][] combined = GroupJudgement.combinedMatrix(matrices.stream().map(JudgementMatrix::values).toList(), ew);
      AhpPriorities.Result r = AhpPriorities.of(combined, method, ri);
      blocks.add(block(parent.code(), "combined", kids, combined, r));
      return new Node(r.weights(), blocks, r.ci(), r.randomIndex());
    }
    double[] w = GroupJudgement.combinedPriorities(priorities, ew);
    Double nodeRi = ri.of(kids.size());
    blocks.add(new AhpReport.Block(parent.code(), "combined", kids, null, w, null, ci, nodeRi, nodeRi == null || nodeRi == 0 ? nodeRi : ci / nodeRi));
    return new Node(w, blocks, ci, nodeRi);
  }

  /** Every judged node's outcome, in tree order. */
  public Map<String, Node> nodes(IndicatorTree tree) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (Indicator n : tree.nodes())
      if (n.judgements() != null && !tree.isLeaf(n.code())) out.put(n.code(), node(tree, n));
    return out;
  }

  /** The report of a run, with the hierarchy's CR from the weights the run resolved. */
  public AhpReport report(IndicatorTree tree, List<NodeWeight> weights) {
    Map<String, Node> nodes = nodes(tree);
    Map<String, Double> effective = new LinkedHashMap<>();
    for (NodeWeight w : weights) effective.putIfAbsent(w.code(), w.effective());
    double ci = 0, riSum = 0;
    boolean defined = true;
    List<AhpReport.Block> blocks = new ArrayList<>();
    for (var e : nodes.entrySet()) {
      blocks.addAll(e.getValue().blocks());
      double w = effective.getOrDefault(e.getKey(), 0.0);
      if (e.getValue().ri() == null) defined = false;
      else {
        ci += w * e.getValue().ci();
        riSum += w * e.getValue().ri();
      }
    }
    boolean experts = nodes.values().stream().anyMatch(n -> n.blocks().size() > 1);
    Double total = !defined ? null : riSum == 0 ? 0.0 : ci / riSum;
    return new AhpReport(method.words, ri.name(), experts ? group.words : null, blocks, total);
  }

  private static AhpReport.Block block(String node, String expert, List<String> kids, double[][] m, AhpPriorities.Result r) {
    return new AhpReport.Block(node, expert, kids, m, r.weights(), r.lambdaMax(), r.ci(), r.randomIndex(), r.cr());
  }
}
