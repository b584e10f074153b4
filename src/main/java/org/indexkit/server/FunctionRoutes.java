package org.indexkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.json.RecipeJson;
import org.indexkit.scoring.SheetFunctions;

/**
 * The Excel custom functions' two routes: {@code GET /functions.json}, their metadata as Office reads it (built from
 * {@link SheetFunctions#ALL}, so the add-in declares exactly what the server computes), and
 * {@code POST /api/v1/functions/{name}} with {@code {args: [...], addresses: [...]}}, answering {@code {result: [[...]]}}
 * or a problem (422 naming the argument and cell, 404 for a name that is no function).
 */
final class FunctionRoutes {
  private final ServerOptions o;
  private final Responder responder;
  private final byte[] metadata;

  FunctionRoutes(ServerOptions o, Responder responder) throws JsonProcessingException {
    this.o = o;
    this.responder = responder;
    this.metadata = RecipeJson.MAPPER.writeValueAsBytes(metadata());
  }

  /** The call as Excel's function runtime forwards it. */
  record FunctionCall(List<Object> args, List<String> addresses) {}

  void metadata(Context ctx) {
    ctx.contentType("application/json").result(metadata);
  }

  void call(Context ctx) {
    responder.requireType(ctx, "application/json", "Send JSON", "the body must be application/json");
    String name = ctx.pathParam("name");
    var spec = SheetFunctions.find(name).orElseThrow(() -> new ApiProblem.Failure(ApiProblem.of(404, "no-such-function", "No such function",
        "INDEXKIT." + name + " is not a function; functions are " + SheetFunctions.ALL.stream().map(SheetFunctions.Spec::id).toList(), null)));
    responder.answer(ctx, RequestBody.JSON_EXPANSION, body -> () -> {
      FunctionCall call;
      try {
        call = RecipeJson.MAPPER.readValue(body, FunctionCall.class);
      } catch (JsonProcessingException e) {
        throw ApiProblem.badRequest(JsonErrors.describe(e));
      }
      if (call == null || call.args() == null) throw ApiProblem.badRequest("send {\"args\": [...]}: the function's arguments");
      long cells = 0;
      for (Object a : call.args()) if (a instanceof List<?> rows) for (Object r : rows) cells += r instanceof List<?> l ? l.size() : 1;
      if (cells > o.maxCells())
        throw new ApiProblem.Failure(ApiProblem.of(413, "too-many-cells", "The ranges are too large", cells + " cells; this server accepts at most "
            + o.maxCells(), null));
      return RecipeJson.MAPPER.writeValueAsBytes(Map.of("result", SheetFunctions.call(spec, new SheetFunctions.Call(call.args(), call.addresses()))));
    }, json -> ctx.contentType("application/json").result(json));
  }

  /** Custom functions metadata (learn.microsoft.com, "Manually create JSON metadata for custom functions"). */
  static Map<String, Object> metadata() {
    List<Object> functions = new ArrayList<>();
    for (SheetFunctions.Spec s : SheetFunctions.ALL) {
      List<Object> params = new ArrayList<>();
      for (SheetFunctions.Param p : s.params()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("description", p.description().en() + " / " + p.description().zhCN());
        m.put("type", "any");
        m.put("dimensionality", p.range() ? "matrix" : "scalar");
        m.put("optional", p.optional());
        params.add(m);
      }
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("id", s.id());
      f.put("name", s.id());
      f.put("description", s.description().en() + " / " + s.description().zhCN());
      f.put("parameters", params);
      f.put("result", Map.of("dimensionality", "matrix"));
      f.put("options", Map.of("requiresParameterAddresses", true));
      functions.add(f);
    }
    return Map.of("functions", functions);
  }
}
