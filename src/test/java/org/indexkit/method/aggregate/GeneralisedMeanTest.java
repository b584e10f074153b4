package org.indexkit.method.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The generalised mean, COINr's {@code a_genmean}: its own test cases, and the means it contains. */
class GeneralisedMeanTest {

  @Test
  @DisplayName("COINr tests/testthat/test-aggregate.R: x = (1, 2, 3), w = (2, 1, 1), p = −1 is the harmonic mean 4/(2/1 + 1/2 + 1/3) = 1.411765")
  void coinrHarmonicCase() {
    double[][] x = {{1}, {2}, {3}};
    double[] w = {0.5, 0.25, 0.25}; // (2, 1, 1) normalised, as the pipeline gives weights; the formula divides by Σw anyway
    assertThat(new GeneralisedMean(-1).aggregate(x, w)[0]).isCloseTo(4 / (2 / 1.0 + 1 / 2.0 + 1 / 3.0), within(1e-12))
        .isCloseTo(1.411765, within(1e-6));
    assertThat(new GeneralisedMean(-1).aggregate(x, new double[] {2, 1, 1})[0]).as("unnormalised weights").isCloseTo(1.411765, within(1e-6));
    assertThat(new GeneralisedMean(1).aggregate(x, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0})[0]).as("p = 1, equal weights").isCloseTo(2, within(1e-12));
  }

  @Test
  @DisplayName("p = 1 is the arithmetic mean, p = −1 the harmonic, p → 0 the geometric; p = 2 is the quadratic mean √((1 + 16)/2)")
  void containsTheOtherMeans() {
    double[][] c = AggregatorTest.CHILDREN;
    double[] w = {0.3, 0.7};
    assertThat(new GeneralisedMean(1).aggregate(c, w)).containsExactly(new WeightedArithmetic().aggregate(c, w), within(1e-12));
    assertThat(new GeneralisedMean(-1).aggregate(c, w)).containsExactly(new WeightedHarmonic().aggregate(c, w), within(1e-12));
    assertThat(new GeneralisedMean(1e-9).aggregate(c, w)).containsExactly(new WeightedGeometric().aggregate(c, w), within(1e-6));
    assertThat(new GeneralisedMean(2).aggregate(c, new double[] {0.5, 0.5})[0]).isCloseTo(Math.sqrt(8.5), within(1e-12));
    assertThatThrownBy(() -> new GeneralisedMean(0)).hasMessageContaining("geometric");
  }

  @Test
  @DisplayName("in a recipe: aggregate = generalised-mean with p; without p, or with a zero score at p < 0, the run says why")
  void inARecipe() {
    Table t = new Table(List.of("P", "Q", "R"), List.of("a", "b"), new double[][] {{1, 4}, {4, 1}, {9, 1}});
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.node("i", "Index", null, null, null),
        Indicator.leaf("a", "a", null, "i", 0.3, null), Indicator.leaf("b", "b", null, "i", 0.7, null)));
    Recipe harmonic = Recipe.defaults().withNormalise(StepChoice.of("none")).withAggregate(StepChoice.of("harmonic"));
    IndexResult h = Pipeline.run(t, tree, harmonic);
    IndexResult g = Pipeline.run(t, tree, harmonic.withAggregate(StepChoice.of("generalised-mean", "p", -1)));
    for (String e : h.entities()) assertThat(g.score(e)).isCloseTo(h.score(e), within(1e-12));
    assertThat(g.provenance().variants()).contains("aggregate: weighted generalised mean (Σ w·s^p / Σ w)^(1/p) with p = -1.0 (COINr a_genmean), level by level");
    assertThatThrownBy(() -> Pipeline.run(t, tree, harmonic.withAggregate(StepChoice.of("generalised-mean"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs a power p ≠ 0");
    Table zero = new Table(List.of("P", "Q"), List.of("a", "b"), new double[][] {{0, 4}, {4, 1}});
    assertThatThrownBy(() -> Pipeline.run(zero, tree, harmonic.withAggregate(StepChoice.of("generalised-mean", "p", -0.5))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("needs scores > 0");
  }
}
