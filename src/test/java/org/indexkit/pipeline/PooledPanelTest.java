package org.indexkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.indexkit.analysis.Trends;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.scoring.ScoringSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Pooled panel scoring against the fixture of method-fixtures.md §2.3 (self-computed; formula: "基于面板数据熵值法",
 * min and max over all years and regions, P over all m·T rows, e = −(1/ln(m·T)) ΣΣ P ln P): benefit indicators x₁, x₂;
 * cities A, B, C; A (10, 5) → (15, 6), B (20, 3) → (25, 5), C (30, 4) → (40, 8).
 */
class PooledPanelTest {
  static final Table PANEL = new Table(List.of("A", "B", "C", "A", "B", "C"), List.of("x1", "x2"),
      new double[][] {{10, 5}, {20, 3}, {30, 4}, {15, 6}, {25, 5}, {40, 8}}, null, List.of(2020, 2020, 2020, 2021, 2021, 2021));
  static final IndicatorTree TREE = new IndicatorTree(List.of(Indicator.root("index", "Index", "指数"), Indicator.leaf("x1", "index"),
      Indicator.leaf("x2", "index")));

  static IndexResult run(String... settings) {
    Map<String, String> s = new java.util.LinkedHashMap<>(Map.of("weights", "entropy"));
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    return Pipeline.run(PANEL, TREE, ScoringSetup.layer(Recipe.defaults(), "test", null, s));
  }

  @Test
  @DisplayName("pooled: min-max and entropy over the six stacked rows, w = (0.513735, 0.486265); every city rises, as its data do")
  void pooled() {
    IndexResult r = run("panel", "pooled");
    assertThat(r.weights().stream().filter(w -> w.code().equals("x1")).findFirst().orElseThrow().local()).isCloseTo(0.513735, within(5e-7));
    double[] s = r.composite().scores();
    double[] expected = {0.194506, 0.171245, 0.439743, 0.377382, 0.451373, 1.0};
    for (int i = 0; i < 6; i++) assertThat(s[i]).as(r.entities().get(i) + " " + r.years().get(i)).isCloseTo(expected[i], within(5e-7));
    assertThat(r.composite().ranks()).as("ranked within each year").containsExactly(2, 3, 1, 3, 2, 1);
    assertThat(r.provenance().variants()).anyMatch(v -> v.startsWith("panel: pooled"));
  }

  @Test
  @DisplayName("pooled is the cross-section method on the stacked rows, split back by year")
  void pooledIsTheStackedCrossSection() {
    double[][] stacked = new double[6][];
    for (int i = 0; i < 6; i++) stacked[i] = PANEL.values()[i].clone();
    Table cross = new Table(List.of("A20", "B20", "C20", "A21", "B21", "C21"), List.of("x1", "x2"), stacked);
    IndexResult one = Pipeline.run(cross, TREE, ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("weights", "entropy")));
    assertThat(run("panel", "pooled").composite().scores()).containsExactly(one.composite().scores());
  }

  @Test
  @DisplayName("per year (the default) reproduces today's numbers: A 'falls' from 0.50 to 0.172444 although both its indicators rose")
  void perYear() {
    IndexResult r = run();
    double[] expected = {0.5, 0.25, 0.75, 0.172444, 0.193067, 1.0};
    for (int i = 0; i < 6; i++) assertThat(r.composite().scores()[i]).isCloseTo(expected[i], within(5e-7));
    assertThat(run("panel", "per-year").composite().scores()).containsExactly(r.composite().scores());
  }

  @Test
  @DisplayName("Trends: CAGR with the time span as exponent (COINr's definition), by hand")
  void trends() {
    Trends.Result t = Trends.of(run("panel", "pooled"));
    assertThat(t.years()).containsExactly(2020, 2021);
    Trends.Row a = t.rows().get(0);
    assertThat(a.entity()).isEqualTo("A");
    assertThat(a.ranks()).containsExactly(2, 3);
    assertThat(a.change()).isCloseTo(0.377382 - 0.194506, within(1e-6));
    assertThat(a.cagr()).isCloseTo(0.377382 / 0.194506 - 1, within(1e-5));
    // 100 → 121 from 2018 to 2020: span 2, so (1.21)^(1/2) − 1 = 10 %, not (1.21)^(1/1) − 1 for two observations
    assertThat(Trends.cagr(100, 121, 2020 - 2018)).isCloseTo(0.10, within(1e-12));
  }

  @Test
  @DisplayName("Trends: a first score of 0 has no growth rate, and says so")
  void trendsUndefined() {
    Table t = new Table(List.of("A", "B", "A", "B"), List.of("x1", "x2"), new double[][] {{1, 1}, {2, 2}, {3, 3}, {4, 4}}, null,
        List.of(2020, 2020, 2022, 2022));
    Trends.Result tr = Trends.of(Pipeline.run(t, TREE, ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("panel", "pooled"))));
    Trends.Row a = tr.rows().get(0);
    assertThat(a.scores()[0]).isZero();
    assertThat(a.cagr()).isNull();
    assertThat(a.note()).contains("first score ≤ 0");
    // pooled min-max over 1, 2, 3, 4: B scores 1/3 in 2020 and 1 in 2022, a span of two years
    assertThat(tr.rows().get(1).cagr()).isCloseTo(Math.sqrt(3) - 1, within(1e-12));
  }

  @Test
  @DisplayName("base-year 2020 (by hand): min-max and entropy from 2020 alone, w = (½, ½); 2021 scores beyond 1 where values beyond 2020's range")
  void baseYear() {
    IndexResult r = run("panel", "base-year");
    // 2020: x₁ 10…30, x₂ 3…5 → A (0, 1), B (½, 0), C (1, ½); both columns the same spread, so entropy gives ½ each
    assertThat(r.weights().stream().filter(w -> w.code().equals("x1")).findFirst().orElseThrow().local()).isCloseTo(0.5, within(1e-12));
    double[] expected = {0.5, 0.25, 0.75, (0.25 + 1.5) / 2, (0.75 + 1) / 2, (1.5 + 2.5) / 2};
    for (int i = 0; i < 6; i++) assertThat(r.composite().scores()[i]).as(r.entities().get(i) + " " + r.years().get(i)).isCloseTo(expected[i], within(1e-12));
    assertThat(r.composite().ranks()).containsExactly(2, 3, 1, 2, 2, 1);
    assertThat(r.provenance().variants()).anyMatch(v -> v.startsWith("panel: base year (the first)"));
    assertThat(run("panel", "base-year", "panel.year", "2021").composite().scores()[5]).as("C in its own base year").isEqualTo(1.0);
  }

  @Test
  @DisplayName("base-year refuses a year not in the data and a normalisation a base year cannot fix")
  void baseYearRefusals() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("panel", "base-year", "panel.year", "2019"))
        .hasMessageContaining("the base year 2019 is not a Year of the data; years are [2020, 2021]");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("panel", "base-year", "normalise", "percentile"))
        .hasMessageContaining("panel = base-year fixes the normalisation").hasMessageContaining("percentile cannot");
  }
}
