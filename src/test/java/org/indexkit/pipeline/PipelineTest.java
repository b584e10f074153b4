package org.indexkit.pipeline;

import org.indexkit.core.StepChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.core.Transform;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PipelineTest {
  static final double NaN = Double.NaN;
  static final Recipe MIN_MAX = Recipe.defaults();

  /** index ← a, b (equal weights), both benefit. */
  static IndicatorTree flat(String... leaves) {
    List<Indicator> nodes = new java.util.ArrayList<>();
    nodes.add(Indicator.node("index", null, null, null, null));
    for (String l : leaves) nodes.add(Indicator.leaf(l, null, null, "index", null, null));
    return new IndicatorTree(nodes);
  }

  static Table table(List<String> entities, List<String> indicators, double[][] values) {
    return new Table(entities, indicators, values);
  }

  static List<Problem> problemsOf(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("expected the input to be refused");
  }

  @Test
  @DisplayName("a hand-checked run: min-max, equal weights, a cost indicator mirrored")
  void handChecked() {
    IndicatorTree tree = new IndicatorTree(List.of(
        Indicator.node("index", null, null, null, null),
        Indicator.leaf("gdp", null, null, "index", 0.6, Direction.BENEFIT),
        Indicator.leaf("accidents", null, null, "index", 0.4, Direction.COST)));
    Table t = table(List.of("P", "Q", "R"), List.of("gdp", "accidents"), new double[][] {{10, 4}, {20, 2}, {30, 3}});
    IndexResult r = Pipeline.run(t, tree, MIN_MAX);
    // gdp → 0, 0.5, 1; accidents (cost) → (4−4)/2 = 0, (4−2)/2 = 1, (4−3)/2 = 0.5
    assertThat(r.node("accidents").scores()).containsExactly(0, 1, 0.5);
    // index = 0.6·gdp + 0.4·accidents = 0, 0.7, 0.8
    assertThat(r.score("P")).isCloseTo(0.0, within(1e-12));
    assertThat(r.score("Q")).isCloseTo(0.7, within(1e-12));
    assertThat(r.score("R")).isCloseTo(0.8, within(1e-12));
    assertThat(r.composite().ranks()).containsExactly(3, 2, 1);
    assertThat(r.provenance().variants()).anyMatch(v -> v.contains("cost indicators"));
  }

  @Test
  @DisplayName("rescale to [60, 100] from each node's own aggregate: GIHI's display scale")
  void rescaleEveryNode() {
    Table t = table(List.of("P", "Q", "R"), List.of("a", "b"), new double[][] {{1, 5}, {2, 1}, {3, 3}});
    IndexResult r = Pipeline.run(t, flat("a", "b"), MIN_MAX.withRescale(StepChoice.of("min-max", "min", 60, "max", 100)));
    // raw index = 0.5·(0, 0.5, 1) + 0.5·(1, 0, 0.5) = 0.5, 0.25, 0.75 → 80, 60, 100
    assertThat(r.composite().scores()).containsExactly(80, 60, 100);
    assertThat(r.node("a").scores()).containsExactly(60, 80, 100);
  }

  @Nested
  class DegenerateInput {
    @Test
    @DisplayName("a constant column scores the midpoint and warns instead of dividing by zero")
    void constantColumn() {
      Table t = table(List.of("P", "Q", "R"), List.of("a", "same"), new double[][] {{1, 5}, {2, 5}, {3, 5}});
      IndexResult r = Pipeline.run(t, flat("a", "same"), MIN_MAX);
      assertThat(r.node("same").scores()).containsExactly(0.5, 0.5, 0.5);
      assertThat(r.warnings()).anyMatch(w -> w.contains("\"same\"") && w.contains("midpoint 0.5"));
      assertThat(r.composite().scores()).doesNotContain(NaN);
    }

    @Test
    @DisplayName("an all-missing indicator is an error naming it")
    void allMissing() {
      Table t = table(List.of("P", "Q"), List.of("a", "empty"), new double[][] {{1, NaN}, {2, NaN}});
      List<Problem> p = problemsOf(() -> Pipeline.run(t, flat("a", "empty"), MIN_MAX));
      assertThat(p).singleElement().satisfies(pr -> {
        assertThat(pr.code()).isEqualTo("all-missing");
        assertThat(pr.message()).contains("\"empty\"");
        assertThat(pr.column()).isEqualTo(1);
      });
    }

    @Test
    @DisplayName("a single missing cell is named by entity, indicator, row and column")
    void missingCell() {
      Table t = table(List.of("P", "Q", "R"), List.of("a", "b"), new double[][] {{1, 2}, {2, NaN}, {3, 4}});
      List<Problem> p = problemsOf(() -> Pipeline.run(t, flat("a", "b"), MIN_MAX));
      assertThat(p).singleElement().satisfies(pr -> {
        assertThat(pr.message()).contains("\"Q\"").contains("\"b\"");
        assertThat(pr.row()).isEqualTo(1);
        assertThat(pr.column()).isEqualTo(1);
      });
    }

    @Test
    @DisplayName("one entity is an error")
    void oneEntity() {
      assertThatThrownBy(() -> table(List.of("P"), List.of("a"), new double[][] {{1}}))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 2");
    }

    @Test
    @DisplayName("a league with one entity is an error naming the league")
    void oneEntityLeague() {
      Table t = new Table(List.of("P", "Q", "R"), List.of("a"), new double[][] {{1}, {2}, {3}}, List.of("x", "x", "solo"), null);
      Recipe leagues = Recipe.defaults().withLeagues(true);
      assertThat(problemsOf(() -> Pipeline.run(t, flat("a"), leagues)))
          .anyMatch(p -> p.message().contains("\"R\"") && p.message().contains("league \"solo\""));
    }

    @Test
    @DisplayName("duplicate entity names are errors naming them and both rows")
    void duplicateEntities() {
      assertThatThrownBy(() -> table(List.of("P", "Q", "P"), List.of("a"), new double[][] {{1}, {2}, {3}}))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"P\" appears twice (rows 1 and 3");
    }

    @Test
    @DisplayName("duplicate indicator names are errors naming them")
    void duplicateIndicators() {
      assertThatThrownBy(() -> table(List.of("P", "Q"), List.of("a", "a"), new double[][] {{1, 1}, {2, 2}}))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("indicator \"a\" appears twice");
      assertThatThrownBy(() -> new IndicatorTree(List.of(Indicator.node("r", null, null, null, null),
          Indicator.leaf("a", null, null, "r", null, null), Indicator.leaf("a", null, null, "r", null, null))))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("\"a\" is used twice");
    }

    @Test
    @DisplayName("the geometric mean refuses zeros, naming the entity and indicator")
    void geometricRefusesZero() {
      Table t = table(List.of("P", "Q"), List.of("a", "b"), new double[][] {{1, 2}, {3, 4}});
      Recipe geo = MIN_MAX.withAggregate(StepChoice.of("geometric"));
      List<Problem> p = problemsOf(() -> Pipeline.run(t, flat("a", "b"), geo));
      assertThat(p).hasSize(2).allMatch(pr -> pr.message().contains("geometric mean needs scores > 0"));
      assertThat(p.get(0).message()).contains("\"P\"").contains("\"a\"");
      // min-max to [1, 100] makes it valid: √(1·1) = 1 and √(100·100) = 100
      IndexResult ok = Pipeline.run(t, flat("a", "b"), geo.withNormalise(StepChoice.of("min-max", "min", 1, "max", 100)));
      assertThat(ok.composite().scores()[0]).isCloseTo(1, within(1e-12));
      assertThat(ok.composite().scores()[1]).isCloseTo(100, within(1e-12));
    }

    @Test
    @DisplayName("a tree leaf without a Data column is named with the columns that matched nothing; extra columns alone only warn")
    void missingColumn() {
      Table t = table(List.of("P", "Q"), List.of("a", "notes"), new double[][] {{1, 1}, {2, 2}});
      List<Problem> p = problemsOf(() -> Pipeline.run(t, flat("a", "b"), MIN_MAX));
      assertThat(p).hasSize(2);
      assertThat(p.get(0).message()).contains("[b]");
      assertThat(p.get(1).message()).contains("\"notes\" matches no indicator");
      assertThat(p.get(1).column()).isEqualTo(1);
      IndexResult r = Pipeline.run(t, flat("a"), MIN_MAX);
      assertThat(r.warnings()).anyMatch(w -> w.contains("[notes]"));
    }

    @Test
    @DisplayName("log of zero is refused at its cell")
    void logOfZero() {
      IndicatorTree tree = new IndicatorTree(List.of(Indicator.node("index", null, null, null, null),
          new Indicator("a", null, null, "index", null, null, Transform.LOG, null, null, null, null)));
      Table t = table(List.of("P", "Q"), List.of("a"), new double[][] {{0}, {2}});
      assertThat(problemsOf(() -> Pipeline.run(t, tree, MIN_MAX)))
          .singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(0));
    }
  }

  @Test
  @DisplayName("per-capita divides by a named column that is not itself an indicator")
  void perCapita() {
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.node("index", null, null, null, null),
        new Indicator("patents", null, null, "index", null, null, Transform.parse("per-capita(population)"), null, null, null, null)));
    // patents per person: 10/10 = 1, 30/10 = 3, 20/5 = 4 → min-max 0, 2/3, 1
    Table t = table(List.of("P", "Q", "R"), List.of("patents", "population"), new double[][] {{10, 10}, {30, 10}, {20, 5}});
    IndexResult r = Pipeline.run(t, tree, MIN_MAX);
    assertThat(r.composite().scores()[1]).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.warnings()).noneMatch(w -> w.contains("population"));
  }

  @Test
  @DisplayName("Data given at a higher level cuts the tree there: dimension scores replace their indicators")
  void enterTreeAtAnyLevel() {
    IndicatorTree tree = new IndicatorTree(List.of(
        Indicator.node("index", null, null, null, null),
        Indicator.node("d1", "Dimension one", "维度一", "index", 0.25),
        Indicator.node("d2", null, null, "index", 0.75),
        Indicator.leaf("x1", null, null, "d1", null, null),
        Indicator.leaf("x2", null, null, "d2", null, null)));
    Table t = table(List.of("P", "Q"), List.of("维度一", "d2"), new double[][] {{40, 80}, {80, 40}});
    IndexResult r = Pipeline.run(t, tree, MIN_MAX.withNormalise(StepChoice.of("none")));
    assertThat(r.score("P")).isCloseTo(0.25 * 40 + 0.75 * 80, within(1e-12));
    assertThat(r.nodes()).extracting(n -> n.code()).containsExactly("index", "d1", "d2");
  }

  @Test
  @DisplayName("k-means tiers in the pipeline: same run twice → same tiers; tier 1 holds the highest mean composite")
  void kMeansTiersDeterministicAndOrdered() {
    Random rnd = new Random(42);
    int n = 200;
    List<String> names = java.util.stream.IntStream.range(0, n).mapToObj(i -> "city" + i).toList();
    double[][] v = new double[n][3];
    for (double[] row : v) for (int c = 0; c < 3; c++) row[c] = Math.exp(rnd.nextGaussian());
    Table t = table(names, List.of("a", "b", "c"), v);
    Recipe r = MIN_MAX.withTiers(StepChoice.of("k-means", "k", 4, "seed", 99, "labels", List.of("综合领先型", "均衡发展型", "特色追赶型", "基础追赶型")))
        .withStars(StepChoice.of("quantile", "k", 6));
    IndexResult first = Pipeline.run(t, flat("a", "b", "c"), r);
    IndexResult again = Pipeline.run(t, flat("a", "b", "c"), r);
    int[] tiers = first.composite().tiers().levels();
    assertThat(again.composite().tiers().levels()).isEqualTo(tiers);
    double[] mean = new double[5];
    int[] count = new int[5];
    for (int i = 0; i < n; i++) { mean[tiers[i]] += first.composite().scores()[i]; count[tiers[i]]++; }
    for (int k = 1; k < 4; k++) assertThat(mean[k] / count[k]).isGreaterThan(mean[k + 1] / count[k + 1]);
    int best = first.row(names.get(Arrays.stream(first.composite().ranks()).boxed().toList().indexOf(1)));
    assertThat(first.composite().tiers().labels()[best]).isEqualTo("综合领先型");
    assertThat(first.composite().stars().labels()[best]).isEqualTo("★★★★★★");
    assertThat(first.node("a").tiers()).as("leaves get no tiers").isNull();
  }

  @Test
  @DisplayName("leagues: each Group normalised and ranked on its own")
  void leagues() {
    Table t = new Table(List.of("A", "B", "C", "x", "y"), List.of("v"), new double[][] {{10}, {20}, {30}, {1}, {2}},
        List.of("main", "main", "main", "mini", "mini"), null);
    Recipe leagues = Recipe.defaults().withLeagues(true);
    IndexResult r = Pipeline.run(t, flat("v"), leagues);
    assertThat(r.composite().scores()).containsExactly(0, 0.5, 1, 0, 1);
    assertThat(r.composite().ranks()).containsExactly(3, 2, 1, 2, 1);
    IndexResult pooled = Pipeline.run(t, flat("v"), MIN_MAX);
    assertThat(pooled.composite().ranks()).containsExactly(3, 2, 1, 5, 4);
  }

  @Test
  @DisplayName("panels: each year scored on its own; change = last year's rank − this year's; null where new")
  void panel() {
    Table t = new Table(List.of("A", "B", "A", "B", "C"), List.of("v"), new double[][] {{1}, {2}, {3}, {2}, {1}},
        null, List.of(2022, 2022, 2023, 2023, 2023));
    IndexResult r = Pipeline.run(t, flat("v"), MIN_MAX);
    assertThat(r.composite().ranks()).containsExactly(2, 1, 1, 2, 3);
    // A: 2 → 1 is +1; B: 1 → 2 is −1; C is new in 2023; 2022 has no previous year
    assertThat(r.composite().rankChanges()).containsExactly(null, null, 1, -1, null);
  }

  @Test
  @DisplayName("leaf Types (input/outcome) each get a sub-score: their leaves with effective weights rescaled to 1")
  void typeSubScores() {
    IndicatorTree tree = new IndicatorTree(List.of(
        Indicator.node("index", null, null, null, null),
        Indicator.node("d1", null, null, "index", 0.5),
        Indicator.node("d2", null, null, "index", 0.5),
        new Indicator("a", null, null, "d1", null, null, null, null, null, null, "input"),
        new Indicator("b", null, null, "d1", null, null, null, null, null, null, "outcome"),
        new Indicator("c", null, null, "d2", null, null, null, null, null, null, "input")));
    Table t = table(List.of("P", "Q", "R"), List.of("a", "b", "c"), new double[][] {{0, 10, 5}, {10, 0, 10}, {5, 5, 0}});
    IndexResult r = Pipeline.run(t, tree, MIN_MAX);
    // min-max: a = 0, 1, 0.5; b = 1, 0, 0.5; c = 0.5, 1, 0. Effective weights a .25, b .25, c .5
    // input = (.25 a + .5 c)/.75: P = 0.25/.75 = 1/3, Q = .75/.75 = 1, R = .125/.75 = 1/6
    assertThat(r.node("type.input").scores()[0]).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.node("type.input").scores()[1]).isCloseTo(1.0, within(1e-12));
    assertThat(r.node("type.input").scores()[2]).isCloseTo(1.0 / 6, within(1e-12));
    assertThat(r.node("type.outcome").scores()).containsExactly(1, 0, 0.5);
    assertThat(r.node("type.input").ranks()).containsExactly(2, 1, 3);
    assertThat(r.nodes()).extracting(NodeResult::code).containsExactly("index", "d1", "a", "b", "d2", "c", "type.input", "type.outcome");
  }

  @Test
  @DisplayName("aggregation per node: a dimension set to geometric in the tree, the rest arithmetic as the recipe says")
  void aggregationPerNode() {
    IndicatorTree tree = new IndicatorTree(List.of(
        Indicator.node("index", null, null, null, null),
        new Indicator("d1", null, null, "index", null, null, null, null, null, null, null, StepChoice.of("geometric")),
        Indicator.node("d2", null, null, "index", null),
        Indicator.leaf("a", null, null, "d1", null, null), Indicator.leaf("b", null, null, "d1", null, null),
        Indicator.leaf("c", null, null, "d2", null, null), Indicator.leaf("e", null, null, "d2", null, null)));
    Table t = table(List.of("P", "Q"), List.of("a", "b", "c", "e"), new double[][] {{1, 4, 1, 4}, {9, 1, 9, 1}});
    IndexResult r = Pipeline.run(t, tree, MIN_MAX.withNormalise(StepChoice.of("none")));
    assertThat(r.node("d1").scores()[0]).isCloseTo(2, within(1e-12)); // √(1·4)
    assertThat(r.node("d2").scores()[0]).isCloseTo(2.5, within(1e-12)); // (1 + 4)/2
    assertThat(r.node("d1").scores()[1]).isCloseTo(3, within(1e-12)); // √(9·1)
    assertThat(r.score("P")).isCloseTo(2.25, within(1e-12));
    assertThat(r.provenance().variants()).anyMatch(v -> v.startsWith("aggregate at \"d1\" (Indicators sheet): weighted geometric"));
  }
}
