package org.indexkit.method.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.AhpReport;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.StepChoice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** AHP over a whole tree: judged nodes, group judgements, the hierarchy's synthesis and consistency. */
class AhpJudgementsTest {
  static final StepChoice AHP = StepChoice.of("ahp", "priorities", "eigenvector", "group", "aij");

  /** index → (dim: a, b, c) and x; the index judges dim against x, dim judges its three indicators. */
  static IndicatorTree tree(String rootJudgements, String dimJudgements) {
    return new IndicatorTree(List.of(
        Indicator.node("index", null, null, null, null).withJudgements(rootJudgements),
        Indicator.node("dim", null, null, "index", null).withJudgements(dimJudgements),
        Indicator.leaf("x", "index"), Indicator.leaf("a", "dim"), Indicator.leaf("b", "dim"), Indicator.leaf("c", "dim")));
  }

  static NodeWeight weight(List<NodeWeight> ws, String code) {
    return ws.stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("local weights from each node's judgements; effective weights their products down the tree (层次总排序)")
  void synthesis() {
    List<String> warnings = new ArrayList<>();
    // the index: dim 3 times as important as x → 0.75 / 0.25; dim: the consistent matrix of (0.5, 0.3, 0.2)
    List<NodeWeight> ws = LevelWeights.resolve(tree("3", "5/3 5/2; 3/2"), AHP, warnings);
    assertThat(weight(ws, "dim").local()).isCloseTo(0.75, within(1e-12));
    assertThat(weight(ws, "a").local()).isCloseTo(0.5, within(1e-12));
    assertThat(weight(ws, "a").effective()).isCloseTo(0.375, within(1e-12));
    assertThat(weight(ws, "c").effective()).isCloseTo(0.15, within(1e-12));
    assertThat(weight(ws, "x").effective()).isCloseTo(0.25, within(1e-12));
    assertThat(weight(ws, "b").derivation()).isEqualTo("AHP from the judgements of \"dim\", CR 0.000");
    assertThat(warnings).isEmpty();
  }

  @Test
  @DisplayName("the hierarchy's CR is Σ w·CI / Σ w·RI over the judged nodes, w their effective weights")
  void totalConsistency() {
    // dim: the BPMSG matrix (CI (3.0649 − 3)/2); the index has two children, CI = RI = 0
    IndicatorTree t = tree("3", "5 1/3; 1/7");
    List<NodeWeight> ws = LevelWeights.resolve(t, AHP, new ArrayList<>());
    AhpReport report = new AhpJudgements(AHP).report(t, ws);
    AhpReport.Block dim = report.blocks().get(1);
    assertThat(dim.node()).isEqualTo("dim");
    double expected = (1.0 * 0 + 0.75 * dim.ci()) / (1.0 * 0 + 0.75 * 0.58);
    assertThat(report.totalCr()).isCloseTo(expected, within(1e-15));
    assertThat(report.totalCr()).isCloseTo(dim.cr(), within(1e-15)); // one judged node with RI > 0: its own CR
    assertThat(dim.cr()).isCloseTo(0.056, within(5e-4));
  }

  @Test
  @DisplayName("an inconsistent node is warned about by name, with λmax, CI and RI; its weights are still used")
  void inconsistencyWarned() {
    List<String> warnings = new ArrayList<>();
    LevelWeights.resolve(tree("3", "9 1/9; 9"), AHP, warnings);
    assertThat(warnings).singleElement().asString()
        .startsWith("The judgements of \"dim\" are not consistent enough: CR ").contains("≥ 0.1 (λmax ").contains(", RI 0.58)");
  }

  @Test
  @DisplayName("a judgement that cannot be read is refused naming the node, the entry and the children compared")
  void refusal() {
    assertThatThrownBy(() -> LevelWeights.resolve(tree("3", "5 1/3; 10"), AHP, new ArrayList<>()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the judgements of \"dim\": row 2, column 3 (b compared with c) is 10, outside Saaty's scale from 1/9 to 9");
  }

  @Test
  @DisplayName("judgements are used only with AHP weights; otherwise the tree's weights, and a warning says so")
  void ignoredWithoutAhp() {
    List<String> warnings = new ArrayList<>();
    List<NodeWeight> ws = LevelWeights.resolve(tree("3", "5 1/3; 1/7"), StepChoice.of("fixed"), warnings);
    assertThat(weight(ws, "dim").local()).isEqualTo(0.5);
    assertThat(warnings).containsExactly("The judgements of [index, dim] were not used: the weights are fixed; choose AHP weights "
        + "(weights = ahp) to use them.");
  }

  @Test
  @DisplayName("group AHP: AIJ and AIP of two consistent experts both give w ∝ √(w₁·w₂); weighted experts w₁^¾·w₂^¼")
  void groupJudgements() {
    // expert 1 from (0.5, 0.3, 0.2), expert 2 from (0.2, 0.3, 0.5): hand calculation of the geometric means
    String experts = "5/3 5/2; 3/2 | 2/3 2/5; 3/5";
    double[] equal = {Math.sqrt(0.1), Math.sqrt(0.09), Math.sqrt(0.1)};
    double[] weighted = {Math.pow(0.5, 0.75) * Math.pow(0.2, 0.25), 0.3, Math.pow(0.2, 0.75) * Math.pow(0.5, 0.25)};
    for (String rule : List.of("aij", "aip")) {
      IndicatorTree t = tree(null, experts);
      AhpJudgements.Node node = new AhpJudgements(AHP.with("group", rule)).node(t, t.get("dim"));
      assertThat(node.weights()).as(rule).containsExactly(ObjectiveWeights.share(equal), within(1e-12));
      assertThat(node.blocks()).extracting(AhpReport.Block::expert).containsExactly("expert 1", "expert 2", "combined");
      AhpJudgements.Node w = new AhpJudgements(AHP.with("group", rule).with("expert-weights", List.of(3.0, 1.0))).node(t, t.get("dim"));
      assertThat(w.weights()).as(rule + " weighted").containsExactly(ObjectiveWeights.share(weighted), within(1e-12));
    }
  }

  @Test
  @DisplayName("combined weights with AHP as the subjective source start from the AHP weights")
  void ahpAsSubjectiveSource() {
    StepChoice combined = Weightings.STEP.resolve(StepChoice.of("combined", "subjective", "ahp"));
    List<NodeWeight> ws = LevelWeights.resolve(tree("3", "5/3 5/2; 3/2"), combined, new ArrayList<>());
    assertThat(weight(ws, "a").local()).isCloseTo(0.5, within(1e-12));
    assertThat(weight(ws, "dim").local()).isCloseTo(0.75, within(1e-12));
  }
}
