package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.scoring.ScoringSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contributions, obstacle degree and strengths/weaknesses against method-fixtures.md §2.4 (self-computed on the JMcDM GRA
 * test matrix of §2.6): six indicators, directions −, +, −, +, +, −, effective weights 0.05, 0.20, 0.10, 0.15, 0.10, 0.40,
 * D1 = indicators 1–3 and D2 = 4–6, direction-aware min-max, weighted sums 0.425, 0.691667, 0.363333, 0.513889, 0.683333.
 */
class ExplainScoreTest {
  static final double[][] ROWS = {{105000, 105, 10, 4, 300, 10}, {120000, 110, 15, 4, 500, 8}, {150000, 120, 12, 3, 550, 12},
      {115000, 105, 20, 4, 600, 9}, {135000, 115, 15, 5, 400, 9}};
  static final double[] W = {0.05, 0.20, 0.10, 0.15, 0.10, 0.40};

  static IndexResult run(String... settings) {
    Direction[] dir = {Direction.COST, Direction.BENEFIT, Direction.COST, Direction.BENEFIT, Direction.BENEFIT, Direction.COST};
    List<Indicator> nodes = new java.util.ArrayList<>(List.of(Indicator.root("index", "Index", "指数"),
        Indicator.node("D1", "D1", null, "index", 0.35), Indicator.node("D2", "D2", null, "index", 0.65)));
    for (int j = 0; j < 6; j++) nodes.add(Indicator.leaf("c" + (j + 1), null, null, j < 3 ? "D1" : "D2", W[j] / (j < 3 ? 0.35 : 0.65), dir[j]));
    Table t = new Table(List.of("u1", "u2", "u3", "u4", "u5"), List.of("c1", "c2", "c3", "c4", "c5", "c6"), ROWS);
    Map<String, String> s = new java.util.LinkedHashMap<>();
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    return Pipeline.run(t, new IndicatorTree(nodes), ScoringSetup.layer(Recipe.defaults(), "test", null, s));
  }

