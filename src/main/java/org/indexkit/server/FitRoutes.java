package org.indexkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.indexkit.analysis.fit.PrintedTable;
import org.indexkit.core.TableLayout;
import org.indexkit.input.IndicatorsSheet;
import org.indexkit.json.RecipeJson;
import org.indexkit.method.aggregate.Aggregators;
import org.indexkit.scoring.PublishedFitting;

/**
 * {@code POST /api/v1/fit}: a published table (a selection's cells as they stand) with the parent column and its children's
 * columns, or the cells of an Indicators sheet for every parent node of its tree, optionally the weights the report prints;
 * answers per node the verdict, its words, the rank order and the ties, the nodes skipped, and the sheets to write (Fit,
 * Fit variants, Fit weights, Fit residuals, Indicators, Recipe). {@code POST /api/v1/fit/columns}: the table's number
 * columns and the names, parent and children a front end offers first.
 */
final class FitRoutes {
  private final ServerOptions o;
  private final Responder responder;

  FitRoutes(ServerOptions o, Responder responder) {
    this.o = o;
    this.responder = responder;
  }

  /**
   * The body.
   *
   * @param entity the column of the row names (null: the first that is not numbers)
   * @param indicatorsSheet the cells of an Indicators sheet (Code, Parent, optionally Weight): fit every parent node of its tree
   */
  record FitRequest(ComputeRequest.TableInput table, String entity, String parent, List<String> children, double[] printed,
                    @JsonDeserialize(using = ComputeRequest.BoundedRows.class) List<List<JsonNode>> indicatorsSheet, String language,
                    List<String> existingSheets) {}

  void fit(Context ctx) {
    handle(ctx, req -> {
      PrintedTable t = table(req);
      boolean chinese;
      try {
        chinese = org.indexkit.core.Recipe.isChinese(req.language());
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest(e.getMessage());
      }
      List<String> existing = req.existingSheets() == null ? List.of() : req.existingSheets();
      return req.indicatorsSheet() != null && req.parent() == null
          ? PublishedFitting.fit(t, req.entity(), IndicatorsSheet.read("Indicators", SelectionTable.cells(req.indicatorsSheet(), null),
              Aggregators.STEP::resolve), chinese, existing)
          : PublishedFitting.fit(t, req.entity(), req.parent(), req.children(), req.printed(), chinese, existing);
    });
  }

  void columns(Context ctx) {
    handle(ctx, req -> PublishedFitting.columns(table(req)));
  }

  private interface Answer {
    Object of(FitRequest req);
  }

  private void handle(Context ctx, Answer answer) {
    responder.requireType(ctx, "application/json", "Send JSON", "the body must be application/json");
    responder.answer(ctx, RequestBody.JSON_EXPANSION, body -> () -> {
      FitRequest req;
      try {
        req = RecipeJson.MAPPER.readerFor(FitRequest.class).withAttribute(ComputeRequest.MAX_CELLS, o.maxCells()).readValue(body);
      } catch (JsonProcessingException e) {
        throw ApiProblem.badRequest(JsonErrors.describe(e));
      } catch (IOException e) {
        throw ApiProblem.badRequest("the body could not be read: " + e.getMessage());
      }
      if (req == null || req.table() == null || req.table().rows() == null)
        throw ApiProblem.badRequest("send {\"table\": {\"rows\": […], \"origin\": …}, \"parent\": …, \"children\": […]}");
      return RecipeJson.MAPPER.writeValueAsBytes(answer.of(req));
    }, json -> ctx.contentType("application/json").result(json));
  }

  /** The selection's cells as printed (each number as its format shows it at least: 85.8 under 0.00 is 85.80), addressed from its origin. */
  private static PrintedTable table(FitRequest req) {
    TableLayout at = SelectionTable.layout(req.table().origin(), 0);
    List<List<JsonNode>> formats = req.table().formats();
    List<List<Object>> cells = SelectionTable.cells(req.table().rows(), formats);
    for (int r = 0; formats != null && r < Math.min(cells.size(), formats.size()); r++)
      for (int c = 0; formats.get(r) != null && c < Math.min(cells.get(r).size(), formats.get(r).size()); c++)
        if (cells.get(r).get(c) instanceof Double d && formats.get(r).get(c) != null && formats.get(r).get(c).isTextual())
          cells.get(r).set(c, PrintedTable.shown(d, formats.get(r).get(c).asText()));
    return PrintedTable.of(at.sheet(), at.headerRow(), at.entityColumn(), cells);
  }
}
