package org.indexkit.method.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Table;
import org.indexkit.core.Transform;
import org.indexkit.pipeline.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Goalposts normalisation: COINr's tests/testthat/test-normalise.R cases, and the UNDP HDI formula through the pipeline. */
class GoalpostsTest {

  @Test
  @DisplayName("COINr test-normalise.R: posts (0, 10), scale 1: 1 → 0.1, 11 → 1, −1 → 0; direction −1: 1 → 0.9, −1 → 1, 11 → 0")
  void coinrCases() {
    assertThat(Goalposts.of(0, 10, false, 1).apply(new double[] {1, 11, -1})).containsExactly(0.1, 1, 0);
    // a cost indicator arrives mirrored (x → −x), as the pipeline hands it over
    assertThat(Goalposts.of(0, 10, true, 1).apply(new double[] {-1, 1, -11})).containsExactly(0.9, 1, 0);
    assertThat(Goalposts.of(0, 10, false, 100).apply(new double[] {2.5})).containsExactly(25.0);
    assertThat(Goalposts.of(0, 10, false, 1).truncated(new double[] {1, 11, -1, Double.NaN})).isEqualTo(2);
  }

  /**
   * UNDP HDI (Technical notes, HDR 2021/22): health (LE − 20)/(85 − 20); education the mean of EYS/18 and MYS/15; income
   * (ln GNI − ln 100)/(ln 75 000 − ln 100); HDI the geometric mean of the three. Inputs recalled for Switzerland (LE 84.0,
   * EYS 16.5, MYS 13.9, GNI 66 933; method-fixtures.md §2.9): indices 0.984615, 0.921667, 0.982810, HDI 0.9626 by hand.
   */
  @Test
  @DisplayName("the HDI from goalposts and a geometric mean: Switzerland 0.9626; a value beyond a post is truncated and warned")
  void humanDevelopmentIndex() {
    IndicatorTree tree = new IndicatorTree(List.of(
        Indicator.root("hdi", "HDI", "人类发展指数").withAggregation(StepChoice.of("geometric")),
        Indicator.leaf("le", "Life expectancy", null, "hdi", null, Direction.BENEFIT).withGoalposts(20.0, 85.0),
        Indicator.node("edu", "Education", null, "hdi", null),
        Indicator.leaf("eys", "Expected schooling", null, "edu", null, Direction.BENEFIT).withGoalposts(0.0, 18.0),
        Indicator.leaf("mys", "Mean schooling", null, "edu", null, Direction.BENEFIT).withGoalposts(0.0, 15.0),
        new Indicator("gni", "GNI per capita", null, "hdi", null, Direction.BENEFIT, Transform.parse("ln"), null, null, null, null)
            .withGoalposts(Math.log(100), Math.log(75_000))));
    Table t = new Table(List.of("Switzerland", "Elsewhere"), List.of("le", "eys", "mys", "gni"),
        new double[][] {{84.0, 16.5, 13.9, 66_933}, {70.0, 19.0, 8.0, 12_000}});
    IndexResult r = Pipeline.run(t, tree, Recipe.defaults().withNormalise(StepChoice.of("goalposts")));
    assertThat(r.node("le").scores()[0]).isCloseTo(0.984615, within(5e-7));
    assertThat(r.node("edu").scores()[0]).isCloseTo(0.921667, within(5e-7));
    assertThat(r.node("gni").scores()[0]).isCloseTo(0.982810, within(5e-7));
    assertThat(r.score("Switzerland")).isCloseTo(Math.cbrt(0.984615385 * 0.921666667 * 0.982810), within(1e-6)).isCloseTo(0.9626, within(5e-5));
    assertThat(r.node("eys").scores()[1]).as("19 years beyond the post of 18").isEqualTo(1.0);
    assertThat(r.warnings()).anyMatch(w -> w.contains("\"eys\": 1 value(s) beyond its goalposts [0.0, 18.0]"));
    assertThat(r.provenance().variants()).anyMatch(v -> v.contains("goalposts") && v.contains("COINr n_goalposts"));
  }

  @Test
  @DisplayName("a leaf without posts is refused, naming it")
  void postsRequired() {
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.root("i", null, null), Indicator.leaf("a", "i").withGoalposts(0.0, 1.0),
        Indicator.leaf("b", "i")));
    Table t = new Table(List.of("x", "y"), List.of("a", "b"), new double[][] {{0.2, 3}, {0.5, 4}});
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pipeline.run(t, tree, Recipe.defaults().withNormalise(StepChoice.of("goalposts"))))
        .hasMessageContaining("goalposts need a Lower and an Upper for indicator \"b\"");
  }
}
