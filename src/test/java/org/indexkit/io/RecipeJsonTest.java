package org.indexkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Normalisation;
import org.indexkit.core.Recipe;
import org.indexkit.core.Tiering;
import org.indexkit.preset.Presets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecipeJsonTest {
  @Test
  @DisplayName("every preset's recipe survives JSON and back unchanged")
  void roundTrip() throws Exception {
    for (var p : Presets.all()) {
      String json = RecipeJson.MAPPER.writeValueAsString(p.recipe());
      assertThat(RecipeJson.parse("r.json", json)).isEqualTo(p.recipe());
    }
  }

  @Test
  @DisplayName("layers: preset, then the recipe file's fields, then key=value settings")
  void layering() {
    Recipe base = Presets.get("gihi-2023").recipe();
    Map<String, String> set = new LinkedHashMap<>();
    set.put("tiers", "k-means");
    set.put("tiers.k", "3");
    set.put("tiers.labels", "[\"high\",\"mid\",\"low\"]");
    Recipe r = RecipeJson.layer(base, "r.json", "{\"rescale\":{\"min\":0}}", set);
    assertThat(r.normalise().method()).isEqualTo(Normalisation.Method.Z_SCORE);
    assertThat(r.rescale().min()).isEqualTo(0.0);
    assertThat(r.rescale().max()).isEqualTo(100.0);
    assertThat(r.tiers()).isEqualTo(Tiering.kMeans(3, Tiering.DEFAULT_SEED, List.of("high", "mid", "low")));
    assertThat(RecipeJson.layer(base, "--set", null, Map.of("normalise", "none")).normalise().method())
        .isEqualTo(Normalisation.Method.IDENTITY);
  }

  @Test
  @DisplayName("unknown keys and values are refused with the key named and the options listed")
  void refusals() {
    assertThatThrownBy(() -> RecipeJson.parse("r.json", "{\"normalize\":\"z-score\"}"))
        .hasMessage("r.json: unknown recipe key \"normalize\" (did you mean \"normalise\"?)");
    assertThatThrownBy(() -> RecipeJson.layer(Recipe.defaults(), "--set", null, Map.of("normalise", "zscore2")))
        .hasMessageContaining("\"zscore2\" is not one of min-max, z-score, percentile, distance-to-target, none");
    Map<String, String> oneTier = new LinkedHashMap<>();
    oneTier.put("tiers.k", "1");
    oneTier.put("tiers", "quantile");
    assertThatThrownBy(() -> RecipeJson.layer(Recipe.defaults(), "--set", null, oneTier)).hasMessageContaining("2 to 50");
  }
}
