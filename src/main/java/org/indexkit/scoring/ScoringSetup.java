package org.indexkit.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.analysis.Analyses;
import org.indexkit.json.RecipeJson;
import org.indexkit.method.MethodRegistry;
import org.indexkit.preset.Preset;
import org.indexkit.preset.Presets;

/**
 * Decides the tree and recipe of a run the same way for every entry point (CLI, HTTP, workbook):
 * the preset (named explicitly or by the recipe's {@code preset} field) gives a tree and a recipe;
 * a given tree replaces the preset's; the recipe's fields, then {@code key=value} settings, replace
 * the preset's recipe fields. Without preset or tree, every column is an equally weighted indicator.
 */
public record ScoringSetup(IndicatorTree tree, Recipe recipe) {

  public static ScoringSetup resolve(String presetId, IndicatorTree tree, String recipeSource, String recipeJson,
                                     Map<String, String> settings, Table table) {
    return resolve(presetId, tree, null, recipeSource, recipeJson, settings, table);
  }

  /**
   * The same with a workbook's {@link RecipeSheet} under the recipe: the preset (named in the recipe, else by the
   * sheet), then the sheet's rows, then the recipe's fields and the settings. The task pane's choices come last.
   */
  public static ScoringSetup resolve(String presetId, IndicatorTree tree, RecipeSheet sheet, String recipeSource, String recipeJson,
                                     Map<String, String> settings, Table table) {
    String named = presetId != null ? presetId : presetNamedIn(recipeSource, recipeJson);
    String id = named != null ? named : sheet == null ? null : sheet.preset();
    Preset preset = null;
    if (id != null) {
      try {
        preset = Presets.get(id);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Problem.of("preset", e.getMessage()));
      }
    }
    Recipe base = preset != null ? preset.recipe() : Recipe.defaults();
    if (sheet != null) base = layer(base, "Recipe", null, sheet.settings());
    Recipe recipe = layer(base, recipeSource, recipeJson, settings);
    IndicatorTree t = tree != null ? tree : preset != null ? preset.tree() : flat(table);
    return new ScoringSetup(t, recipe);
  }

  /**
   * The recipe of {@link RecipeJson#layer}, checked against the method and analysis registries and with every default filled in:
   * a problem names {@code source} and carries the recipe key at fault.
   */
  public static Recipe layer(Recipe base, String source, String overlayJson, Map<String, String> settings) {
    Recipe layered = RecipeJson.layer(base, source, overlayJson, settings);
    try {
      Recipe r = MethodRegistry.resolve(layered);
      return r.withAnalyses(Analyses.resolve(r.analyses()));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream().map(p -> p.withMessage(source + ": " + p.message())).toList());
    }
  }

  private static String presetNamedIn(String source, String recipeJson) {
    if (recipeJson == null) return null;
    try {
      JsonNode p = RecipeJson.MAPPER.readTree(recipeJson).get("preset");
      return p == null || p.isNull() ? null : p.asText();
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(Problem.of("recipe", source + ": " + RecipeJson.plain(e)));
    }
  }

  /** One index over every indicator column, equal weights, all benefit-type. */
  static IndicatorTree flat(Table table) {
    List<Indicator> nodes = new ArrayList<>();
    nodes.add(Indicator.root("index", "Index", "指数"));
    for (String c : table.indicators()) nodes.add(Indicator.leaf(c.trim(), "index"));
    return new IndicatorTree(nodes);
  }
}
