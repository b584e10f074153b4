package org.indexkit.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.indexkit.analysis.Analyses;
import org.indexkit.analysis.Analysis;
import org.indexkit.core.Direction;
import org.indexkit.core.Indicator;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Table;
import org.indexkit.json.RecipeJson;
import org.indexkit.method.MethodRegistry;
import org.indexkit.method.MethodSpec;
import org.indexkit.method.StepSpec;
import org.indexkit.method.aggregate.Aggregator;
import org.indexkit.method.impute.Imputer;
import org.indexkit.method.normalise.MinMax;
import org.indexkit.method.normalise.Normaliser;
import org.indexkit.method.outlier.OutlierTreatment;
import org.indexkit.method.tier.TierRule;
import org.indexkit.method.weight.ObjectiveWeights;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The catalogue is the registry: every method offered, in both languages, under its recipe key, with the defaults it runs with. */
class MethodCatalogueTest {
  /** Values for the parameters that have no default (threshold tiers' cut-offs, the generalised mean's power). */
  static final java.util.Map<String, Object> REQUIRED = java.util.Map.of("thresholds", List.of(0.7, 0.4), "p", 2.0,
      "split-x", 0.5, "split-y", 0.5, "threshold", 0.5, "preset", "stcud-2021", "lists", List.of("a: b, c", "b: a", "c: a", "d: e", "e: d, f", "f: e"));

  @Test
  @DisplayName("every registered method appears once under its step, labelled in English and Chinese, and so does every parameter")
  void complete() {
    var c = MethodCatalogue.get();
    List<String> steps = c.steps().stream().map(MethodCatalogue.Step::id).toList();
    assertThat(steps).containsExactly("impute", "outliers", "normalise", "weights", "aggregate", "rescale", "tiers", "stars", "panel",
        "leagues", "formulas", "analyses.coupling", "analyses.contributions", "analyses.obstacles", "analyses.strengths",
        "analyses.regions", "analyses.disparity", "analyses.density", "analyses.quadrants", "analyses.clusters", "analyses.champions", "analyses.typology", "analyses.compare", "analyses.moran", "analyses.correlations", "analyses.profiles");
    for (var step : c.steps()) {
      assertThat(step.label().en()).isNotBlank();
      assertThat(step.label().zhCN()).isNotBlank();
      if (step.options() == null) continue;
      StepSpec<?> spec = spec(step.id());
      assertThat(step.options().stream().map(MethodCatalogue.Option::id).toList()).as(step.id())
          .containsExactlyElementsOf(spec.methods().stream().map(MethodSpec::id).toList()).doesNotHaveDuplicates();
      assertThat(step.defaultValue()).isIn(step.options().stream().map(MethodCatalogue.Option::id).toList());
      for (var o : step.options()) {
        assertThat(o.label().zhCN()).as(o.id()).isNotBlank();
        assertThat(o.description().en()).as(o.id()).isNotBlank();
        if (o.parameters() != null) o.parameters().forEach(p -> assertThat(p.label().zhCN()).as(o.id() + "." + p.id()).isNotBlank());
      }
    }
  }

  @Test
  @DisplayName("step and parameter ids are recipe keys: a recipe built from the catalogue's defaults parses and resolves")
  void idsAreRecipeFields() throws Exception {
    var node = RecipeJson.MAPPER.createObjectNode();
    for (var step : MethodCatalogue.get().steps()) {
      if (step.options() == null) {
        node.set(step.id(), RecipeJson.MAPPER.valueToTree(step.defaultValue()));
        continue;
      }
      var o = step.options().stream().filter(x -> x.parameters() != null)
          .findFirst().orElse(step.options().get(0));
      var at = node;
      String[] path = step.id().split("\\.");
      for (int i = 0; i < path.length - 1; i++) at = at.has(path[i]) ? (com.fasterxml.jackson.databind.node.ObjectNode) at.get(path[i]) : at.putObject(path[i]);
      var obj = at.putObject(path[path.length - 1]).put("method", o.id());
      if (o.parameters() != null)
        for (var p : o.parameters()) if (p.defaultValue() != null) obj.set(p.id(), RecipeJson.MAPPER.valueToTree(p.defaultValue()));
    }
    Recipe r = org.indexkit.scoring.ScoringSetup.layer(Recipe.defaults(), "catalogue", node.toString(), java.util.Map.of());
    assertThat(r.normalise().method()).isEqualTo("min-max");
    assertThat(r.tiers().method()).isEqualTo("quantile");
    assertThat(r.panel().method()).isEqualTo("base-year");
    assertThat(r.analysis("coupling").method()).isEqualTo("standard");
    assertThat(r.analysis("coupling").flag("rescale")).isFalse();
    assertThat(MethodRegistry.recipeKeys()).contains("normalise", "normalise.min", "impute.maxMissingShare", "tiers.labels", "stars.k", "leagues");
    JsonNode json = RecipeJson.MAPPER.valueToTree(MethodCatalogue.get());
    assertThat(json.get("steps").get(0).get("label").has("zh-CN")).isTrue();
  }

