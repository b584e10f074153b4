package org.indexkit.analysis;

import org.indexkit.core.StepChoice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UncertaintyAnalysisTest {
  static final IndicatorTree TREE;
  static final Table TABLE;

  static {
    List<Indicator> nodes = new ArrayList<>(List.of(Indicator.node("index", null, null, null, null),
        Indicator.node("d1", null, null, "index", 0.5), Indicator.node("d2", null, null, "index", 0.5)));
    for (int i = 0; i < 6; i++) nodes.add(Indicator.leaf("x" + i, null, null, i < 3 ? "d1" : "d2", null, null));
    TREE = new IndicatorTree(nodes);
    Random rnd = new Random(4);
    List<String> names = new ArrayList<>();
    double[][] v = new double[40][6];
    for (int r = 0; r < 40; r++) {
      names.add("city " + r);
      for (int c = 0; c < 6; c++) v[r][c] = r == 0 ? 1000 + c : rnd.nextDouble() * 100; // city 0 leads everywhere
    }
    TABLE = new Table(names, List.of("x0", "x1", "x2", "x3", "x4", "x5"), v);
  }

  static final Recipe RECIPE = Recipe.defaults().withTiers(StepChoice.of("quantile", "k", 4));

  @Test
  @DisplayName("with zero perturbation every interval collapses to the nominal rank and every entity keeps its tier")
  void zeroPerturbation() {
    var res = UncertaintyAnalysis.runs(20).weightSpread(0).seed(1).run(TABLE, TREE, RECIPE);
    for (int e = 0; e < 40; e++) {
      assertThat(res.p5()[e]).isEqualTo(res.nominalRank()[e]);
      assertThat(res.p95()[e]).isEqualTo(res.nominalRank()[e]);
      assertThat(res.medianRank()[e]).isEqualTo(res.nominalRank()[e]);
      assertThat(res.meanAbsShift()[e]).isZero();
      assertThat(res.keepTier()[e]).isEqualTo(1.0);
    }
  }

  @Test
  @DisplayName("an entity far ahead on every indicator stays [1, 1] under ±25% weights, other normalisations and aggregations")
  void dominantEntity() {
    var res = UncertaintyAnalysis.runs(200).weightSpread(0.25).seed(3).leaveOneOut(true).alternatives(
        List.of(StepChoice.of("min-max", "min", 1, "max", 100), StepChoice.of("min-max", "min", 10, "max", 100)),
        List.of(StepChoice.of("arithmetic"), StepChoice.of("geometric"))).run(TABLE, TREE,
        RECIPE.withNormalise(StepChoice.of("min-max", "min", 1, "max", 100)));
    assertThat(res.p5()[0]).isEqualTo(1);
    assertThat(res.p95()[0]).isEqualTo(1);
    assertThat(java.util.Arrays.stream(res.meanAbsShift()).max().orElseThrow()).as("others do move").isPositive();
    assertThat(res.runs()).hasSize(200);
    assertThat(res.runs().get(0).excluded()).isNotNull();
  }

  @Test
  @DisplayName("same seed → same result, whatever the number of threads")
  void deterministic() throws Exception {
    UncertaintyAnalysis ua = UncertaintyAnalysis.runs(60).weightSpread(0.25).leaveOneOut(true).seed(42);
    var a = ua.run(TABLE, TREE, RECIPE);
    var b = new ForkJoinPool(1).submit(() -> ua.run(TABLE, TREE, RECIPE)).get();
    assertThat(b.medianRank()).containsExactly(a.medianRank());
    assertThat(b.p95()).containsExactly(a.p95());
    assertThat(b.keepTier()).containsExactly(a.keepTier());
    assertThat(b.runs()).isEqualTo(a.runs());
    var c = UncertaintyAnalysis.runs(60).weightSpread(0.25).leaveOneOut(true).seed(43).run(TABLE, TREE, RECIPE);
    assertThat(c.runs()).isNotEqualTo(a.runs());
  }

  @Test
  @DisplayName("alternatives that cannot work together are reported with the run and its parameters")
  void incompatibleAlternatives() {
    var ua = UncertaintyAnalysis.runs(20).weightSpread(0).seed(1).alternatives(List.of(StepChoice.of("percentile")), List.of(StepChoice.of("geometric")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ua.run(TABLE, TREE, RECIPE))
        .hasMessageContaining("(normalisation percentile, aggregation geometric) cannot be scored")
        .hasMessageContaining("choose alternatives that work together");
  }

  @Test
  @DisplayName("Sobol on the index: only the weights that can reorder entities matter; the others' indices are ≈ 0")
  void sobolOnTheIndex() {
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.node("index", null, null, null, null),
        Indicator.node("d1", null, null, "index", 0.5), Indicator.node("d2", null, null, "index", 0.5),
        Indicator.leaf("a", null, null, "d1", null, null), Indicator.leaf("b", null, null, "d1", null, null),
        Indicator.leaf("c", null, null, "d2", null, null), Indicator.leaf("e", null, null, "d2", null, null)));
    Random rnd = new Random(8);
    List<String> names = new ArrayList<>();
    double[][] v = new double[30][4];
    for (int r = 0; r < 30; r++) {
      names.add("c" + r);
      v[r][0] = rnd.nextDouble();
      v[r][1] = rnd.nextDouble();
      v[r][2] = 5; // d2's indicators are the same for everyone: their weights cannot reorder anyone
      v[r][3] = 5;
    }
    Table t = new Table(names, List.of("a", "b", "c", "e"), v);
    UncertaintyAnalysis ua = UncertaintyAnalysis.runs(10).weightSpread(0.5).seed(2);
    List<String> inputs = ua.inputs(tree);
    assertThat(inputs).containsExactly("weight of d1", "weight of a", "weight of b", "weight of d2", "weight of c", "weight of e");
    var s = ua.sobol(t, tree, Recipe.defaults(), 1500, 0);
    for (String irrelevant : List.of("weight of d1", "weight of d2", "weight of c", "weight of e"))
      assertThat(Math.abs(s.total()[inputs.indexOf(irrelevant)])).as(irrelevant).isLessThan(0.02);
    assertThat(s.total()[inputs.indexOf("weight of a")]).isGreaterThan(0.2);
    assertThat(s.total()[inputs.indexOf("weight of b")]).isGreaterThan(0.2);
  }

  @Test
  @DisplayName("leave-one-out importance: removing an indicator that is the same for everyone moves no rank")
  void leaveOneOut() {
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.node("index", null, null, null, null),
        Indicator.leaf("a", null, null, "index", null, null), Indicator.leaf("b", null, null, "index", null, null),
        Indicator.leaf("c", null, null, "index", null, null)));
    Table t = new Table(List.of("P", "Q", "R"), List.of("a", "b", "c"), new double[][] {{1, 3, 7}, {2, 2, 7}, {3, 1.5, 7}});
    var imp = org.indexkit.analysis.LeaveOneOut.shifts(t, tree, Recipe.defaults());
    assertThat(imp.get("c")).isZero();
    assertThat(imp.get("a")).isPositive(); // without a, b alone decides: P first instead of R
  }

  @Test
  @DisplayName("Dirichlet weights are centred on the nominal weights; a very high concentration collapses the intervals")
  void dirichlet() {
    var wide = UncertaintyAnalysis.runs(400).weightSpread(0).seed(5).dirichlet(20).run(TABLE, TREE, RECIPE);
    double meanD1 = wide.runs().stream().mapToDouble(r -> r.localWeights().get(1)).average().orElseThrow();
    assertThat(meanD1).as("d1's nominal weight is 0.5").isCloseTo(0.5, org.assertj.core.api.Assertions.within(0.02));
    assertThat(wide.runs().get(0).localWeights().get(1) + wide.runs().get(0).localWeights().get(5))
        .as("siblings still sum to 1").isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
    var tight = UncertaintyAnalysis.runs(50).weightSpread(0).seed(5).dirichlet(1e7).run(TABLE, TREE, RECIPE);
    for (int e = 0; e < 40; e++) assertThat(tight.p95()[e] - tight.p5()[e]).isLessThanOrEqualTo(1);
  }

  @Test
  @DisplayName("with MICE in the recipe each run can draw its own imputation; it becomes an uncertain input")
  void imputationDraws() throws Exception {
    Recipe mice = org.indexkit.json.RecipeJson.parse("t", "{\"impute\":\"mice\"}");
    var ua = UncertaintyAnalysis.runs(5).weightSpread(0.1).seed(1).imputationDraws(true);
    assertThat(ua.inputs(TREE, mice)).endsWith("imputation draw");
    assertThat(ua.inputs(TREE, Recipe.defaults())).doesNotContain("imputation draw");
    double[][] v = TABLE.values().clone();
    v = java.util.Arrays.stream(v).map(double[]::clone).toArray(double[][]::new);
    v[3][2] = Double.NaN;
    var t = new Table(TABLE.entities(), TABLE.indicators(), v);
    assertThat(ua.run(t, TREE, mice).runs()).hasSize(5);
  }
}
