package org.indexkit.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.indexkit.core.Indicator;

/**
 * Body of {@code POST /api/v1/compute}.
 *
 * @param tree optional: the preset's tree (named in {@code recipe.preset}) or one index over all columns
 * @param recipe optional, partial: its fields replace the preset's; JSON so it layers like a recipe file
 * @param existingSheets the caller's sheet names, so result sheets never take one of them
 */
public record ComputeRequest(TableInput table, List<Indicator> tree, JsonNode recipe, List<String> existingSheets) {

  /**
   * The selection as read by the task pane.
   *
   * @param values rows of cells: numbers, null (missing), or text that reads as a number or a missing
   *     marker ("1,234.5", "N/A"); anything else is refused with its cell
   * @param origin top-left cell of the selection (the header of the entity column), e.g. "Sheet1!B2"
   */
  public record TableInput(List<String> entities, List<String> indicators, List<List<JsonNode>> values, String origin,
                           List<String> groups, List<Integer> years) {}
}
