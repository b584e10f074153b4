package org.indexkit.method.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AggregatorTest {
  // two children, three entities; children[child][row]
  static final double[][] CHILDREN = {{1, 4, 9}, {4, 1, 1}};
  static final double[] WEIGHTS = {0.5, 0.5};

  @Test
  @DisplayName("arithmetic: 0.5·1 + 0.5·4 = 2.5")
  void arithmetic() {
    assertThat(new WeightedArithmetic().aggregate(CHILDREN, WEIGHTS)).containsExactly(2.5, 2.5, 5.0);
  }

  @Test
  @DisplayName("geometric: √(1·4) = 2, √(9·1) = 3 — a weak child costs more than in the arithmetic mean")
  void geometric() {
    double[] g = new WeightedGeometric().aggregate(CHILDREN, WEIGHTS);
    assertThat(g[0]).isCloseTo(2, within(1e-12));
    assertThat(g[1]).isCloseTo(2, within(1e-12));
    assertThat(g[2]).isCloseTo(3, within(1e-12));
  }

  @Test
  @DisplayName("geometric with weights 0.25/0.75: 16^0.25 · 1^0.75 = 2")
  void geometricWeighted() {
    assertThat(new WeightedGeometric().aggregate(new double[][] {{16}, {1}}, new double[] {0.25, 0.75})[0])
        .isCloseTo(2, within(1e-12));
  }

  @Test
  @DisplayName("geometric names every zero or negative score it cannot take")
  void geometricRefusesZeros() {
    var bad = new WeightedGeometric().unusable(new double[][] {{0, 2}, {3, -1}}, WEIGHTS);
    assertThat(bad).containsExactly(new int[] {0, 0}, new int[] {1, 1});
    assertThat(new WeightedArithmetic().unusable(CHILDREN, WEIGHTS)).isEmpty();
  }
}