  @Test
  @DisplayName("every default the catalogue states is what the method uses when the parameter is left out")
  void defaultsAreWhatMethodsUse() throws Exception {
    JsonNode steps = RecipeJson.MAPPER.valueToTree(MethodCatalogue.get()).get("steps");
    int compared = 0;
    for (JsonNode step : steps) {
      if (!step.has("options")) continue;
      StepSpec<?> spec = spec(step.get("id").asText());
      for (JsonNode option : step.get("options")) {
        String method = option.get("id").asText();
        StepChoice omitted = StepChoice.of(method);
        StepChoice stated = omitted;
        if (option.has("parameters"))
          for (JsonNode p : option.get("parameters"))
            if (p.has("defaultValue")) stated = stated.with(p.get("id").asText(), RecipeJson.MAPPER.treeToValue(p.get("defaultValue"), Object.class));
        for (var required : REQUIRED.entrySet()) // parameters without a default: every recipe names its own
          if (spec.method(method).param(required.getKey()) != null) {
            omitted = omitted.with(required.getKey(), required.getValue());
            stated = stated.with(required.getKey(), required.getValue());
          }
        assertThat(behaviour(spec.make(omitted))).as(spec.key() + " " + method).isEqualTo(behaviour(spec.make(stated)));
        assertThat(spec.resolve(omitted)).as(spec.key() + " " + method).isEqualTo(spec.resolve(stated));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(java.util.stream.Stream.concat(MethodRegistry.STEPS.stream(), Analyses.STEPS.stream())
        .mapToInt(s -> s.methods().size()).sum());
  }

  /** The registered step behind a catalogue step: a method step or an analysis. */
  static StepSpec<?> spec(String id) {
    return java.util.stream.Stream.concat(MethodRegistry.STEPS.stream(), Analyses.STEPS.stream()).filter(s -> s.key().equals(id))
        .findFirst().orElseThrow();
  }

  /** What a method object does with a small fixed input, and its variant text: equal behaviours, equal methods. */
  @SuppressWarnings("unchecked")
  static List<Object> behaviour(Object method) {
    double[] x = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 95, 0.5};
    double[][] cols = {x, x.clone(), new double[x.length]};
    for (int i = 0; i < x.length; i++) cols[2][i] = (i * 7 % 11) + 1;
    List<Object> out = new ArrayList<>();
    if (method == null) return out;
    if (method instanceof Aggregator a) {
      out.add(a.variant());
      out.add(java.util.Arrays.toString(a.aggregate(cols, new double[] {0.5, 0.3, 0.2})));
    } else if (method instanceof MinMax m) {
      out.add(m.variant());
      out.add(java.util.Arrays.toString(m.apply(x.clone())));
    } else if (method instanceof ObjectiveWeights w) {
      out.add(w.variant());
      out.add(java.util.Arrays.toString(w.weights(cols)));
    } else if (method instanceof OutlierTreatment t) {
      out.add(t.variant());
      out.add(t.apply(x.clone()).toString());
    } else if (method instanceof TierRule t) {
      out.add(t.variant());
      int[] ranks = org.indexkit.method.rank.CompetitionRanking.rank(x);
      double[][] profile = new double[x.length][];
      for (int i = 0; i < x.length; i++) profile[i] = new double[] {cols[0][i], cols[2][i]};
      out.add(java.util.Arrays.toString(t.assign(x, ranks, () -> profile)));
    } else if (method instanceof Function<?, ?> f) {
      try {
        Normaliser n = ((Function<Indicator, Normaliser>) f).apply(new Indicator("a", null, null, "i", null, Direction.BENEFIT, null, 8.0,
            null, null, null).withGoalposts(1.0, 9.0));
        out.add(n.variant());
        out.add(java.util.Arrays.toString(n.apply(x.clone())));
      } catch (ClassCastException notANormaliser) {
        double[][] gaps = {{1, 2}, {Double.NaN, 4}, {5, Double.NaN}, {7, 8}, {2, 3}, {6, 1}};
        Table t = new Table(List.of("a", "b", "c", "d", "e", "f"), List.of("x", "y"), new double[6][2], List.of("g", "g", "h", "h", "g", "h"), null);
        Imputer imp = ((Function<Table, Imputer>) f).apply(t);
        imp.fill(gaps);
        out.add(imp.variant());
        out.add(java.util.Arrays.deepToString(gaps));
      }
    } else if (method instanceof Analysis a) {
      var t = new Table(List.of("a", "b", "c", "d", "e", "f"), List.of("x", "y", "lon", "lat"),
          new double[][] {{0.2, 0.9, 0, 0}, {0.5, 0.5, 1, 0}, {1, 0.1, 2, 0}, {0.7, 0.3, 0, 1}, {0.1, 0.2, 1, 1}, {0.9, 0.8, 2, 1}}, null, null,
          List.of("north", "south", "north", "south", "west", "west"));
      var tree = new org.indexkit.core.IndicatorTree(List.of(Indicator.root("i", null, null), Indicator.node("d1", null, null, "i", null),
          Indicator.node("d2", null, null, "i", null), Indicator.leaf("x", "d1"), Indicator.leaf("y", "d2")));
      Recipe none = Recipe.defaults().withNormalise(StepChoice.of("none"));
      var o = a.run(org.indexkit.pipeline.Pipeline.run(t, tree, none), new Analysis.Context(t,
          (recipe, changed) -> org.indexkit.pipeline.Pipeline.run(t, changed.apply(tree), recipe.apply(none)),
          id -> org.indexkit.preset.Presets.find(id).map(org.indexkit.preset.Preset::recipe)));
      out.add(o.variant());
      out.add(RecipeJson.MAPPER.valueToTree(o).toString());
    } else throw new AssertionError("no behaviour for " + method.getClass());
    assertThat(out).allMatch(Objects::nonNull);
    return out;
  }
}
