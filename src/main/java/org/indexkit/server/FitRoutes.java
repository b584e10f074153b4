package org.indexkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.indexkit.json.RecipeJson;
import org.indexkit.scoring.PublishedFitting;

/**
 * {@code POST /api/v1/fit}: a published table (a selection's cells, read as a Data sheet) with the parent column, its
 * children's columns and optionally the weights the report prints; answers the verdict, its words, the ties and the
 * sheets to write (Fit, Fit residuals, Indicators, Recipe).
 */
final class FitRoutes {
  private final ServerOptions o;
  private final Responder responder;

  FitRoutes(ServerOptions o, Responder responder) {
    this.o = o;
    this.responder = responder;
  }

  /** The body: the table as the pane sends a selection, the columns to fit, the printed weights, the language, the sheet names. */
  record FitRequest(ComputeRequest.TableInput table, String parent, List<String> children, double[] printed, String language,
                    List<String> existingSheets) {}

  void fit(Context ctx) {
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
      if (req == null || req.table() == null) throw ApiProblem.badRequest("send {\"table\": …, \"parent\": …, \"children\": […]}");
      var input = SelectionTable.read(req.table(), o.maxCells());
      boolean chinese = req.language() != null && req.language().toLowerCase(java.util.Locale.ROOT).startsWith("zh");
      return RecipeJson.MAPPER.writeValueAsBytes(PublishedFitting.fit(input.table(), req.parent(), req.children(), req.printed(), chinese,
          req.existingSheets() == null ? List.of() : req.existingSheets()));
    }, json -> ctx.contentType("application/json").result(json));
  }
}
