package org.indexkit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Aggregation;
import org.indexkit.core.Choice;
import org.indexkit.core.Normalisation;
import org.indexkit.core.Recipe;
import org.indexkit.core.Rescale;
import org.indexkit.core.Tiering;
import org.indexkit.core.Weighting;
import org.indexkit.io.RecipeJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The catalogue is complete: every option the engine has is offered, in both languages, under its recipe field. */
class MethodCatalogueTest {
  static final Map<String, Class<? extends Choice>> ENGINE = Map.of("impute", org.indexkit.core.Imputation.Method.class,
      "outliers", org.indexkit.core.Treatment.Method.class,
      "normalise", Normalisation.Method.class, "weights", Weighting.Method.class, "aggregate", Aggregation.Method.class,
      "rescale", Rescale.Method.class, "tiers", Tiering.Method.class, "stars", Tiering.Method.class);

  @Test
  @DisplayName("every engine option appears once, labelled in English and Chinese")
  void complete() {
    var c = MethodCatalogue.get();
    for (var step : c.steps()) {
      assertThat(step.label().en()).isNotBlank();
      assertThat(step.label().zhCN()).isNotBlank();
      if (step.options() == null) continue;
      List<String> ids = step.options().stream().map(MethodCatalogue.Option::id).toList();
      List<String> engine = java.util.Arrays.stream(ENGINE.get(step.id()).getEnumConstants()).map(Choice::label).toList();
      assertThat(ids).as(step.id()).containsExactlyInAnyOrderElementsOf(engine);
      step.options().forEach(o -> assertThat(o.label().zhCN()).as(o.id()).isNotBlank());
    }
  }

  @Test
  @DisplayName("step and parameter ids are recipe fields: a recipe built from the catalogue's defaults parses")
  void idsAreRecipeFields() throws Exception {
    var node = RecipeJson.MAPPER.createObjectNode();
    for (var step : MethodCatalogue.get().steps()) {
      if (step.options() == null) {
        node.set(step.id(), RecipeJson.MAPPER.valueToTree(step.defaultValue()));
        continue;
      }
      var o = step.options().stream().filter(x -> x.parameters() != null).findFirst().orElse(step.options().get(0));
      var obj = node.putObject(step.id()).put("method", o.id());
      if (o.parameters() != null)
        for (var p : o.parameters()) if (p.defaultValue() != null) obj.set(p.id(), RecipeJson.MAPPER.valueToTree(p.defaultValue()));
    }
    Recipe r = RecipeJson.parse("catalogue", node.toString());
    assertThat(r.normalise().method()).isEqualTo(Normalisation.Method.MIN_MAX);
    assertThat(r.tiers().method()).isEqualTo(Tiering.Method.QUANTILE);
    JsonNode json = RecipeJson.MAPPER.valueToTree(MethodCatalogue.get());
    assertThat(json.get("steps").get(0).get("label").has("zh-CN")).isTrue();
  }
}
