package org.indexkit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.indexkit.preset.Preset;
import org.indexkit.preset.Presets;

/**
 * A templated workbook of a preset: its tree (Indicators), a recipe (Recipe), real sample data from
 * the report (Data, shipped as {@code /templates/<preset>.data.csv}) and a README sheet saying what
 * it reproduces and how to use it. {@code indexkit template <preset>} writes it; workbooks/ holds them.
 */
public record Template(Preset preset, String dataCsv, Map<String, String> recipe, List<String> readme) {

  public static List<Template> all() {
    return List.of(
        new Template(Presets.get("set-2024"), data("set-2024"), settings("set-2024", "normalise", "none"), List.of(
            "Data: the 30 cities' nine second-level scores as published (1 decimal; report figures 3.1.1, 4.1.1, 5.1.1).",
            "Scoring rebuilds each dimension and the SET composite with the report's weights: Boston first with 85.83.",
            "With 1-decimal inputs each score is within 0.03 of the published one (the published 2-decimal "
                + "dimension scores rebuild the composite within 0.01).",
            "To score raw indicators instead: put the 31 third-level indicators in Data and set normalise = min-max, "
                + "normalise.min = 60, normalise.max = 100 (the preset's own recipe).")),
        new Template(Presets.get("gihi-2023"), data("gihi-2023"), settings("gihi-2023"), List.of(
            "Data: the 88 main-list metros of the published top 100 that appear in all three dimension tables, with their "
                + "12 second-level scores A1–C4 (表5, 表8, 表10).",
            "Scoring runs the GIHI pipeline on them: z-scores, weighted sums (30/30/40 and 25% or as published), "
                + "every level min-max to [60, 100].",
            "The report z-scores 30 raw indicators that are not published, so the composite here shows the method; "
                + "it is not expected to equal the published composite.",
            "Add a Group column with \"mini-hub\" for metros under 1 million people to rank them as their own league.")),
        new Template(Presets.get("stcud-2021"), data("stcud-2021"), settings("stcud-2021", "normalise", "none"), List.of(
            "Data: the 15 cities published in all four sub-index top-30 tables (sub-indices on [0, 1], 3 decimals).",
            "Scoring rebuilds the composite as the mean of the four sub-indices: Beijing 0.773, within 0.0005 of every "
                + "published value.",
            "To score raw indicators: list them in Data under the codes of the Indicators sheet (D1…L6) and remove the "
                + "normalise row of the Recipe sheet (the preset then uses min-max to [0, 1]).")));
  }

  public static Optional<Template> find(String presetId) {
    return all().stream().filter(t -> t.preset().id().equalsIgnoreCase(presetId.trim())).findFirst();
  }

  private static Map<String, String> settings(String preset, String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("preset", preset);
    for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
    return m;
  }

  private static String data(String id) {
    try (InputStream in = Template.class.getResourceAsStream("/templates/" + id + ".data.csv")) {
      if (in == null) throw new IllegalStateException("missing sample data for " + id);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
