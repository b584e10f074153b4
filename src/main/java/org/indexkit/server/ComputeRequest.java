package org.indexkit.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.Indicator;

/**
 * Body of {@code POST /api/v1/compute} (and, with {@code check}, of {@code POST /api/v1/audit}).
 *
 * @param tree optional: the preset's tree (named in {@code recipe.preset}) or one index over all columns
 * @param recipe optional, partial: its fields replace the preset's; JSON so it layers like a recipe file
 * @param existingSheets the caller's sheet names, so result sheets never take one of them
 * @param check the robustness check's settings (audit only)
 * @param indicatorsSheet the cells of the workbook's Indicators sheet (or of the pane's indicator editor, laid out like it),
 *     read by the same reader as an uploaded workbook's; ignored when {@code tree} is given
 * @param recipeSheet the cells of the workbook's Recipe sheet: applied on the preset, under {@code recipe}
 * @param neighboursSheet the cells of the workbook's Neighbours sheet: each entity's neighbours for Moran's I
 * @param earlierResults to replace IndexKit's earlier result sheets: each sheet's first three rows, A1:B3, by sheet name; the
 *     server names the sheets whose Provenance lists them ({@link org.indexkit.sheet.EarlierResults}), answers them as
 *     {@code replaces} and names the new sheets as if they were gone; null keeps every sheet
 */
public record ComputeRequest(TableInput table, List<Indicator> tree, JsonNode recipe, List<String> existingSheets, Check check,
                             @JsonDeserialize(using = BoundedRows.class) List<List<JsonNode>> indicatorsSheet,
                             @JsonDeserialize(using = BoundedRows.class) List<List<JsonNode>> recipeSheet,
                             @JsonDeserialize(using = BoundedRows.class) List<List<JsonNode>> neighboursSheet,
                             java.util.Map<String, List<List<JsonNode>>> earlierResults) {

  /** The deserialisation attribute that bounds the cells of {@code table.values}. */
  static final String MAX_CELLS = "indexkit.maxCells";

  /**
   * A table: either the selection's cells as they are ({@code rows}, header row included, with their number
   * {@code formats} when known; read as a Data sheet is, so the server decides the header, entity, Group, Year and
   * indicator columns), or already split into {@code entities}, {@code indicators} and {@code values}.
   *
   * @param values rows of cells: numbers, null (missing), or text that reads as a number or a missing
   *     marker ("1,234.5", "N/A"); anything else is refused with its cell
   * @param origin top-left cell of the selection (the header of the entity column), e.g. "Sheet1!B2"
   */
  public record TableInput(List<String> entities, List<String> indicators,
                           @JsonDeserialize(using = BoundedRows.class) List<List<JsonNode>> values, String origin,
                           List<String> groups, List<Integer> years,
                           @JsonDeserialize(using = BoundedRows.class) List<List<JsonNode>> rows,
                           @JsonDeserialize(using = BoundedRows.class) List<List<JsonNode>> formats) {}

  /**
   * A robustness check: Monte Carlo runs, the spread of the weights in percent, the seed, and with AHP weights how many
   * points of Saaty's scale each judgement may move ({@code judgements}, default 0). Whole numbers are read as such:
   * {@code runs: 4294967297} is refused, not wrapped to 1.
   */
  public record Check(Long runs, Double weights, Long seed, Long judgements, java.util.Map<String, double[]> vary) {
    org.indexkit.analysis.ParameterDraws varyOrNone() {
      try {
        return vary == null ? org.indexkit.analysis.ParameterDraws.NONE : new org.indexkit.analysis.ParameterDraws(vary);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest("check.vary: " + e.getMessage());
      }
    }

    int judgementsOrDefault() {
      if (judgements == null) return 0;
      if (judgements < 0 || judgements > 16) throw ApiProblem.badRequest("check.judgements must be 0–16 scale points, got " + judgements);
      return (int) (long) judgements;
    }

    int runsOrDefault() {
      if (runs == null) return org.indexkit.analysis.UncertaintyAnalysis.DEFAULT_RUNS;
      if (runs < 1 || runs > 100_000) throw ApiProblem.badRequest("check.runs must be 1–100000, got " + runs);
      return (int) (long) runs;
    }

    double weightsOrDefault() {
      return weights == null ? org.indexkit.analysis.UncertaintyAnalysis.DEFAULT_WEIGHT_PERCENT : weights;
    }

    long seedOrDefault() {
      return seed == null ? org.indexkit.analysis.UncertaintyAnalysis.DEFAULT_SEED : seed;
    }
  }

  /**
   * Rows of cells read token by token, counting as it goes: a body of a million empty rows, or more cells
   * than the server accepts, is refused before it is held, instead of after it has become a tree of
   * millions of objects (reliability finding H4).
   */
  static final class BoundedRows extends JsonDeserializer<List<List<JsonNode>>> {
    @Override
    public List<List<JsonNode>> deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      Object limit = ctx.getAttribute(MAX_CELLS);
      long max = limit instanceof Long l ? l : Long.MAX_VALUE;
      String field = p.currentName() == null ? "rows" : p.currentName();
      String name = field.endsWith("Sheet") ? field : "table." + field;
      if (p.currentToken() != JsonToken.START_ARRAY)
        return ctx.reportInputMismatch(List.class, name + " has the wrong type: expected a list of rows [[…], …]");
      List<List<JsonNode>> rows = new ArrayList<>();
      long cells = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == JsonToken.VALUE_NULL) { rows.add(null); continue; }
        if (t != JsonToken.START_ARRAY)
          return ctx.reportInputMismatch(List.class, name + "[" + rows.size() + "] has the wrong type: expected a list [...]");
        if (rows.size() >= max) return ctx.reportInputMismatch(List.class, name + " has more than " + max + " rows");
        List<JsonNode> row = new ArrayList<>();
        for (JsonToken c = p.nextToken(); c != JsonToken.END_ARRAY; c = p.nextToken()) {
          if (++cells > max) return ctx.reportInputMismatch(List.class, name + " has more than " + max + " cells");
          row.add(ctx.readTree(p));
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
