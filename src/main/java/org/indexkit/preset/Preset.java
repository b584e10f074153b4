package org.indexkit.preset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.input.IndicatorsSheet;

/**
 * A named recipe that reproduces a published report: its indicator tree, its recipe, the report it
 * comes from and every variant it had to choose where the report is silent or inconsistent.
 */
public record Preset(String id, String title, String titleZh, String source, List<String> notes,
                     IndicatorTree tree, Recipe recipe) {

  /** The tree shipped as {@code /presets/<id>.indicators.csv}, in the Indicators-sheet layout. */
  static IndicatorTree bundledTree(String id) {
    String path = "/presets/" + id + ".indicators.csv";
    try (InputStream in = Preset.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      return IndicatorsSheet.readCsv(id + ".indicators.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8),
          org.indexkit.method.aggregate.Aggregators.STEP::resolve);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
