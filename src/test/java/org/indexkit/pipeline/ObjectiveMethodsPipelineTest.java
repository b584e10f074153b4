package org.indexkit.pipeline;

import org.indexkit.core.StepChoice;
import org.indexkit.method.weight.Weightings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.json.RecipeJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Objective weights and TOPSIS through the whole pipeline, checked against the published examples. */
class ObjectiveMethodsPipelineTest {
  static IndicatorTree flat(List<String> codes, List<Direction> dirs, List<Double> weights) {
    List<Indicator> nodes = new ArrayList<>();
    nodes.add(Indicator.node("index", null, null, null, null));
    for (int i = 0; i < codes.size(); i++)
      nodes.add(Indicator.leaf(codes.get(i), null, null, "index", weights == null ? null : weights.get(i), dirs.get(i)));
    return new IndicatorTree(nodes);
  }

  static Table table(double[][] rows, List<String> codes) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) names.add("A" + (i + 1));
    return new Table(names, codes, rows);
  }

  @Test
  @DisplayName("TOPSIS as the aggregation, with the cost criterion marked −: the fighter-aircraft closeness 0.643/0.268/0.614/0.312")
  void topsisInThePipeline() {
    List<String> codes = List.of("speed", "range", "payload", "cost", "reliability", "manoeuvrability");
    List<Direction> dirs = List.of(Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT, Direction.COST, Direction.BENEFIT, Direction.BENEFIT);
    double[][] rows = {{2.0, 1500, 20000, 5.5, 5, 9}, {2.5, 2700, 18000, 6.5, 3, 5}, {1.8, 2000, 21000, 4.5, 7, 7}, {2.2, 1800, 20000, 5.0, 5, 5}};
    Recipe r = Recipe.defaults().withNormalise(StepChoice.of("none")).withAggregate(StepChoice.of("topsis"));
    IndexResult res = Pipeline.run(table(rows, codes), flat(codes, dirs, List.of(0.2, 0.1, 0.1, 0.1, 0.2, 0.3)), r);
    double[] published = {0.643, 0.268, 0.614, 0.312};
    for (int i = 0; i < 4; i++) assertThat(res.score("A" + (i + 1))).isCloseTo(published[i], within(0.002));
    assertThat(res.composite().ranks()).containsExactly(1, 4, 2, 3);
    assertThat(res.provenance().variants()).anyMatch(v -> v.contains("TOPSIS closeness") && v.contains("vector normalisation"));
  }

  @Test
  @DisplayName("entropy weights across all indicators on Xu (2004)'s matrix give the published 0.4630/0.3992/0.1378/0.0000")
  void entropyInThePipeline() throws Exception {
    List<String> codes = List.of("c1", "c2", "c3", "c4");
    double[][] rows = {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}};
    Recipe r = RecipeJson.parse("test", "{\"normalise\":\"none\",\"weights\":{\"method\":\"entropy\",\"scope\":\"all-indicators\"}}");
    IndexResult res = Pipeline.run(table(rows, codes), flat(codes, List.of(Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT), null), r);
    double[] published = {0.4630, 0.3992, 0.1378, 0.0000};
    List<NodeWeight> leaves = res.weights().stream().filter(NodeWeight::leaf).toList();
    for (int j = 0; j < 4; j++) assertThat(leaves.get(j).effective()).isCloseTo(published[j], within(0.00005));
    assertThat(leaves.get(0).derivation()).isEqualTo("entropy across all indicators");
    assertThat(leaves.get(0).segment()).isEqualTo("all");
    // the composite is the entropy-weighted sum of the values, e.g. A1 = Σ w·x
    double a1 = 0;
    for (int j = 0; j < 4; j++) a1 += leaves.get(j).effective() * rows[0][j];
    assertThat(res.score("A1")).isCloseTo(a1, within(1e-9));
    assertThat(res.provenance().variants()).anyMatch(v -> v.contains("0·ln0 = 0"));
  }

  @Test
  @DisplayName("entropy within dimensions weighs each dimension's indicators from its own data; the tree's upper weights stay")
  void entropyWithinDimensions() throws Exception {
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.node("index", null, null, null, null),
        Indicator.node("d1", null, null, "index", 0.7), Indicator.node("d2", null, null, "index", 0.3),
        Indicator.leaf("a", null, null, "d1", null, null), Indicator.leaf("b", null, null, "d1", null, null),
        Indicator.leaf("c", null, null, "d2", null, null)));
    double[][] rows = {{1, 1, 1}, {1, 3, 2}};
    Recipe r = RecipeJson.parse("t", "{\"normalise\":\"none\",\"weights\":\"entropy\"}");
    IndexResult res = Pipeline.run(new Table(List.of("P", "Q"), List.of("a", "b", "c"), rows), tree, r);
    // within d1: a = (1, 1) carries no information (e = 1), b = (1, 3) all of it → a 0, b 1 (hand calculation in ObjectiveWeightsTest)
    NodeWeight a = res.weights().stream().filter(w -> w.code().equals("a")).findFirst().orElseThrow();
    NodeWeight b = res.weights().stream().filter(w -> w.code().equals("b")).findFirst().orElseThrow();
    NodeWeight d1 = res.weights().stream().filter(w -> w.code().equals("d1")).findFirst().orElseThrow();
    assertThat(a.local()).isCloseTo(0, within(1e-12));
    assertThat(b.local()).isCloseTo(1, within(1e-12));
    assertThat(d1.local()).isEqualTo(0.7);
  }

  @Test
  @DisplayName("entropy on z-scores (negative values) is refused, naming the indicator; with shift it runs and the Audit says so")
  void entropyNegativeValues() throws Exception {
    List<String> codes = List.of("x", "y");
    double[][] rows = {{1, 5}, {2, 3}, {3, 9}};
    Table t = table(rows, codes);
    IndicatorTree tree = flat(codes, List.of(Direction.BENEFIT, Direction.BENEFIT), null);
    Recipe refuse = RecipeJson.parse("t", "{\"normalise\":\"z-score\",\"weights\":\"entropy\"}");
    try {
      Pipeline.run(t, tree, refuse);
      throw new AssertionError("expected a refusal");
    } catch (InvalidInputException e) {
      assertThat(e.problems().get(0).message()).contains("entropy weights of the indicators of \"index\"")
          .contains("\"x\" has a negative value").contains("shift");
    }
    Recipe shift = RecipeJson.parse("t", "{\"normalise\":\"z-score\",\"weights\":{\"method\":\"entropy\",\"shift\":true}}");
    IndexResult res = Pipeline.run(t, tree, shift);
    assertThat(res.warnings()).anyMatch(w -> w.contains("\"x\" shifted by") && w.contains("values below 0"));
    assertThat(Weightings.STEP.resolve(StepChoice.of("critic")).text("scope")).isEqualTo("within-dimension");
  }

  @Test
  @DisplayName("VIKOR in the pipeline: score = 1 − Q, and S, R, Q are in the result and beside the score in the Scores sheet")
  void vikorInThePipeline() throws Exception {
    List<String> codes = List.of("c1", "c2", "c3", "c4");
    double[][] rows = {{8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4}};
    Recipe r = RecipeJson.parse("t", "{\"normalise\":\"none\",\"aggregate\":{\"method\":\"vikor\",\"v\":0.625}}");
    IndexResult res = Pipeline.run(table(rows, codes), flat(codes, List.of(Direction.BENEFIT, Direction.BENEFIT,
        Direction.BENEFIT, Direction.BENEFIT), List.of(0.4, 0.3, 0.1, 0.2)), r);
    double[] q = res.composite().details().get("Q");
    double[] published = {0.640, 1.000, 0.693, 0.271, 0.000, 0.694}; // Papathanasiou & Ploskas (2018)
    for (int i = 0; i < 6; i++) {
      assertThat(q[i]).isCloseTo(published[i], within(0.0005));
      assertThat(res.score("A" + (i + 1))).isCloseTo(1 - q[i], within(1e-12));
    }
    assertThat(res.rank("A5")).isEqualTo(1);
    var scores = org.indexkit.sheet.SheetPlans.of(res, null).get(0);
    assertThat(scores.columns()).extracting(c -> c.key()).contains("index.S", "index.R", "index.Q");
  }

  @Test
  @DisplayName("issue 13: entropy weights from the raw values (pymcdm's flow: weights from the raw matrix, then TOPSIS), cost "
      + "column not mirrored, equal a hand computation; the default takes the normalised values and Provenance names which")
  void entropyOnRawValues() throws Exception {
    List<String> codes = List.of("a", "b", "cost");
    List<Direction> dirs = List.of(Direction.BENEFIT, Direction.BENEFIT, Direction.COST);
    double[][] rows = {{7, 9, 9}, {8, 7, 8}, {9, 6, 8}, {6, 7, 8}};
    Recipe raw = RecipeJson.parse("t", "{\"weights\":{\"method\":\"entropy\",\"scope\":\"all-indicators\",\"on\":\"raw\"},"
        + "\"aggregate\":\"topsis\"}");
    IndexResult res = Pipeline.run(table(rows, codes), flat(codes, dirs, null), raw);
    // by hand: p_ij = x_ij / Σ_i x_ij, E_j = −Σ p ln p / ln m, w_j = (1 − E_j) / Σ (1 − E)
    double[] d = new double[3];
    for (int j = 0; j < 3; j++) {
      double sum = 0, e = 0;
      for (double[] row : rows) sum += row[j];
      for (double[] row : rows) e -= row[j] / sum * Math.log(row[j] / sum);
      d[j] = 1 - e / Math.log(rows.length);
    }
    double total = d[0] + d[1] + d[2];
    for (int j = 0; j < 3; j++) {
      String code = codes.get(j);
      double w = res.weights().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow().effective();
      assertThat(w).as(code).isCloseTo(d[j] / total, within(1e-12));
    }
    assertThat(res.provenance().variants()).anyMatch(v -> v.contains("from the raw values"));
    Recipe normalised = RecipeJson.parse("t", "{\"weights\":{\"method\":\"entropy\",\"scope\":\"all-indicators\"},\"aggregate\":\"topsis\"}");
    IndexResult n = Pipeline.run(table(rows, codes), flat(codes, dirs, null), normalised);
    assertThat(n.provenance().variants()).anyMatch(v -> v.contains("from the normalised values"));
    assertThat(n.weights().get(1).effective()).isNotEqualTo(res.weights().get(1).effective());
  }

  @Test
  @DisplayName("combined weights in the pipeline: the tree's 0.4/0.3/0.2/0.1 with Xu (2004)'s entropy weights, linear α = 0.5 and game theory")
  void combinedInThePipeline() throws Exception {
    List<String> codes = List.of("c1", "c2", "c3", "c4");
    double[][] rows = {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}};
    List<Direction> dirs = List.of(Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT);
    IndicatorTree tree = flat(codes, dirs, List.of(0.4, 0.3, 0.2, 0.1));
    double[] a = {0.4, 0.3, 0.2, 0.1};
    double[] b = Pipeline.run(table(rows, codes), tree, RecipeJson.parse("test", "{\"normalise\":\"none\",\"weights\":\"entropy\"}"))
        .weights().stream().filter(NodeWeight::leaf).mapToDouble(NodeWeight::local).toArray();
    assertThat(b).containsExactly(new double[] {0.4630, 0.3992, 0.1378, 0.0000}, within(5e-5)); // published (Xu 2004)
    IndexResult linear = Pipeline.run(table(rows, codes), tree, RecipeJson.parse("test",
        "{\"normalise\":\"none\",\"weights\":{\"method\":\"combined\",\"objective\":\"entropy\",\"rule\":\"linear\",\"alpha\":0.5}}"));
    List<NodeWeight> leaves = linear.weights().stream().filter(NodeWeight::leaf).toList();
    for (int i = 0; i < 4; i++) assertThat(leaves.get(i).local()).isCloseTo(0.5 * a[i] + 0.5 * b[i], within(1e-15));
    assertThat(leaves.get(0).derivation()).isEqualTo("entropy within \"index\", combined with the subjective weights: linear α = 0.5 "
        + "(fixed) + 0.5 (entropy)");
    assertThat(linear.provenance().variants()).anyMatch(v -> v.startsWith("weights: combined subjective and objective weights, linear"));
    IndexResult game = Pipeline.run(table(rows, codes), tree, RecipeJson.parse("test",
        "{\"normalise\":\"none\",\"weights\":{\"method\":\"combined\",\"rule\":\"game-theory\",\"scope\":\"all-indicators\"}}"));
    double[] expected = org.indexkit.method.weight.CombinedWeights.combine(a, b, org.indexkit.method.weight.CombinedWeights.Rule.GAME_THEORY, 0);
    assertThat(game.weights().stream().filter(NodeWeight::leaf).mapToDouble(NodeWeight::effective).toArray())
        .containsExactly(expected, within(1e-12));
  }

  @Test
  @DisplayName("grey relational grades of JMcDM's test (Yıldırım & Önder 2015): 0.525, 0.70071, 0.54643, 0.57628, 0.65095; grey-TOPSIS by hand")
  void greyRelationalInThePipeline() {
    List<String> codes = List.of("c1", "c2", "c3", "c4", "c5", "c6");
    List<Direction> dirs = List.of(Direction.COST, Direction.BENEFIT, Direction.COST, Direction.BENEFIT, Direction.BENEFIT, Direction.COST);
    double[][] rows = {{105000, 105, 10, 4, 300, 10}, {120000, 110, 15, 4, 500, 8}, {150000, 120, 12, 3, 550, 12},
        {115000, 105, 20, 4, 600, 9}, {135000, 115, 15, 5, 400, 9}};
    IndicatorTree tree = flat(codes, dirs, List.of(0.05, 0.20, 0.10, 0.15, 0.10, 0.40));
    Recipe r = Recipe.defaults().withNormalise(StepChoice.of("min-max", "min", 0.0, "max", 1.0))
        .withAggregate(StepChoice.of("grey-relational"));
    IndexResult gra = Pipeline.run(table(rows, codes), tree, r);
    double[] published = {0.525, 0.7007142857, 0.5464285714, 0.5762820513, 0.6509523810};
    for (int i = 0; i < 5; i++) assertThat(gra.score("A" + (i + 1))).isCloseTo(published[i], within(1e-9));
    assertThat(gra.rank("A2")).isEqualTo(1);
    assertThat(gra.provenance().variants()).anyMatch(v -> v.contains("grey relational grade to the ideal (ρ = 0.5"));
    IndexResult greyTopsis = Pipeline.run(table(rows, codes), tree, r.withAggregate(StepChoice.of("grey-relational", "topsis", true)));
    double[] byHand = {0.456522, 0.612870, 0.423898, 0.495011, 0.599036}; // method-fixtures.md §2.6, self-computed
    for (int i = 0; i < 5; i++) assertThat(greyTopsis.score("A" + (i + 1))).isCloseTo(byHand[i], within(5e-7));
  }

  @Test
  @DisplayName("grey relational analysis when every entity is the ideal (Δmax = 0): every grade 1, grey-TOPSIS ½, and a warning says why")
  void greyRelationalDegenerate() {
    List<String> codes = List.of("x", "y");
    IndicatorTree tree = flat(codes, List.of(Direction.BENEFIT, Direction.BENEFIT), null);
    double[][] rows = {{0.4, 0.7}, {0.4, 0.7}, {0.4, 0.7}};
    Recipe r = Recipe.defaults().withNormalise(StepChoice.of("none")).withAggregate(StepChoice.of("grey-relational"));
    IndexResult gra = Pipeline.run(table(rows, codes), tree, r);
    assertThat(gra.composite().scores()).containsExactly(1, 1, 1);
    assertThat(gra.warnings()).anyMatch(w -> w.startsWith("\"index\": grey relational analysis") && w.contains("Δmax = 0"));
    IndexResult greyTopsis = Pipeline.run(table(rows, codes), tree, r.withAggregate(StepChoice.of("grey-relational", "topsis", true)));
    assertThat(greyTopsis.composite().scores()).containsExactly(0.5, 0.5, 0.5);
    assertThat(greyTopsis.composite().ranks()).containsExactly(1, 1, 1);
  }

  @Test
  @DisplayName("combined weights with AHP as the subjective source take the AHP parameters: geometric-mean priorities at α = 1, by hand")
  void combinedWithAhpParameters() {
    List<String> codes = List.of("x", "y", "z");
    IndicatorTree flat = flat(codes, List.of(Direction.BENEFIT, Direction.BENEFIT, Direction.BENEFIT), null);
    List<Indicator> nodes = new ArrayList<>(flat.nodes());
    nodes.set(0, nodes.get(0).withJudgements("2 5; 3")); // x 2× y, x 5× z, y 3× z
    double[][] rows = {{1, 4, 2}, {3, 1, 5}, {2, 2, 2}, {5, 3, 1}};
    Recipe r = RecipeJson.parse("test", "{\"weights\": {\"method\": \"combined\", \"subjective\": \"ahp\", \"objective\": \"entropy\", "
        + "\"alpha\": 1, \"priorities\": \"geometric\"}}");
    IndexResult res = Pipeline.run(table(rows, codes), new IndicatorTree(nodes), r);
    // row geometric means ∛10, ∛1.5, ∛(1/15), normalised
    double[] g = {Math.cbrt(10), Math.cbrt(1.5), Math.cbrt(1 / 15.0)};
    double sum = g[0] + g[1] + g[2];
    for (int i = 0; i < 3; i++) {
      String code = codes.get(i);
      assertThat(res.weights().stream().filter(w -> w.code().equals(code)).findFirst().orElseThrow().local()).isCloseTo(g[i] / sum, within(1e-12));
    }
    assertThat(res.provenance().variants()).anyMatch(v -> v.startsWith("weights (the combination's subjective source): AHP: priorities by")
        && v.contains("geometric"));
    assertThat(res.ahp().blocks().get(0).node()).isEqualTo("index");
  }

  @Test
  @DisplayName("ρ = 0 is refused with its recipe key: the distinguishing coefficient lies in (0, 1]")
  void greyRelationalRho() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.indexkit.scoring.ScoringSetup.layer(Recipe.defaults(), "test", null,
        java.util.Map.of("aggregate", "grey-relational", "aggregate.rho", "0")))
        .isInstanceOf(org.indexkit.core.InvalidInputException.class).hasMessageContaining("ρ must be in (0, 1], got 0.0");
  }
}
