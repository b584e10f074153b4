package org.indexkit.method.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sobol indices against models whose indices are known analytically. */
class SobolIndicesTest {
  /** Ishigami (1990), a = 7, b = 0.1, inputs uniform on [−π, π]. */
  static double ishigami(double[] u) {
    double x1 = Math.PI * (2 * u[0] - 1), x2 = Math.PI * (2 * u[1] - 1), x3 = Math.PI * (2 * u[2] - 1);
    return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
  }

  @Test
  @DisplayName("Ishigami: S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437) within 0.03, inside the bootstrap intervals")
  void ishigamiFunction() {
    var r = SobolIndices.estimate(SobolIndicesTest::ishigami, 3, 40_000, 200, 11);
    double[] s = {0.3139, 0.4424, 0.0}, st = {0.5576, 0.4424, 0.2437};
    for (int i = 0; i < 3; i++) {
      assertThat(r.first()[i]).as("S" + (i + 1)).isCloseTo(s[i], within(0.03));
      assertThat(r.total()[i]).as("ST" + (i + 1)).isCloseTo(st[i], within(0.03));
      assertThat(r.totalInterval()[i][0]).isLessThanOrEqualTo(r.total()[i]);
      assertThat(r.totalInterval()[i][1]).isGreaterThanOrEqualTo(r.total()[i]);
    }
    assertThat(r.modelRuns()).isEqualTo(40_000 * 5);
  }

  @Test
  @DisplayName("a linear model y = 1·x1 + 2·x2 (uniform inputs): S = ST = (1/5, 4/5) — no interactions")
  void linearModel() {
    var r = SobolIndices.estimate(u -> u[0] + 2 * u[1], 2, 20_000, 0, 3);
    assertThat(r.first()[0]).isCloseTo(0.2, within(0.02));
    assertThat(r.first()[1]).isCloseTo(0.8, within(0.02));
    assertThat(r.total()[0]).isCloseTo(0.2, within(0.02));
    assertThat(r.total()[1]).isCloseTo(0.8, within(0.02));
  }

  @Test
  @DisplayName("same seed → same indices")
  void deterministic() {
    var a = SobolIndices.estimate(SobolIndicesTest::ishigami, 3, 2000, 50, 5);
    var b = SobolIndices.estimate(SobolIndicesTest::ishigami, 3, 2000, 50, 5);
    assertThat(b.first()).containsExactly(a.first());
    assertThat(b.totalInterval()).isDeepEqualTo(a.totalInterval());
  }
}
