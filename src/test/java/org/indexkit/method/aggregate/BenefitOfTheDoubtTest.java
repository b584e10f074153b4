package org.indexkit.method.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.indexkit.method.linear.CcrEfficiency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Benefit of the doubt and the LP behind it (method-fixtures.md §2.9). */
class BenefitOfTheDoubtTest {

  @Test
  @DisplayName("hand fixture: A (1,4), B (3,3), C (4,1) on the frontier; D (2,2) = 2/3; E (1.5,3.5) = 17/18")
  void handFixture() {
    double[][] children = {{1, 3, 4, 2, 1.5}, {4, 3, 1, 2, 3.5}};
    double[] s = new BenefitOfTheDoubt(0, 1).aggregate(children, new double[] {0.5, 0.5});
    double[] expected = {1, 1, 1, 2 / 3.0, 17 / 18.0};
    for (int i = 0; i < 5; i++) assertThat(s[i]).as("unit " + "ABCDE".charAt(i)).isCloseTo(expected[i], within(1e-9));
  }

  @Test
  @DisplayName("the LP machinery against JMcDM test/testlp.jl: CCR DEA of nine units, two inputs, one output")
  void ccrDea() {
    double[] x1 = {96, 84, 90, 81, 102, 83, 108, 99, 95}, x2 = {300, 282, 273, 270, 309, 285, 294, 288, 306};
    double[] y = {166, 150, 140, 136, 171, 144, 172, 170, 165};
    double[][] in = new double[9][], out = new double[9][];
    for (int i = 0; i < 9; i++) {
      in[i] = new double[] {x1[i], x2[i]};
      out[i] = new double[] {y[i]};
    }
    double[] e = CcrEfficiency.efficiencies(in, out, 0, 1);
    double[] jmcdm = {0.987982, 1, 0.895965, 0.942169, 0.965944, 0.971566, 0.991116, 1, 0.984105};
    for (int i = 0; i < 9; i++) assertThat(e[i]).as("unit " + (i + 1)).isCloseTo(jmcdm[i], within(1e-6));
  }

  @Test
  @DisplayName("a minimum share of 0.5 each forces equal parts: A's score falls from 1 to 8/17")
  void minimumShare() {
    double[][] children = {{1, 3, 4, 2, 1.5}, {4, 3, 1, 2, 3.5}};
    double[] free = new BenefitOfTheDoubt(0, 1).aggregate(children, new double[] {0.5, 0.5});
    double[] bound = new BenefitOfTheDoubt(0.5, 1).aggregate(children, new double[] {0.5, 0.5});
    // equal shares force w₁y₁ = w₂y₂, never raising a score
    for (int i = 0; i < 5; i++) assertThat(bound[i]).isLessThanOrEqualTo(free[i] + 1e-12);
    assertThat(bound[1]).as("B (3,3) still best with equal shares").isCloseTo(1.0, within(1e-9));
    // A (1, 4): w₁·1 = w₂·4, so w₁ = 4w₂ and A scores w₁ + 4w₂ = 8w₂; C (4, 1) then weighs 4w₁ + w₂ = 17w₂ ≤ 1, the
    // tightest of the five constraints (B 15w₂, D 10w₂, E 9.5w₂): w₂ = 1/17, A = 8/17
    assertThat(bound[0]).isCloseTo(8 / 17.0, within(1e-9));
  }

  @Test
  @DisplayName("an entity with all zeros scores 0; a negative score is unusable")
  void degenerate() {
    double[][] children = {{0, 1, 2}, {0, 2, 1}};
    assertThat(new BenefitOfTheDoubt(0, 1).aggregate(children, new double[] {0.5, 0.5})[0]).isZero();
    assertThat(new BenefitOfTheDoubt(0, 1).unusable(new double[][] {{-1, 1}}, new double[] {1})).hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BenefitOfTheDoubt(0.5, 1).aggregate(new double[][] {{1, 2}, {2, 1}, {1, 1}},
        new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0})).isInstanceOf(org.indexkit.core.InvalidInputException.class)
        .hasMessageContaining("at most 1/3");
  }

  @Test
  @DisplayName("a maximum share of 0.5 each is the same restriction as a minimum of 0.5 with two children: A = 8/17 again")
  void maximumShare() {
    double[][] children = {{1, 3, 4, 2, 1.5}, {4, 3, 1, 2, 3.5}};
    double[] bound = new BenefitOfTheDoubt(0, 0.5).aggregate(children, new double[] {0.5, 0.5});
    assertThat(bound[0]).isCloseTo(8 / 17.0, within(1e-9));
    double[] loose = new BenefitOfTheDoubt(0, 0.8).aggregate(children, new double[] {0.5, 0.5});
    double[] free = new BenefitOfTheDoubt(0, 1).aggregate(children, new double[] {0.5, 0.5});
    for (int i = 0; i < 5; i++) assertThat(loose[i]).isBetween(bound[i] - 1e-12, free[i] + 1e-12);
  }
}