  static <T> T analysis(IndexResult r, Class<T> type) {
    return Analyses.run(r, r.provenance().recipe()).stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("contributions sum to the score (exact for weighted sums); unit 2's shares 4.82, 9.64, 7.23, 10.84, 9.64, 57.83 %")
  void contributions() {
    IndexResult r = run("analyses.contributions", "weighted-sum");
    double[] scores = {0.425, 0.691667, 0.363333, 0.513889, 0.683333};
    Contributions.Result c = analysis(r, Contributions.Result.class);
    assertThat(c.exact()).isTrue();
    for (int i = 0; i < 5; i++) {
      assertThat(r.composite().scores()[i]).isCloseTo(scores[i], within(5e-7));
      assertThat(c.total()[i]).as("Σc = score").isCloseTo(r.composite().scores()[i], within(1e-12));
      assertThat(c.dimension()[0][i] + c.dimension()[1][i]).isCloseTo(c.total()[i], within(1e-12));
    }
    double[] shares = {4.82, 9.64, 7.23, 10.84, 9.64, 57.83};
    for (int j = 0; j < 6; j++) assertThat(100 * c.contribution()[j][1] / c.total()[1]).isCloseTo(shares[j], within(0.005));
    assertThat(c.variant()).contains("exact");
    Contributions.Result topsis = analysis(run("analyses.contributions", "weighted-sum", "aggregate", "topsis"), Contributions.Result.class);
    assertThat(topsis.exact()).isFalse();
    assertThat(topsis.variant()).contains("approximate", "topsis");
  }

  @Test
  @DisplayName("geometric means: the log decomposition, Σ w·ln x′ = ln score exactly")
  void logDecomposition() {
    Table t = new Table(List.of("p", "q", "r"), List.of("a", "b"), new double[][] {{0.5, 0.8}, {0.9, 0.2}, {0.3, 0.6}});
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.root("i", null, null), Indicator.leaf("a", null, null, "i", 0.3, null),
        Indicator.leaf("b", null, null, "i", 0.7, null)));
    IndexResult r = Pipeline.run(t, tree, ScoringSetup.layer(Recipe.defaults(), "test", null,
        Map.of("normalise", "none", "aggregate", "geometric", "analyses.contributions", "weighted-sum")));
    Contributions.Result c = analysis(r, Contributions.Result.class);
    assertThat(c.logarithmic()).isTrue();
    for (int i = 0; i < 3; i++) assertThat(c.total()[i]).isCloseTo(Math.log(r.composite().scores()[i]), within(1e-12));
    assertThat(c.contribution()[0][0]).isCloseTo(0.3 * Math.log(0.5), within(1e-15));
    assertThat(c.variant()).contains("log decomposition");
  }

  @Test
  @DisplayName("obstacle degrees: the denominator is 1 − score; every unit's indicator and dimension percentages of the fixture")
  void obstacles() {
    IndexResult r = run("analyses.obstacles", "obstacle-degree");
    ObstacleDegree.Result o = analysis(r, ObstacleDegree.Result.class);
    double[][] fixture = {{0, 34.78, 0, 13.04, 17.39, 34.78}, {5.41, 43.24, 16.22, 24.32, 10.81, 0}, {7.85, 0, 3.14, 23.56, 2.62, 62.83},
        {2.29, 41.14, 20.57, 15.43, 0, 20.57}, {10.53, 21.05, 15.79, 0, 21.05, 31.58}};
    double[][] dims = {{34.78, 65.22}, {64.86, 35.14}, {10.99, 89.01}, {64.00, 36.00}, {47.37, 52.63}};
    for (int i = 0; i < 5; i++) {
      assertThat(o.denominator()[i]).isCloseTo(1 - r.composite().scores()[i], within(1e-12));
      for (int j = 0; j < 6; j++) assertThat(o.obstacle()[j][i]).as("unit " + (i + 1) + " c" + (j + 1)).isCloseTo(fixture[i][j], within(0.005));
      for (int k = 0; k < 2; k++) assertThat(o.dimension()[k][i]).isCloseTo(dims[i][k], within(0.005));
    }
    assertThat(o.topObstacles()[2]).isEqualTo("c6 62.83 %; c4 23.56 %; c1 7.85 %");
    assertThat(o.topObstacles()[0]).as("a tie keeps column order").startsWith("c2 34.78 %; c6 34.78 %");
  }

  @Test
  @DisplayName("an entity at the ideal everywhere has no obstacle, stated; scores outside [0, 1] are refused")
  void obstacleDegenerate() {
    double[][] rows = {{1, 1}, {0, 0}};
    Table t = new Table(List.of("best", "worst"), List.of("a", "b"), rows);
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.root("i", null, null), Indicator.leaf("a", "i"), Indicator.leaf("b", "i")));
    IndexResult r = Pipeline.run(t, tree, ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("analyses.obstacles", "obstacle-degree")));
    ObstacleDegree.Result o = analysis(r, ObstacleDegree.Result.class);
    assertThat(o.obstacle()[0][0]).isZero();
    assertThat(o.topObstacles()[0]).startsWith("none");
    assertThat(o.warnings()).singleElement().asString().contains("1 entity is at the ideal");
    IndexResult z = Pipeline.run(t, tree, ScoringSetup.layer(Recipe.defaults(), "test", null,
        Map.of("analyses.obstacles", "obstacle-degree", "normalise", "z-score")));
    assertThatThrownBy(() -> analysis(z, ObstacleDegree.Result.class)).hasMessageContaining("needs indicator scores in [0, 1]");
  }

  @Test
  @DisplayName("strengths and weaknesses of unit 1 (ranks 1, 4, 1, 2, 5, 4), n = 2: strengths c1 and c3; weakness c5 (the tie at 4 left out)")
  void strengths() {
    IndexResult r = run("analyses.strengths", "ranks", "analyses.strengths.n", "2");
    assertThat(r.nodes().stream().filter(x -> x.leaf()).map(x -> x.ranks()[0]).toList()).containsExactly(1, 4, 1, 2, 5, 4);
    StrengthsWeaknesses.Result s = analysis(r, StrengthsWeaknesses.Result.class);
    assertThat(s.strengths().get(0)).containsExactly(0, 2);
    assertThat(s.weaknesses().get(0)).containsExactly(4);
    // unit 1's c2 = 105 shares the worst rank 4 with unit 4: discarded, so c6 (rank 4, alone) is no longer tied at the cut
    StrengthsWeaknesses.Result d = analysis(run("analyses.strengths", "ranks", "analyses.strengths.n", "2",
        "analyses.strengths.discard-worst-ties", "true"), StrengthsWeaknesses.Result.class);
    assertThat(d.weaknesses().get(0)).containsExactly(4, 5);
    // unit 4 (row 3): c2 = 105 ties unit 1 at the worst rank 4, so with the option it is no weakness
    assertThat(r.nodes().stream().filter(x -> x.code().equals("c2")).findFirst().orElseThrow().ranks()[3]).isEqualTo(4);
    assertThat(d.weaknesses().get(3)).doesNotContain(1);
  }

  @Test
  @DisplayName("the three sheets, after the result's, in league-table order; Provenance names each analysis")
  void sheets() {
    IndexResult r = run("analyses.contributions", "weighted-sum", "analyses.obstacles", "obstacle-degree", "analyses.strengths", "ranks",
        "analyses.strengths.n", "2");
    var plans = org.indexkit.sheet.SheetPlans.of(r, Analyses.run(r, r.provenance().recipe()), null, List.of());
    List<String> names = plans.stream().map(org.indexkit.sheet.SheetPlan::name).toList();
    assertThat(names).containsSubsequence("Scores", "Contributions", "Obstacles", "Strengths", "Audit", "Provenance");
    var obstacles = plans.get(names.indexOf("Obstacles"));
    assertThat(obstacles.rows().get(0).get(0)).as("the best unit first").isEqualTo("u2");
    assertThat(obstacles.columns().get(1).header()).isEqualTo("Top obstacles");
    var strengths = plans.get(names.indexOf("Strengths"));
    assertThat(strengths.rows().stream().filter(row -> row.get(0).equals("u1")).findFirst().orElseThrow())
        .containsExactly("u1", "c1 (1); c3 (1)", "c5 (5)");
    var provenance = plans.get(names.indexOf("Provenance")).rows().toString();
    assertThat(provenance).contains("obstacle degree O = w·(1 − x′)", "contributions c = w·x′", "COINr get_str_weak");
  }

  @Test
  @DisplayName("champions: the first-ranked unit of every indicator (ties all named) and dimension, with its composite rank")
  void champions() {
    IndexResult r = run("analyses.champions", "first");
    Champions.Result c = analysis(r, Champions.Result.class);
    java.util.Map<String, List<String>> first = new java.util.LinkedHashMap<>();
    for (var row : c.rows()) first.put(row.node().code(), row.rows().stream().map(i -> r.entities().get(i)).toList());
    // normalised fixture matrix: c1 best u1 (1.0), c2 u3, c3 u1, c4 u5, c5 u4, c6 u2; c1 and c3 both u1
    assertThat(first).containsEntry("c1", List.of("u1")).containsEntry("c2", List.of("u3")).containsEntry("c4", List.of("u5"))
        .containsEntry("c6", List.of("u2"));
    assertThat(first).containsKeys("D1", "D2").doesNotContainKey("index");
    var sheet = org.indexkit.sheet.SheetPlans.of(r, Analyses.run(r, r.provenance().recipe()), null, List.of()).stream()
        .filter(p -> p.name().equals("Champions")).findFirst().orElseThrow();
    assertThat(sheet.rows().get(0)).containsExactly("D1", "D1", "dimension", first.get("D1").get(0),
        r.node("D1").scores()[r.row(first.get("D1").get(0))], r.rank(first.get("D1").get(0)));
  }
}
