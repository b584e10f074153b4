package org.indexkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.indexkit.analysis.UncertaintyAnalysis;
import org.indexkit.core.IndexResult;
import org.indexkit.core.IndicatorTree;
import org.indexkit.input.IndicatorsSheet;
import org.indexkit.input.LocatedTable;
import org.indexkit.method.aggregate.Aggregators;
import org.indexkit.json.RecipeJson;
import org.indexkit.files.Sha256;
import org.indexkit.scoring.NeighboursSheet;
import org.indexkit.scoring.RecipeSheet;
import org.indexkit.scoring.Scoring;
import org.indexkit.scoring.ScoringSetup;
import org.indexkit.sheet.RunContext;
import org.indexkit.sheet.SheetPlan;

/** {@code POST /api/v1/compute} and {@code POST /api/v1/audit}: a selection scored, or a robustness check started. */
final class ComputeRoutes {
  /**
   * What a compute answers: the full result and the sheets to write, or the one of them asked for ({@code ?include=sheets}).
   *
   * @param replaces the workbook's sheets to delete before the new ones are written (earlier results asked to be replaced)
   */
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record ComputeResponse(IndexResult result, List<SheetPlan> sheets, List<String> replaces) {}

  /** What a compute answer holds: {@code include=result}, {@code include=sheets}, or both (the default). */
  record Include(boolean result, boolean sheets) {
    static Include of(String query) {
      if (query == null || query.isBlank()) return new Include(true, true);
      boolean r = false, s = false;
      for (String part : query.split(",")) {
        switch (part.trim().toLowerCase(java.util.Locale.ROOT)) {
          case "result" -> r = true;
          case "sheets" -> s = true;
          default -> throw ApiProblem.badRequest("include \"" + part.trim() + "\" is not one of result, sheets");
        }
      }
      return new Include(r, s);
    }
  }

  private final ServerOptions o;
  private final Responder responder;
  private final Limits limits;
  private final AuditJobs jobs;

  ComputeRoutes(ServerOptions o, Responder responder, Limits limits, AuditJobs jobs) {
    this.o = o;
    this.responder = responder;
    this.limits = limits;
    this.jobs = jobs;
  }

  void compute(Context ctx) {
    requireJson(ctx);
    Include include = Include.of(ctx.queryParam("include"));
    responder.answer(ctx, RequestBody.JSON_EXPANSION, body -> () -> respond(body, o, limits, include),
        json -> ctx.contentType("application/json").result(json));
  }

  private void requireJson(Context ctx) {
    responder.requireType(ctx, "application/json", "Send JSON", "the body must be application/json");
  }

  /**
   * Starts a "Check": the compute body plus {@code check: {runs, weights, seed}} (defaults 1,000 runs,
   * ±25 %, seed 1). The body is read and checked on the compute pool; the check itself runs on the
   * checks' own pool. Answers 202 with the job id; the pane polls {@code GET /api/v1/audit/{id}}.
   */
  void startAudit(Context ctx) {
    requireJson(ctx);
    responder.answer(ctx, RequestBody.JSON_EXPANSION, body -> () -> {
      ComputeRequest req = request(body, o);
      ComputeRequest.Check check = req.check() == null ? new ComputeRequest.Check(null, null, null, null, null) : req.check();
      int runs = check.runsOrDefault();
      UncertaintyAnalysis ua;
      try {
        ua = UncertaintyAnalysis.runs(runs).weightSpread(check.weightsOrDefault() / 100).seed(check.seedOrDefault())
            .judgementSteps(check.judgementsOrDefault()).vary(check.varyOrNone());
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest("check: " + e.getMessage());
      }
      Parsed p = parse(req, o);
      long ranksKept = (long) runs * p.input().table().rows() * 3 * Integer.BYTES + (long) runs * 256;
      MemoryBudget.Reservation held = limits.admit(p.input().table(), p.setup(), o.maxCheckSeconds(),
          runs + p.input().table().indicators().size() + 1, ranksKept, "a check of " + runs + " runs");
      String id;
      try {
        id = jobs.start(p.input(), p.setup(), ua, p.existingSheets(), held);
      } catch (RuntimeException e) {
        held.close();
        throw e;
      }
      return RecipeJson.MAPPER.writeValueAsBytes(Map.of("id", id, "runs", runs));
    }, json -> ctx.status(202).contentType("application/json").result(json));
  }

  /**
   * {@code POST /api/v1/table}: how the server reads a selection ({@code {table: {rows, origin, formats}}}), before
   * anything is computed — the range, the entities' count, the indicator columns, whether Group and Year columns
   * were found, and what was read as missing or as a percentage — so the pane shows the table the server will score.
   */
  void table(Context ctx) {
    requireJson(ctx);
    responder.answer(ctx, RequestBody.JSON_EXPANSION, body -> () -> {
      ComputeRequest req = request(body, o);
      LocatedTable input = SelectionTable.read(req.table(), o.maxCells());
      var t = input.table();
      JsonNode named = req.recipe() == null ? null : req.recipe().get("preset");
      var preset = named == null || !named.isTextual() ? java.util.Optional.<org.indexkit.preset.Preset>empty()
          : org.indexkit.preset.Presets.find(named.asText());
      return RecipeJson.MAPPER.writeValueAsBytes(new TableView(rangeOf(input), t.rows(), t.indicators(), t.groups() != null,
          t.years() != null, input.notes(), preset.map(p -> IndicatorView.of(p.tree(), t.indicators())).orElse(null)));
    }, json -> ctx.contentType("application/json").result(json));
  }

