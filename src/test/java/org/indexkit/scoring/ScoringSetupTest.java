package org.indexkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.method.tier.TierRules;
import org.indexkit.preset.Presets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The recipe a run uses: a preset's, then a recipe file's fields, then key=value settings, checked against the method registry. */
class ScoringSetupTest {
  @Test
  @DisplayName("layers: preset, then the recipe file's fields, then key=value settings; defaults filled in")
  void layering() {
    Recipe base = Presets.get("gihi-2023").recipe();
    Map<String, String> set = new LinkedHashMap<>();
    set.put("tiers", "k-means");
    set.put("tiers.k", "3");
    set.put("tiers.labels", "[\"high\",\"mid\",\"low\"]");
    Recipe r = ScoringSetup.layer(base, "r.json", "{\"rescale\":{\"min\":0}}", set);
    assertThat(r.normalise().method()).isEqualTo("z-score");
    assertThat(r.rescale().number("min")).isEqualTo(0.0);
    assertThat(r.rescale().number("max")).isEqualTo(100.0);
    assertThat(r.tiers()).isEqualTo(StepChoice.of("k-means", "k", 3L, "labels", List.of("high", "mid", "low"), "seed", TierRules.DEFAULT_SEED));
    assertThat(ScoringSetup.layer(base, "--set", null, Map.of("normalise", "none")).normalise().method()).isEqualTo("none");
  }

  @Test
  @DisplayName("a method's parameters left behind by another method of the step are dropped; a key no method has is refused")
  void otherMethodsParameters() {
    Recipe minMax = Recipe.defaults().withNormalise(StepChoice.of("min-max", "min", 60.0, "max", 100.0));
    assertThat(ScoringSetup.layer(minMax, "--set", null, Map.of("normalise", "z-score")).normalise()).isEqualTo(StepChoice.of("z-score"));
    assertThatThrownBy(() -> ScoringSetup.layer(Recipe.defaults(), "--set", null, Map.of("tiers.kk", "3")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("--set: unknown recipe key \"tiers.kk\" (did you mean \"tiers.k\"?)")
        .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).key()).isEqualTo("tiers.kk"));
  }

  @Test
  @DisplayName("lists may be written as text, as the pane's inputs send them: commas (or ，、), brackets and quotes allowed")
  void listsAsText() {
    Recipe r = ScoringSetup.layer(Recipe.defaults(), "recipe", "{\"tiers\": {\"method\": \"thresholds\", \"thresholds\": \"80, 70\","
        + " \"labels\": \"领先型，均衡型、追赶型\"}}", Map.of());
    assertThat(r.tiers().numbers("thresholds")).containsExactly(80.0, 70.0);
    assertThat(r.tiers().texts("labels")).containsExactly("领先型", "均衡型", "追赶型");
    assertThat(ScoringSetup.layer(Recipe.defaults(), "recipe", "{\"stars\": {\"method\": \"quantile\", \"k\": 2, \"labels\": \"[\\\"a\\\", \\\"b\\\"]\"}}",
        Map.of()).stars().texts("labels")).containsExactly("a", "b");
    assertThatThrownBy(() -> ScoringSetup.layer(Recipe.defaults(), "recipe", "{\"tiers\": {\"method\": \"thresholds\", \"thresholds\": \"80, high\"}}",
        Map.of())).hasMessageContaining("tiers.thresholds must be a list of numbers");
  }

  @Test
  @DisplayName("unknown methods and values out of range are refused with the key named and the options listed")
  void refusals() {
    assertThatThrownBy(() -> ScoringSetup.layer(Recipe.defaults(), "--set", null, Map.of("normalise", "zscore2")))
        .hasMessageContaining("\"zscore2\" is not one of min-max, z-score, percentile, distance-to-target, goalposts, none");
    Map<String, String> oneTier = new LinkedHashMap<>();
    oneTier.put("tiers.k", "1");
    oneTier.put("tiers", "quantile");
    assertThatThrownBy(() -> ScoringSetup.layer(Recipe.defaults(), "--set", null, oneTier)).hasMessageContaining("2 to 50")
        .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).key()).isEqualTo("tiers.k"));
    assertThatThrownBy(() -> ScoringSetup.layer(Recipe.defaults(), "--set", null, Map.of("aggregate", "vikor", "aggregate.v", "2")))
        .hasMessage("--set: aggregate.v must be from 0 to 1, got 2");
    assertThatThrownBy(() -> ScoringSetup.layer(Recipe.defaults(), "--set", null, Map.of("impute", "knn", "impute.k", "2.5")))
        .hasMessage("--set: impute.k must be a whole number, got 2.5");
  }
}
