package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.scoring.ScoringSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Coupling coordination against the published rows of Mathematical Problems in Engineering 2022, article 2969206,
 * Table 4 ("Coupling and coupling coordination type of the urban-rural logistics composite systems"; method-fixtures.md
 * §2.2): U_u, U_r printed to 3 dp, so C, T and D agree within the rounding of those inputs (0.0015).
 */
class CouplingCoordinationTest {
  static final String[] YEARS = {"2011", "2012", "2013", "2014", "2015"};
  static final double[][] U = {{0.101, 0.280}, {0.165, 0.406}, {0.187, 0.427}, {0.238, 0.511}, {0.424, 0.421}};
  /** The paper's C, T, D. */
  static final double[][] PUBLISHED = {{0.882, 0.190, 0.410}, {0.906, 0.286, 0.509}, {0.920, 0.307, 0.532}, {0.931, 0.374, 0.590},
      {1.000, 0.422, 0.650}};
  /** Revised C and its D, computed by hand from the same rows (method-fixtures.md §2.2). */
  static final double[][] REVISED = {{0.544, 0.322}, {0.555, 0.398}, {0.577, 0.421}, {0.582, 0.467}, {0.995, 0.648}};

  /** Each row a "city" whose two subsystems score exactly U (one indicator each, no normalisation). */
  static IndexResult scored(double[][] u, String... settings) {
    Table t = new Table(List.of(names(u.length)), List.of("xu", "xr"), u);
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.root("index", "Index", "指数"),
        Indicator.node("urban", "Urban logistics", "城市物流", "index", null), Indicator.node("rural", "Rural logistics", "农村物流", "index", null),
        Indicator.leaf("xu", "urban"), Indicator.leaf("xr", "rural")));
    Map<String, String> s = new java.util.LinkedHashMap<>(Map.of("normalise", "none"));
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    Recipe r = ScoringSetup.layer(Recipe.defaults(), "test", null, s);
    return Pipeline.run(t, tree, r);
  }

  static String[] names(int n) {
    return n == YEARS.length ? YEARS : java.util.stream.IntStream.range(0, n).mapToObj(i -> "e" + i).toArray(String[]::new);
  }

  static CouplingCoordination.Result coupling(IndexResult r) {
    List<Analysis.Outcome> out = Analyses.run(r, r.provenance().recipe());
    assertThat(out).hasSize(1);
    return (CouplingCoordination.Result) out.get(0);
  }

  @Test
  @DisplayName("standard model: C, T and D of the five published years, within the rounding of the 3-dp inputs")
  void publishedRows() {
    var c = coupling(scored(U, "analyses.coupling", "standard"));
    for (int y = 0; y < YEARS.length; y++) {
      assertThat(c.c()[y]).as("C " + YEARS[y]).isCloseTo(PUBLISHED[y][0], within(0.0015));
      assertThat(c.t()[y]).as("T " + YEARS[y]).isCloseTo(PUBLISHED[y][1], within(0.0015));
      assertThat(c.d()[y]).as("D " + YEARS[y]).isCloseTo(PUBLISHED[y][2], within(0.0015));
    }
    // n = 2: C = 2√(U₁U₂)/(U₁ + U₂), exactly
    assertThat(c.c()[0]).isCloseTo(2 * Math.sqrt(0.101 * 0.280) / (0.101 + 0.280), within(1e-15));
    assertThat(c.variant()).contains("[urban, rural]", "C = n·[ΠUᵢ/(ΣUᵢ)ⁿ]^(1/n)", "α equal", "田深圳");
  }

  @Test
  @DisplayName("revised C of Wang et al. (2021) on the same rows, and D from it")
  void revisedRows() {
    var c = coupling(scored(U, "analyses.coupling", "revised"));
    for (int y = 0; y < YEARS.length; y++) {
      assertThat(c.c()[y]).as("C " + YEARS[y]).isCloseTo(REVISED[y][0], within(0.0006));
      assertThat(c.d()[y]).as("D " + YEARS[y]).isCloseTo(REVISED[y][1], within(0.0006));
    }
    assertThat(c.variant()).contains("revised C", "王淑佳");
  }

  @Test
  @DisplayName("three subsystems by hand: standard C = GM/AM = 0.4/0.46667, revised C = √(0.6·√0.125)")
  void threeSubsystems() {
    double[] u = {0.2, 0.4, 0.8};
    assertThat(CouplingCoordination.standardC(u)).isCloseTo(0.4 / (1.4 / 3), within(1e-12));
    // spread |0.4−0.2| + |0.8−0.2| + |0.8−0.4| = 1.2 over 1 + 2 = 3 pairs; Π U/max = 0.25·0.5·1 = 0.125, to the 1/(n−1)
    assertThat(CouplingCoordination.revisedC(u)).isCloseTo(Math.sqrt((1 - 1.2 / 3) * Math.sqrt(0.125)), within(1e-12));
    assertThat(CouplingCoordination.standardC(new double[] {0.3, 0.3, 0.3})).as("all equal").isEqualTo(1.0);
    assertThat(CouplingCoordination.revisedC(new double[] {0.3, 0.3, 0.3})).as("all equal").isCloseTo(1.0, within(1e-15));
  }

  @Test
  @DisplayName("D is graded by the ten-level table, intervals closed on the right; C by its four stages")
  void defaultGrading() {
    var c = coupling(scored(new double[][] {{0.101, 0.280}, {0.25, 0.25}, {0.6, 0.6}, {0.95, 0.95}}, "analyses.coupling", "standard"));
    assertThat(c.d()[1]).isEqualTo(0.5);
    assertThat(c.level()).containsExactly("濒临失调", "濒临失调", "中级协调", "优质协调"); // D = 0.41, 0.5 (boundary), 0.775, 0.975
    assertThat(c.levelEn()[1]).isEqualTo("on the verge of imbalance");
    assertThat(CoordinationLevels.DEFAULT.label(0.5000001)).isEqualTo("勉强协调");
    assertThat(c.stage()).containsExactly("高水平耦合", "高水平耦合", "高水平耦合", "高水平耦合");
    assertThat(CoordinationLevels.COUPLING_STAGES.label(0.3)).isEqualTo("低水平耦合");
    assertThat(CoordinationLevels.COUPLING_STAGES.label(0.31)).isEqualTo("拮抗");
    assertThat(CoordinationLevels.DEFAULT.label(0)).isEqualTo("极度失调");
  }

  @Test
  @DisplayName("the paper's own grading (0.5–0.6 'primary') through thresholds and labels")
  void paperGrading() {
    var c = coupling(scored(U, "analyses.coupling", "standard", "analyses.coupling.thresholds", "[0.6, 0.5, 0.4]",
        "analyses.coupling.labels", "[\"intermediate\", \"primary\", \"close to incongruity\", \"incongruity\"]"));
    assertThat(c.level()).containsExactly("close to incongruity", "primary", "primary", "primary", "intermediate");
    assertThat(c.levelEn()).containsOnlyNulls();
    assertThatThrownBy(() -> scored(U, "analyses.coupling", "standard", "analyses.coupling.thresholds", "[0.6, 0.5]",
        "analyses.coupling.labels", "[\"a\"]")).isInstanceOf(InvalidInputException.class).hasMessageContaining("3 levels");
  }

  @Test
  @DisplayName("a zero subsystem makes C = D = 0 and is stated, on the row and as a warning")
  void zeroSubsystem() {
    var c = coupling(scored(new double[][] {{0, 0.5}, {0.4, 0.5}}, "analyses.coupling", "standard"));
    assertThat(c.c()[0]).isZero();
    assertThat(c.d()[0]).isZero();
    assertThat(c.notes()[0]).contains("U = 0 at urban", "C = 0");
    assertThat(c.notes()[1]).isNull();
    assertThat(c.warnings()).singleElement().asString().contains("1 row(s)");
    assertThat(c.ranks()).containsExactly(2, 1);
  }

  @Test
  @DisplayName("weights α normalise; T = Σα·U")
  void weightedT() {
    var c = coupling(scored(U, "analyses.coupling", "standard", "analyses.coupling.alpha", "[3, 1]"));
    assertThat(c.t()[0]).isCloseTo(0.75 * 0.101 + 0.25 * 0.280, within(1e-15));
    assertThat(c.alpha()).containsExactly(0.75, 0.25);
    assertThatThrownBy(() -> coupling(scored(U, "analyses.coupling", "standard", "analyses.coupling.alpha", "[1]")))
        .hasMessageContaining("2 nodes need 2 weights");
  }

  @Test
  @DisplayName("SPSSAU's [0.01, 0.99] intervalisation, by hand; a constant node is set to 0.5 and stated")
  void spssauRescale() {
    var c = coupling(scored(new double[][] {{2, 5}, {4, 5}, {10, 5}}, "analyses.coupling", "standard", "analyses.coupling.rescale", "true"));
    assertThat(c.u()[0]).containsExactly(0.01, 0.01 + 0.98 * 2 / 8, 0.99);
    assertThat(c.u()[1]).containsExactly(0.5, 0.5, 0.5);
    assertThat(c.warnings()).anyMatch(w -> w.contains("\"rural\" is constant"));
    assertThat(c.variant()).contains("[0.01, 0.99]", "SPSSAU");
  }

  @Test
  @DisplayName("refused with the recipe key: scores outside [0, 1], one subsystem, an unknown node, an unknown analysis")
  void refusals() {
    assertThatThrownBy(() -> coupling(scored(new double[][] {{2, 0.5}, {0.4, 0.5}}, "analyses.coupling", "standard")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("node \"urban\" scores from 0.4 to 2.0")
        .hasMessageContaining("analyses.coupling.rescale = true")
        .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).key()).isEqualTo("analyses.coupling.nodes"));
    assertThatThrownBy(() -> coupling(scored(U, "analyses.coupling", "standard", "analyses.coupling.nodes", "[urban]")))
        .hasMessageContaining("at least two nodes");
    assertThatThrownBy(() -> coupling(scored(U, "analyses.coupling", "standard", "analyses.coupling.nodes", "[urban, rurl]")))
        .hasMessageContaining("no node \"rurl\"");
    assertThatThrownBy(() -> scored(U, "analyses.coupling", "standrd")).hasMessageContaining("\"standrd\" is not one of none, standard, revised");
    assertThatThrownBy(() -> scored(U, "analyses.copling", "standard")).hasMessageContaining("unknown analysis \"analyses.copling\"")
        .hasMessageContaining("analyses.coupling");
  }

  @Test
  @DisplayName("per year in a panel: each entity-year its own C, T, D; D ranked within the year")
  void panel() {
    Table t = new Table(List.of("A", "B", "A", "B"), List.of("xu", "xr"), new double[][] {{0.1, 0.2}, {0.3, 0.3}, {0.5, 0.4}, {0.2, 0.1}},
        null, List.of(2020, 2020, 2021, 2021));
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.root("index", "Index", "指数"), Indicator.node("u", "U", null, "index", null),
        Indicator.node("r", "R", null, "index", null), Indicator.leaf("xu", "u"), Indicator.leaf("xr", "r")));
    var res = Pipeline.run(t, tree, ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("normalise", "none", "analyses.coupling", "standard")));
    var c = coupling(res);
    assertThat(c.d()[2]).isCloseTo(Math.sqrt(CouplingCoordination.standardC(new double[] {0.5, 0.4}) * 0.45), within(1e-15));
    assertThat(c.ranks()).containsExactly(2, 1, 1, 2);
  }
}
