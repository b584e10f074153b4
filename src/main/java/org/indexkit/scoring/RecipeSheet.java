package org.indexkit.scoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.Recipe;
import org.indexkit.core.TableLayout;
import org.indexkit.input.SheetCell;
import org.indexkit.preset.Preset;
import org.indexkit.preset.Presets;

/**
 * A {@code Recipe} sheet: {@code Key | Value} rows, e.g. {@code preset | set-2024}, {@code normalise | none},
 * {@code tiers.k | 4}, read the same way from an uploaded workbook and from the task pane's copy of the
 * sheet. The rows are applied together (a step's method and its parameters may be on different rows); a
 * key or value that does not fit is named by its cell, found by the problem's recipe key.
 *
 * @param preset the preset the sheet names, or null
 * @param settings the other rows, key to value, in sheet order
 */
public record RecipeSheet(String preset, Map<String, String> settings) {

  public static RecipeSheet read(String sheet, List<List<Object>> rows) {
    String preset = null;
    Map<String, String> settings = new LinkedHashMap<>();
    Map<String, Integer> rowOf = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      String key = row.isEmpty() ? "" : SheetCell.text(row.get(0)).trim();
      String value = row.size() < 2 ? "" : SheetCell.text(row.get(1)).trim();
      if (key.isEmpty() || (r == 0 && key.equalsIgnoreCase("key"))) continue;
      if (key.equalsIgnoreCase("preset")) {
        preset = value.isEmpty() ? null : value;
        rowOf.put("preset", r);
        continue;
      }
      settings.put(key, value);
      rowOf.put(key, r);
    }
    Recipe base = Recipe.defaults();
    if (preset != null) {
      var p = Presets.find(preset);
      if (p.isEmpty())
        throw new InvalidInputException(Problem.of("preset", "no preset \"" + preset + "\"; presets are "
            + Presets.all().stream().map(Preset::id).toList()).withCell(TableLayout.address(sheet, rowOf.get("preset"), 1)));
      base = p.get().recipe();
    }
    try {
      ScoringSetup.layer(base, sheet, null, settings);
    } catch (InvalidInputException e) {
      Problem p = e.problems().get(0);
      String message = p.message().substring(sheet.length() + 2);
      String culprit = p.key() == null || settings.containsKey(p.key()) ? p.key() : null;
      if (culprit == null && p.key() != null) // a rule across a step's keys: the step's last row
        for (String key : settings.keySet()) if (step(key).equals(step(p.key()))) culprit = key;
      Problem q = Problem.of("recipe", message);
      throw new InvalidInputException(culprit == null ? q : q.withCell(TableLayout.address(sheet, rowOf.get(culprit), 0)));
    }
    return new RecipeSheet(preset, settings);
  }

  private static String step(String key) {
    return key.split("\\.")[0];
  }
}
