package org.indexkit.method.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each normaliser against values worked out by hand. */
class NormaliserTest {
  static final double NaN = Double.NaN;

  @Nested
  class MinMaxSpec {
    @Test
    @DisplayName("[2, 4, 6, 10] to [0, 1] is [0, 0.25, 0.5, 1]")
    void unitRange() {
      assertThat(new MinMax(0, 1).apply(new double[] {2, 4, 6, 10})).containsExactly(0, 0.25, 0.5, 1);
    }

    @Test
    @DisplayName("to [60, 100] (SET 2024 appendix 2): 60 + 40·(x − min)/(max − min)")
    void sixtyToHundred() {
      // 60 + 40·(5 − 2)/(10 − 2) = 75
      assertThat(new MinMax(60, 100).apply(new double[] {2, 5, 10})).containsExactly(60, 75, 100);
    }

    @Test
    @DisplayName("a constant column scores the midpoint instead of dividing by zero")
    void constantColumn() {
      assertThat(new MinMax(60, 100).apply(new double[] {3, 3, 3})).containsExactly(80, 80, 80);
      assertThat(Normaliser.isConstant(new double[] {3, NaN, 3})).isTrue();
    }

    @Test
    @DisplayName("missing values are left out of min and max and stay missing")
    void missingStaysMissing() {
      double[] y = new MinMax(0, 1).apply(new double[] {0, NaN, 4});
      assertThat(y[0]).isEqualTo(0);
      assertThat(y[1]).isNaN();
      assertThat(y[2]).isEqualTo(1);
    }
  }

  @Nested
  class ZScoreSpec {
    @Test
    @DisplayName("[1, 2, 3, 4]: mean 2.5, sample sd √(5/3) = 1.290994…, so z(1) = −1.161895")
    void sampleSd() {
      double[] z = new ZScore().apply(new double[] {1, 2, 3, 4});
      double sd = Math.sqrt(5.0 / 3);
      assertThat(z[0]).isCloseTo(-1.5 / sd, within(1e-12)).isCloseTo(-1.161895, within(1e-6));
      assertThat(z[3]).isCloseTo(1.5 / sd, within(1e-12));
      assertThat(z[1] + z[2]).isCloseTo(0, within(1e-12));
    }

    @Test
    @DisplayName("a constant column is z = 0 for everyone")
    void constant() {
      assertThat(new ZScore().apply(new double[] {7, 7, 7})).containsExactly(0, 0, 0);
    }
  }

  @Nested
  class PercentileRankSpec {
    @Test
    @DisplayName("[10, 20, 20, 40] → 0, 0.5, 0.5, 1: ties share the mean of their places")
    void ties() {
      // 20: one value below, two equal → (1 + (2 − 1)/2)/(4 − 1) = 0.5
      assertThat(new PercentileRank().apply(new double[] {10, 20, 20, 40})).containsExactly(0, 0.5, 0.5, 1);
    }

    @Test
    @DisplayName("only the order matters: an outlier does not squeeze the others")
    void robustToOutliers() {
      assertThat(new PercentileRank().apply(new double[] {1, 2, 3, 1e9})).containsExactly(0, 1.0 / 3, 2.0 / 3, 1);
    }
  }

  @Nested
  class DistanceToTargetSpec {
    @Test
    @DisplayName("target 8 on [2, 5, 8, 11]: (x − 2)/(8 − 2), capped at 1")
    void capped() {
      assertThat(new DistanceToTarget(8).apply(new double[] {2, 5, 8, 11})).containsExactly(0, 0.5, 1, 1);
    }
  }

  @Test
  @DisplayName("identity returns a copy of the values")
  void identity() {
    double[] x = {1, 2};
    double[] y = new Identity().apply(x);
    assertThat(y).containsExactly(1, 2).isNotSameAs(x);
  }
}
