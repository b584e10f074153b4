package org.indexkit.method.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.indexkit.method.weight.CombinedWeights.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fixture E of ../shared/reference/method-fixtures.md §2.1: subjective a and objective b from zhjx19/mathmodels
 * tests/testthat/test-combine_weights.R, the combinations computed by hand.
 */
class CombinedWeightsTest {
  static final double[] A = {0.4, 0.3, 0.2, 0.1}, B = {0.25, 0.2, 0.3, 0.25};

  @Test
  @DisplayName("linear: α = 0.5 → (0.325, 0.25, 0.25, 0.175); α = 0.6 → (0.34, 0.26, 0.24, 0.16)")
  void linear() {
    assertThat(CombinedWeights.combine(A, B, Rule.LINEAR, 0.5)).containsExactly(new double[] {0.325, 0.25, 0.25, 0.175}, within(1e-15));
    assertThat(CombinedWeights.combine(A, B, Rule.LINEAR, 0.6)).containsExactly(new double[] {0.34, 0.26, 0.24, 0.16}, within(1e-15));
  }

  @Test
  @DisplayName("multiplicative: a∘b/Σa∘b → (0.408163, 0.244898, 0.244898, 0.102041)")
  void multiplicative() {
    assertThat(CombinedWeights.combine(A, B, Rule.MULTIPLICATIVE, 0))
        .containsExactly(new double[] {0.408163, 0.244898, 0.244898, 0.102041}, within(5e-7));
  }

  @Test
  @DisplayName("game theory: raw α (0.851290, 0.182094), normalised (0.823789, 0.176211) → (0.373568, 0.282379, 0.217621, 0.126432)")
  void gameTheory() {
    assertThat(CombinedWeights.rawGameCoefficients(A, B)).containsExactly(new double[] {0.851290, 0.182094}, within(5e-7));
    assertThat(CombinedWeights.gameCoefficients(A, B)).containsExactly(new double[] {0.823789, 0.176211}, within(5e-7));
    assertThat(CombinedWeights.combine(A, B, Rule.GAME_THEORY, 0))
        .containsExactly(new double[] {0.373568, 0.282379, 0.217621, 0.126432}, within(5e-7));
  }

  @Test
  @DisplayName("identical subjective and objective weights: linear and game theory give them back (the game's system is singular: ½, ½)")
  void sameWeights() {
    for (Rule r : new Rule[] {Rule.LINEAR, Rule.GAME_THEORY})
      assertThat(CombinedWeights.combine(A, A, r, 0.3)).as(r.id).containsExactly(A, within(1e-12));
  }
}
