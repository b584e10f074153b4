package org.indexkit.method.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Copeland against COINr's tests/testthat/test-aggregate.R outranking matrix (method-fixtures.md §2.9). */
class CopelandTest {
  /** COINr's units (1, 3, 2), (2, 2, 3), (3, 1, 1), (4, 5, 4) as columns children[indicator][unit]. */
  static final double[][] X = {{1, 2, 3, 4}, {3, 2, 1, 5}, {2, 3, 1, 4}};
  static final double[] EQUAL = {1 / 3.0, 1 / 3.0, 1 / 3.0};

  @Test
  @DisplayName("COINr's outranking matrix: e₂₁ = 2/3, e₃₁ = 1/3, e₄₁ = 1; Copeland scores −1, 1, −3, 3 (by hand)")
  void coinrMatrix() {
    double[][] e = Copeland.outranking(X, EQUAL);
    assertThat(e[1][0]).isCloseTo(2 / 3.0, within(1e-15));
    assertThat(e[2][0]).isCloseTo(1 / 3.0, within(1e-15));
    assertThat(e[3][0]).isCloseTo(1.0, within(1e-15));
    assertThat(new Copeland().aggregate(X, EQUAL)).containsExactly(-1, 1, -3, 3);
  }

  @Test
  @DisplayName("ties: equal weight sums either way are no outranking; a tied child counts half to each")
  void ties() {
    double[][] x = {{1, 2}, {2, 1}};
    assertThat(new Copeland().aggregate(x, new double[] {0.5, 0.5})).containsExactly(0, 0);
    assertThat(new Copeland().aggregate(x, new double[] {0.6, 0.4})).containsExactly(-1, 1);
    double[][] same = {{1, 1}, {1, 1}};
    assertThat(Copeland.outranking(same, new double[] {0.5, 0.5})[0][1]).isEqualTo(0.5);
    assertThat(new Copeland().aggregate(same, new double[] {0.5, 0.5})).containsExactly(0, 0);
  }

  @Test
  @DisplayName("only the order of each child matters: a monotone transform of a column changes nothing")
  void ordinal() {
    double[][] cubed = new double[3][4];
    for (int c = 0; c < 3; c++) for (int r = 0; r < 4; r++) cubed[c][r] = Math.pow(X[c][r], 3) - 7;
    assertThat(new Copeland().aggregate(cubed, EQUAL)).containsExactly(new Copeland().aggregate(X, EQUAL));
  }
}
