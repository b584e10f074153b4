package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A method's numeric parameters as inputs of the Monte Carlo (grey relational ρ here). */
class ParameterDrawsTest {
  static final Recipe GRA = Recipe.defaults().withAggregate(StepChoice.of("grey-relational"));

  @Test
  @DisplayName("each run draws ρ uniformly in [0.2, 1], records it with the run, and the variant names the range")
  void drawsRho() {
    UncertaintyAnalysis ua = UncertaintyAnalysis.runs(100).weightSpread(0).seed(4).vary(ParameterDraws.parse(List.of("aggregate.rho=0.2:1")));
    assertThat(ua.inputs(UncertaintyAnalysisTest.TREE, GRA)).containsExactly("aggregate.rho");
    var res = ua.run(UncertaintyAnalysisTest.TABLE, UncertaintyAnalysisTest.TREE, GRA);
    for (var run : res.runs()) {
      assertThat(run.aggregation()).startsWith("grey-relational (rho = ");
      double rho = Double.parseDouble(run.aggregation().replaceAll(".*rho = ([0-9.E-]+)\\)", "$1"));
      assertThat(rho).isBetween(0.2, 1.0);
    }
    assertThat(ua.variant()).contains("aggregate.rho uniform in [0.2, 1.0]");
    assertThat(res.warnings()).as("ρ moves ranks").noneMatch(w -> w.contains("aggregate.rho"));
  }

  @Test
  @DisplayName("a parameter the recipe's method does not have changes nothing, and the check says so")
  void noEffect() {
    UncertaintyAnalysis ua = UncertaintyAnalysis.runs(20).weightSpread(0).seed(4).vary(ParameterDraws.parse(List.of("aggregate.rho=0.2:1")));
    var res = ua.run(UncertaintyAnalysisTest.TABLE, UncertaintyAnalysisTest.TREE, Recipe.defaults());
    assertThat(res.warnings()).anyMatch(w -> w.contains("aggregate.rho"));
  }

  @Test
  @DisplayName("malformed ranges are refused in words")
  void refusals() {
    assertThatThrownBy(() -> ParameterDraws.parse(List.of("aggregate.rho"))).hasMessageContaining("KEY=LOW:HIGH");
    assertThatThrownBy(() -> ParameterDraws.parse(List.of("weights.alpha=0:1"))).hasMessageContaining("normalise.X, aggregate.X or rescale.X");
    assertThatThrownBy(() -> ParameterDraws.parse(List.of("aggregate.rho=0.9:0.1"))).hasMessageContaining("low ≤ high");
    assertThatThrownBy(() -> ParameterDraws.parse(List.of("aggregate.rho=a:b"))).hasMessageContaining("must be numbers");
  }
}
