package org.indexkit.sheet;

import org.indexkit.core.StepChoice;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SheetPlansTest {
  static final IndicatorTree TREE = new IndicatorTree(List.of(
      Indicator.node("index", "Index", null, null, null), Indicator.leaf("v", "Value", null, "index", null, null)));

  static SheetPlan sheet(List<SheetPlan> plans, String name) {
    return plans.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("Scores rows are the engine's numbers, unrounded, sorted by rank; names stay text")
  void scores() {
    Table t = new Table(List.of("=cmd", "B", "C"), List.of("v"), new double[][] {{1}, {3}, {2}});
    IndexResult r = Pipeline.run(t, TREE, Recipe.defaults());
    List<SheetPlan> plans = SheetPlans.of(r, null);
    assertThat(plans).extracting(SheetPlan::name).containsExactly("Scores", "Ranks", "Weights", "Statistics", "Correlations", "Audit", "Provenance");
    SheetPlan scores = sheet(plans, "Scores");
    assertThat(scores.columns()).extracting(SheetPlan.Column::header).containsExactly("Entity", "Index", "Value");
    assertThat(scores.columns().get(0).format()).isEqualTo("@");
    assertThat(scores.rows()).extracting(row -> row.get(0)).containsExactly("B", "C", "=cmd");
    assertThat(scores.rows().get(1).get(1)).isEqualTo(r.score("C"));
  }

  @Test
  @DisplayName("panels: Ranks has a change column per node, blank in the first year and \"new\" for newcomers")
  void panelRanks() {
    Table t = new Table(List.of("A", "B", "A", "B", "C"), List.of("v"), new double[][] {{1}, {2}, {3}, {2}, {1}},
        null, List.of(2022, 2022, 2023, 2023, 2023));
    SheetPlan ranks = sheet(SheetPlans.of(Pipeline.run(t, TREE, Recipe.defaults().withTiers(StepChoice.of("quantile", "k", 2))), null), "Ranks");
    assertThat(ranks.columns()).extracting(SheetPlan.Column::key).containsExactly("entity", "year", "index", "index.change", "v", "v.change");
    assertThat(ranks.rows()).containsExactly(
        java.util.Arrays.asList("B", 2022, 1, null, 1, null),
        java.util.Arrays.asList("A", 2022, 2, null, 2, null),
        java.util.Arrays.asList("A", 2023, 1, 1, 1, 1),
        java.util.Arrays.asList("B", 2023, 2, -1, 2, -1),
        java.util.Arrays.asList("C", 2023, 3, "new", 3, "new"));
  }

  @Test
  @DisplayName("styling hints: colour scale on score columns, a top-30 bar chart, one fill colour per tier, widths from content")
  void styling() {
    int n = 40;
    List<String> names = java.util.stream.IntStream.range(0, n).mapToObj(i -> "City number " + i).toList();
    double[][] v = new double[n][1];
    for (int i = 0; i < n; i++) v[i][0] = i;
    IndexResult r = Pipeline.run(new Table(names, List.of("v"), v), TREE, Recipe.defaults().withTiers(StepChoice.of("quantile", "k", 4)));
    List<SheetPlan> plans = SheetPlans.of(r, null);
    SheetPlan scores = sheet(plans, "Scores");
    assertThat(scores.columns().get(1).colourScale()).isTrue();
    assertThat(scores.columns().get(0).colourScale()).isFalse();
    assertThat(scores.columns().get(0).width()).isEqualTo("City number 39".length() + 2);
    assertThat(scores.chart()).isEqualTo(new SheetPlan.Chart("bar", "Index — top 30", 0, 1, 30));
    assertThat(scores.freezeRows()).isEqualTo(1);
    SheetPlan tiers = sheet(plans, "Tiers");
    assertThat(tiers.columns().get(1).fills()).containsOnlyKeys("Tier 1", "Tier 2", "Tier 3", "Tier 4")
        .containsEntry("Tier 1", "#63BE7B").containsEntry("Tier 4", "#F8696B");
  }
}