  /** What {@code POST /api/v1/table} answers; with a preset named in the request's recipe, what each column is in its tree. */
  public record TableView(String range, int entities, List<String> indicators, boolean groups, boolean years, List<String> notes,
                          List<IndicatorView> nodes) {}

  /** A selection's column as the preset's tree binds it (code, name or Chinese name): its node and dimension; null fields when none. */
  public record IndicatorView(String header, String code, String name, String nameZh, String dimension, String dimensionZh, Double weight,
                              String direction) {
    static List<IndicatorView> of(org.indexkit.core.IndicatorTree tree, List<String> headers) {
      List<IndicatorView> out = new java.util.ArrayList<>();
      for (String h : headers) {
        var n = tree.findByHeader(h);
        var parent = n == null || n.parent() == null ? null : tree.get(n.parent());
        out.add(n == null ? new IndicatorView(h, null, null, null, null, null, null, null)
            : new IndicatorView(h, n.code(), n.name(), n.nameZh(), parent == null ? null : parent.name(), parent == null ? null : parent.nameZh(),
                n.weight(), n.direction() == null ? null : n.direction().symbol()));
      }
      return out;
    }
  }

  /** Parse, score and lay out one request; pure apart from the clock. */
  static byte[] respond(byte[] body, ServerOptions o, Limits limits, Include include) throws Exception {
    ComputeRequest req = request(body, o);
    if (req.check() != null) throw ApiProblem.badRequest("\"check\" belongs to POST /api/v1/audit, not to compute");
    Parsed p = parse(req, o);
    try (MemoryBudget.Reservation held = limits.admit(p.input().table(), p.setup(), o.maxSeconds(), 1, 0, "this computation")) {
      var scored = Scoring.score(p.input(), p.setup(), new RunContext(rangeOf(p.input()),
          Sha256.of(RecipeJson.MAPPER.writeValueAsBytes(req.table())), Instant.now(), p.input().notes()), p.keptSheets());
      return RecipeJson.MAPPER.writeValueAsBytes(new ComputeResponse(include.result() ? scored.result() : null,
          include.sheets() ? scored.sheets() : null, req.earlierResults() == null ? null : p.replaced()));
    }
  }

  /** A compute-shaped request, read and checked: the located table and the tree and recipe to run. */
  record Parsed(LocatedTable input, ScoringSetup setup, List<String> existingSheets, List<String> replaced) {
    /** The sheets that stay: the new sheets' names avoid these. */
    List<String> keptSheets() {
      return existingSheets.stream().filter(n -> !replaced.contains(n)).toList();
    }
  }

  /** The body as a request, read as a stream (no intermediate tree), its cells counted against the server's limit as they come. */
  static ComputeRequest request(byte[] body, ServerOptions o) {
    if (body.length == 0) throw ApiProblem.badRequest("the body is empty; send a JSON object {\"table\": …}");
    try {
      ComputeRequest req = RecipeJson.MAPPER.readerFor(ComputeRequest.class).withAttribute(ComputeRequest.MAX_CELLS, o.maxCells())
          .readValue(body);
      if (req == null) throw ApiProblem.badRequest("the body must be a JSON object {\"table\": …}");
      return req;
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest(JsonErrors.describe(e));
    } catch (IOException e) {
      throw ApiProblem.badRequest("the body could not be read: " + e.getMessage());
    }
  }

  static Parsed parse(ComputeRequest req, ServerOptions o) {
    LocatedTable input = SelectionTable.read(req.table(), o.maxCells());
    IndicatorTree tree = req.tree() != null ? new IndicatorTree(req.tree()) // its problems name nodes, not cells
        : req.indicatorsSheet() == null ? null
        : IndicatorsSheet.read("Indicators", SelectionTable.cells(req.indicatorsSheet(), null), Aggregators.STEP::resolve);
    RecipeSheet sheet = req.recipeSheet() == null ? null : RecipeSheet.read("Recipe", SelectionTable.cells(req.recipeSheet(), null));
    if (req.recipe() != null && !req.recipe().isNull() && !req.recipe().isObject())
      throw ApiProblem.badRequest("\"recipe\" must be an object such as {\"preset\": \"set-2024\"}");
    String recipe = req.recipe() == null || req.recipe().isNull() ? null : req.recipe().toString();
    Map<String, String> neighbours = req.neighboursSheet() == null ? Map.of() : NeighboursSheet.settings("Neighbours",
        SelectionTable.cells(req.neighboursSheet(), null), input.table().entities(), sheet == null ? null : sheet.settings());
    ScoringSetup setup = Scoring.setup(input, null, tree, sheet, "recipe", recipe, neighbours);
    List<String> existing = req.existingSheets() == null ? List.of() : req.existingSheets();
    Map<String, List<List<Object>>> tops = new java.util.LinkedHashMap<>(); // each sheet's A1:B3, read as any sent cells are
    if (req.earlierResults() != null)
      req.earlierResults().forEach((name, cells) -> tops.put(name, cells == null ? List.of() : SelectionTable.cells(cells, null)));
    return new Parsed(input, setup, existing, org.indexkit.sheet.EarlierResults.of(tops, existing));
  }

  private static String rangeOf(LocatedTable input) {
    var l = input.layout();
    int lastCol = l.indicatorColumns().isEmpty() ? l.entityColumn() : l.indicatorColumns().get(l.indicatorColumns().size() - 1);
    String first = org.indexkit.core.TableLayout.address(l.sheet(), l.headerRow(), l.entityColumn());
    return first + ":" + org.indexkit.core.TableLayout.columnLetters(lastCol) + (l.headerRow() + 1 + input.table().rows());
  }
}
