package org.indexkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.indexkit.core.AuditEntry;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.scoring.ScoringSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Aggregation over the available children (COINr's {@code Aggregate(dat_thresh)}, method-fixtures.md §2.11), by hand:
 * index ← D1 (a 0.5, b 0.3, c 0.2), D2 (d, e); values used as given (normalise = none).
 */
class AvailableChildrenTest {
  static final double NA = Double.NaN;
  static final IndicatorTree TREE = new IndicatorTree(List.of(Indicator.root("index", "Index", "指数"),
      Indicator.node("D1", "D1", null, "index", null), Indicator.node("D2", "D2", null, "index", null),
      Indicator.leaf("a", null, null, "D1", 0.5, null), Indicator.leaf("b", null, null, "D1", 0.3, null),
      Indicator.leaf("c", null, null, "D1", 0.2, null), Indicator.leaf("d", "D2"), Indicator.leaf("e", "D2")));
  static final Table DATA = new Table(List.of("full", "no-b", "no-D2", "only-a"), List.of("a", "b", "c", "d", "e"), new double[][] {
      {0.8, 0.6, 0.4, 0.5, 0.7}, {0.9, NA, 0.2, 0.3, NA}, {0.5, 0.5, 0.5, NA, NA}, {0.6, NA, NA, 0.4, 0.4}});

  static IndexResult run(String... settings) {
    Map<String, String> s = new java.util.LinkedHashMap<>(Map.of("normalise", "none", "impute", "available"));
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    return Pipeline.run(DATA, TREE, ScoringSetup.layer(Recipe.defaults(), "test", null, s));
  }

  @Test
  @DisplayName("a node from the children present, weights renormalised: no-b's D1 = (0.5·0.9 + 0.2·0.2)/0.7, its D2 = d alone")
  void renormalised() {
    IndexResult r = run();
    int noB = r.row("no-b");
    assertThat(r.node("D1").scores()[noB]).isCloseTo((0.5 * 0.9 + 0.2 * 0.2) / 0.7, within(1e-15));
    assertThat(r.node("D2").scores()[noB]).isCloseTo(0.3, within(1e-15));
    assertThat(r.score("no-b")).isCloseTo(0.5 * (0.49 / 0.7) + 0.5 * 0.3, within(1e-15));
    assertThat(r.score("full")).isCloseTo(0.5 * (0.4 + 0.18 + 0.08) + 0.5 * 0.6, within(1e-15));
    assertThat(r.node("D1").scores()[r.row("only-a")]).as("a alone").isCloseTo(0.6, within(1e-15));
    assertThat(r.node("b").ranks()[noB]).as("a missing value is not ranked").isZero();
    assertThat(r.node("b").ranks()[r.row("full")]).as("the only b present").isEqualTo(1);
  }

  @Test
  @DisplayName("an entity with no child of a node is dropped, the node named; every missing cell kept is listed in Audit")
  void droppedAndListed() {
    IndexResult r = run();
    assertThat(r.entities()).containsExactly("full", "no-b", "only-a");
    assertThat(r.audit()).extracting(AuditEntry::message)
        .contains("Dropped \"no-D2\": 0 of the 2 children of \"D2\" available (needs at least one)")
        .contains("Missing \"no-b\" · \"b\": \"D1\" aggregates its available children (weights renormalised)");
    assertThat(r.warnings()).noneMatch(w -> w.contains("NaN"));
  }

  @Test
  @DisplayName("minShare = 0.5: 2 of 3 and 1 of 2 children pass, 1 of 3 does not")
  void threshold() {
    IndexResult r = run("impute.minShare", "0.5");
    assertThat(r.entities()).containsExactly("full", "no-b");
    assertThat(r.audit()).extracting(AuditEntry::message).anyMatch(m -> m.startsWith("Dropped \"only-a\": 1 of the 3 children of \"D1\""));
  }

  @Test
  @DisplayName("refused: objective weights (they need complete columns) and aggregations that compare entities")
  void refused() {
    assertThatThrownBy(() -> run("weights", "entropy")).hasMessageContaining("entropy weights need complete columns");
    assertThatThrownBy(() -> run("aggregate", "topsis")).hasMessageContaining("\"index\"'s aggregation").hasMessageContaining("compares entities");
  }

  @Test
  @DisplayName("indicator screening: b and e, present for 2 of 4 entities, are left out below 60%; their siblings' weights renormalised")
  void indicatorScreening() {
    IndexResult r = run("impute.indicatorShare", "0.6");
    assertThat(r.audit()).extracting(AuditEntry::message)
        .contains("Left out indicator \"b\": present for 2 of 4 entities (less than 60%)", "Left out indicator \"e\": present for 2 of 4 entities (less than 60%)")
        .contains("Dropped \"no-D2\": 0 of the 1 children of \"D2\" available (needs at least one)");
    assertThat(r.nodes()).extracting(n -> n.code()).doesNotContain("b", "e");
    assertThat(r.score("full")).isCloseTo(0.5 * (0.5 * 0.8 + 0.2 * 0.4) / 0.7 + 0.5 * 0.5, within(1e-12));
    assertThatThrownBy(() -> run("impute.indicatorShare", "0.9")).hasMessageContaining("every indicator of \"D2\" is present for less than 90%");
  }
}
