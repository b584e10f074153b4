package org.indexkit.json;

import org.indexkit.method.tier.TierRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Recipe;
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
  @DisplayName("an unknown step key is refused with the key named and the nearest one suggested")
  void refusals() {
    assertThatThrownBy(() -> RecipeJson.parse("r.json", "{\"normalize\":\"z-score\"}"))
        .hasMessage("r.json: unknown recipe key \"normalize\" (did you mean \"normalise\"?)");
    // method names and their parameters are the method registry's: see ScoringSetupTest
  }
}
