package org.indexkit.method.weight;

import org.indexkit.core.StepChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeWeight;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LevelWeightsTest {
  static final StepChoice FIXED = StepChoice.of("fixed");

  static IndicatorTree tree(Double wa, Double wb, Double wc) {
    return new IndicatorTree(List.of(
        Indicator.node("root", null, null, null, null),
        Indicator.node("dim", null, null, "root", 0.5),
        Indicator.leaf("x", null, null, "root", 0.5, null),
        Indicator.leaf("a", null, null, "dim", wa, null),
        Indicator.leaf("b", null, null, "dim", wb, null),
        Indicator.leaf("c", null, null, "dim", wc, null)));
  }

  static NodeWeight of(List<NodeWeight> ws, String code) {
    return ws.stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("no weights: equal split among siblings, no warning; effective = product down the tree")
  void equalSplit() {
    List<String> warnings = new ArrayList<>();
    List<NodeWeight> ws = LevelWeights.resolve(tree(null, null, null), FIXED, warnings);
    assertThat(of(ws, "a").local()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(of(ws, "a").effective()).isCloseTo(0.5 / 3, within(1e-15));
    assertThat(of(ws, "a").derivation()).isEqualTo("equal split of 3 siblings");
    assertThat(warnings).isEmpty();
  }

  @Test
  @DisplayName("mixed: the unweighted share what is left, with a warning")
  void mixed() {
    List<String> warnings = new ArrayList<>();
    List<NodeWeight> ws = LevelWeights.resolve(tree(0.5, null, null), FIXED, warnings);
    assertThat(of(ws, "b").local()).isCloseTo(0.25, within(1e-15));
    assertThat(of(ws, "c").local()).isCloseTo(0.25, within(1e-15));
    assertThat(warnings).singleElement().asString().contains("[b, c]").contains("0.5");
  }

  @Test
  @DisplayName("weights summing to 1.1 are divided by 1.1, with a warning stating the sum")
  void renormalised() {
    List<String> warnings = new ArrayList<>();
    List<NodeWeight> ws = LevelWeights.resolve(tree(0.5, 0.3, 0.3), FIXED, warnings);
    assertThat(of(ws, "a").local()).isCloseTo(0.5 / 1.1, within(1e-12));
    assertThat(ws.stream().filter(w -> "dim".equals(w.parent())).mapToDouble(NodeWeight::local).sum()).isCloseTo(1, within(1e-12));
    assertThat(warnings).singleElement().asString().contains("sum to 1.1");
  }

  @Test
  @DisplayName("\"equal\" ignores the tree's weights")
  void equalIgnoresGivenWeights() {
    List<NodeWeight> ws = LevelWeights.resolve(tree(0.7, 0.2, 0.1), StepChoice.of("equal"), new ArrayList<>());
    assertThat(of(ws, "a").local()).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  @DisplayName("unweighted siblings with nothing left to share is an error naming them")
  void nothingLeft() {
    assertThatThrownBy(() -> LevelWeights.resolve(tree(0.6, 0.4, null), FIXED, new ArrayList<>()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("[c]");
  }
}
