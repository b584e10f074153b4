package org.indexkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.indexkit.catalogue.MethodCatalogue;
import org.indexkit.core.IndexResult;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.io.LocatedTable;
import org.indexkit.io.RecipeJson;
import org.indexkit.io.ScoringSetup;
import org.indexkit.io.Sha256;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.sheet.RunContext;
import org.indexkit.sheet.SheetPlan;
import org.indexkit.sheet.SheetPlans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of the engine: the JSON API of DESIGN.md, the task pane's static files, and errors
 * as RFC 9457 problems that name cells. All configuration is in {@link #create}; requests share no
 * mutable state, and computations run on a bounded pool so a burst cannot exhaust memory.
 */
public final class IndexKitServer {
  static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = LoggerFactory.getLogger(IndexKitServer.class);

  /** What a compute answers: the full result and the sheets to write. */
  public record ComputeResponse(IndexResult result, List<SheetPlan> sheets) {}

  private IndexKitServer() {}

  /** A configured, not yet started server. */
  public static Javalin create(ServerOptions o) throws IOException, GeneralSecurityException {
    KeyStore keys = o.http() ? null
        : o.cert() != null ? PemKeyStore.load(o.cert(), o.key(), DevCertificate.PASSWORD)
        : DevCertificate.loadOrCreate(o.certDir());
    byte[] catalogue = RecipeJson.MAPPER.writeValueAsBytes(MethodCatalogue.get());
    ThreadPoolExecutor pool = new ThreadPoolExecutor(o.computeThreads(), o.computeThreads(), 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(64 * o.computeThreads()), daemon("indexkit-compute"));
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = o.maxBodyBytes();
      config.http.prefer405over404 = true;
      config.jetty.host = o.host();
      config.jetty.port = o.port();
      config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
      if (keys != null) config.jetty.addConnector((server, httpConfig) -> httpsConnector(server, httpConfig, keys, o));
      config.staticFiles.add(sf -> { // Office requires cacheable icons
        sf.hostedPath = "/assets";
        sf.directory = "/addin/assets";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "max-age=86400");
      });
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/addin";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "no-cache"); // the pane updates with the jar
      });
      if (!o.allowOrigins().isEmpty())
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          rule.path = "/api/*";
          rule.allowHost(o.allowOrigins().get(0), o.allowOrigins().subList(1, o.allowOrigins().size()).toArray(String[]::new));
        }));
      config.requestLogger.http((ctx, ms) ->
          LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms))); // never data values
      config.events.serverStopped(pool::shutdownNow);

      config.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
      if (o.token() != null) config.routes.before("/api/*", ctx -> requireToken(ctx, o.token()));
      config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok", "version", org.indexkit.core.Version.get())));
      config.routes.get("/api/v1/methods", ctx -> ctx.contentType("application/json").result(catalogue));
      config.routes.post("/api/v1/compute", ctx -> compute(ctx, o, pool));
      config.routes.post("/api/v1/workbook", ctx -> workbook(ctx, o, pool));
      AuditJobs jobs = new AuditJobs();
      config.routes.post("/api/v1/audit", ctx -> startAudit(ctx, o, pool, jobs));
      config.routes.get("/api/v1/audit/{id}", ctx -> json(ctx, jobs.view(ctx.pathParam("id"))));
      config.routes.delete("/api/v1/audit/{id}", ctx -> {
        jobs.cancel(ctx.pathParam("id"));
        ctx.status(202);
      });
      config.routes.get("/api/v1/templates/{file}", IndexKitServer::template);

      config.routes.exception(ApiProblem.Failure.class, (e, ctx) -> problem(ctx, e.problem()));
      config.routes.exception(InvalidInputException.class, (e, ctx) -> problem(ctx, ApiProblem.invalidInput(e.problems()).problem()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, ApiProblem.of(e.getStatus(), "http-" + e.getStatus(),
          e.getStatus() == 413 ? "The request body is too large" : e.getMessage(),
          e.getStatus() == 413 ? "this server accepts at most " + o.maxBodyBytes() + " bytes" : null, null)));
      config.routes.exception(Exception.class, (e, ctx) -> {
        if (cutOff(e)) { // the client went away mid-upload: nothing to compute, nobody to answer, not a server fault
          LOG.info("{} {}: the request body ended early (client disconnected)", ctx.method(), ctx.path());
          problem(ctx, ApiProblem.of(400, "cut-off", "The request body ended early", "the upload was interrupted; send it again", null));
          return;
        }
        LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        problem(ctx, ApiProblem.of(500, "internal", "IndexKit failed unexpectedly", "the failure was logged on the server", null));
      });
      config.routes.error(404, ctx -> {
        if (!PROBLEM_JSON.equals(ctx.res().getContentType()))
          problem(ctx, ApiProblem.of(404, "not-found", "Nothing here", ctx.method() + " " + ctx.path() + " does not exist", null));
      });
      config.routes.error(405, ctx -> problem(ctx, ApiProblem.of(405, "method-not-allowed", "Method not allowed",
          ctx.method() + " is not accepted on " + ctx.path(), null)));
    });
  }

  /** Whether a failure is the connection closing while the body was read (Jetty's EofException anywhere in the causes). */
  static boolean cutOff(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause())
      if (t instanceof org.eclipse.jetty.io.EofException) return true;
    return false;
  }

  private static ServerConnector httpsConnector(org.eclipse.jetty.server.Server server, HttpConfiguration base,
                                                KeyStore keys, ServerOptions o) {
    var ssl = new SslContextFactory.Server();
    ssl.setKeyStore(keys);
    ssl.setKeyStorePassword(new String(DevCertificate.PASSWORD));
    var https = new HttpConfiguration(base);
    var customizer = new SecureRequestCustomizer();
    customizer.setSniHostCheck(false); // the dev certificate names localhost; clients may use 127.0.0.1
    https.addCustomizer(customizer);
    var connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
    connector.setHost(o.host());
    connector.setPort(o.port());
    return connector;
  }

  /** The bound port (useful with port 0). */
  public static int port(Javalin app) {
    return ((ServerConnector) app.unsafe.jettyInternal.server.getConnectors()[0]).getLocalPort();
  }

  private static void requireToken(Context ctx, String token) {
    if ("OPTIONS".equals(ctx.method().name())) return;
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : ctx.header("X-IndexKit-Token");
    if (given == null || !MessageDigest.isEqual(given.getBytes(), token.getBytes()))
      throw new ApiProblem.Failure(ApiProblem.of(401, "token", "A token is required",
          "send the token printed by the server as \"Authorization: Bearer <token>\"", null));
  }

  private static void compute(Context ctx, ServerOptions o, ThreadPoolExecutor pool) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json"))
      throw new ApiProblem.Failure(ApiProblem.of(415, "media-type", "Send JSON",
          "the body must be application/json, got " + (type == null ? "no Content-Type" : type), null));
    byte[] body = ctx.bodyAsBytes();
    CompletableFuture<byte[]> done = submit(pool, () -> respond(body, o));
    ctx.future(() -> done.handle((json, error) -> {
      if (error == null) ctx.contentType("application/json").result(json);
      else fail(ctx, error, pool);
      return null;
    }));
  }

  /**
   * Starts a "Check": the compute body plus {@code check: {runs, weights, seed}} (defaults 1,000 runs,
   * ±25 %, seed 1). Answers 202 with the job id; the pane polls {@code GET /api/v1/audit/{id}}.
   */
  private static void startAudit(Context ctx, ServerOptions o, ThreadPoolExecutor pool, AuditJobs jobs) throws IOException {
    ObjectNode root = jsonObject(ctx.bodyAsBytes());
    JsonNode check = root.remove("check");
    int runs = check != null && check.has("runs") ? check.get("runs").asInt() : 1000;
    double weights = check != null && check.has("weights") ? check.get("weights").asDouble() : 25;
    long seed = check != null && check.has("seed") ? check.get("seed").asLong() : 1;
    Parsed p = parse(root, o);
    try {
      var ua = new org.indexkit.method.uncertainty.UncertaintyAnalysis(runs, weights / 100, List.of(), List.of(), false, seed);
      String id = jobs.start(pool, p.input(), p.setup(), ua, p.existingSheets());
      ctx.status(202);
      json(ctx, Map.of("id", id, "runs", runs));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("check: " + e.getMessage());
    }
  }

  private static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json").result(RecipeJson.MAPPER.writeValueAsBytes(value));
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The uploaded workbook with result sheets added. The upload lives in a private temp file, deleted after. */
  private static void workbook(Context ctx, ServerOptions o, ThreadPoolExecutor pool) {
    String preset = ctx.queryParam("preset");
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) throw ApiProblem.badRequest("the body is empty; send the .xlsx file itself as the body");
    String name = ctx.queryParam("name") != null ? ctx.queryParam("name") : "upload.xlsx";
    CompletableFuture<byte[]> done = submit(pool, () -> {
      java.nio.file.Path tmp = null;
      try {
        tmp = org.indexkit.io.TempFiles.create(null, "indexkit-upload-", ".xlsx");
        java.nio.file.Files.write(tmp, body);
        var out = new java.io.ByteArrayOutputStream(body.length * 2 + 65536);
        org.indexkit.workbook.WorkbookScoring.score(tmp, name, preset, Map.of(), o.maxBodyBytes(), out);
        return out.toByteArray();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } finally {
        if (tmp != null) try { org.indexkit.io.TempFiles.delete(tmp); } catch (IOException ignored) { /* deleted at exit at the latest */ }
      }
    });
    ctx.future(() -> done.handle((bytes, error) -> {
      if (error == null) {
        String scored = name.replaceAll("(?i)\\.xlsx$", "") + "-indexkit.xlsx";
        ctx.contentType(XLSX).header("Content-Disposition", "attachment; filename=\"" + scored.replaceAll("[\"\\\\\r\n]", "_") + "\"")
            .result(bytes);
      } else fail(ctx, error, pool);
      return null;
    }));
  }

  private static void template(Context ctx) throws IOException {
    String file = ctx.pathParam("file");
    String id = file.endsWith(".xlsx") ? file.substring(0, file.length() - 5) : file;
    var t = org.indexkit.workbook.Template.find(id).orElseThrow(() -> new ApiProblem.Failure(ApiProblem.of(404, "no-template",
        "No such template", "templates: " + org.indexkit.workbook.Template.all().stream().map(x -> x.id()).toList(), null)));
    var out = new java.io.ByteArrayOutputStream();
    org.indexkit.workbook.TemplateWriter.write(t, out);
    ctx.contentType(XLSX).header("Content-Disposition", "attachment; filename=\"" + t.id() + ".xlsx\"").result(out.toByteArray());
  }

  private static CompletableFuture<byte[]> submit(ThreadPoolExecutor pool, java.util.function.Supplier<byte[]> work) {
    try {
      return CompletableFuture.supplyAsync(work, pool);
    } catch (RejectedExecutionException e) {
      throw new ApiProblem.Failure(ApiProblem.of(503, "busy", "IndexKit is busy", "too many computations are waiting; retry shortly", null));
    }
  }

  private static void fail(Context ctx, Throwable error, ThreadPoolExecutor pool) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    if (pool.isShutdown()) // stopped mid-computation: say so; nothing partial is sent
      problem(ctx, ApiProblem.stopping());
    else if (cause instanceof ApiProblem.Failure f) problem(ctx, f.problem());
    else if (cause instanceof InvalidInputException bad) problem(ctx, ApiProblem.invalidInput(bad.problems()).problem());
    else {
      LOG.error("unexpected failure in {}", ctx.path(), cause);
      problem(ctx, ApiProblem.of(500, "internal", "IndexKit failed unexpectedly", "the failure was logged on the server", null));
    }
  }

  /** Parse, score and lay out one request; pure apart from the clock. */
  static byte[] respond(byte[] body, ServerOptions o) {
    ObjectNode root = jsonObject(body);
    Parsed p = parse(root, o);
    try {
      IndexResult result = Pipeline.run(p.input().table(), p.setup().tree(), p.setup().recipe());
      List<SheetPlan> sheets = SheetPlans.of(result, new RunContext(rangeOf(p.input()),
          Sha256.of(RecipeJson.MAPPER.writeValueAsBytes(root.get("table"))), Instant.now()), p.existingSheets());
      return RecipeJson.MAPPER.writeValueAsBytes(new ComputeResponse(result, sheets));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(p.input().locate(e.problems()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A compute-shaped request, read and checked: the located table and the tree and recipe to run. */
  record Parsed(LocatedTable input, ScoringSetup setup, List<String> existingSheets) {}

  static ObjectNode jsonObject(byte[] body) {
    if (body.length == 0) throw ApiProblem.badRequest("the body is empty; send a JSON object {\"table\": …}");
    try {
      if (RecipeJson.MAPPER.readTree(body) instanceof ObjectNode root) return root;
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest(describe(e));
    } catch (IOException e) {
      throw ApiProblem.badRequest("the body could not be read: " + e.getMessage());
    }
    throw ApiProblem.badRequest("the body must be a JSON object {\"table\": …}");
  }

  static Parsed parse(ObjectNode root, ServerOptions o) {
    ComputeRequest req;
    try {
      req = RecipeJson.MAPPER.treeToValue(root, ComputeRequest.class);
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest(describe(e));
    }
    LocatedTable input = SelectionTable.read(req.table(), o.maxCells());
    try {
      IndicatorTree tree = req.tree() == null ? null : new IndicatorTree(req.tree());
      if (req.recipe() != null && !req.recipe().isNull() && !req.recipe().isObject())
        throw ApiProblem.badRequest("\"recipe\" must be an object such as {\"preset\": \"set-2024\"}");
      String recipe = req.recipe() == null || req.recipe().isNull() ? null : req.recipe().toString();
      ScoringSetup setup = ScoringSetup.resolve(null, tree, "recipe", recipe, Map.of(), input.table());
      return new Parsed(input, setup, req.existingSheets() == null ? List.of() : req.existingSheets());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(input.locate(e.problems()));
    }
  }

  private static String rangeOf(LocatedTable input) {
    var l = input.layout();
    int lastCol = l.indicatorColumns().isEmpty() ? l.entityColumn() : l.indicatorColumns().get(l.indicatorColumns().size() - 1);
    String first = org.indexkit.core.TableLayout.address(l.sheet(), l.headerRow(), l.entityColumn());
    return first + ":" + org.indexkit.core.TableLayout.columnLetters(lastCol) + (l.headerRow() + 1 + input.table().rows());
  }

  /** Jackson's complaint in a researcher's words, with the JSON path of the field. */
  static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u)
      return "unknown field \"" + path(u) + "\"; expected one of " + u.getKnownPropertyIds();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      Throwable cause = m.getCause();
      if (cause instanceof IllegalArgumentException && cause.getMessage() != null) return path(m) + ": " + cause.getMessage();
      String type = m instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() != null
          ? expected(mi.getTargetType()) : "another type";
      return path(m) + " has the wrong type: expected " + type;
    }
    String msg = e.getOriginalMessage();
    if (msg != null && (msg.contains("'NaN'") || msg.contains("'Infinity'") || msg.contains("'-Infinity'") || msg.contains("'INF'")))
      return "NaN and Infinity are not JSON numbers; send null for a missing value"
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    return "the body is not valid JSON" + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
        + ", column " + e.getLocation().getColumnNr()) + (msg == null ? "" : ": " + msg.lines().findFirst().orElse(""));
  }

  private static String path(JsonMappingException m) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      else sb.append('[').append(r.getIndex()).append(']');
    }
    return sb.toString();
  }

  private static String expected(Class<?> t) {
    if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) return "a list [...]";
    if (t == String.class) return "a text";
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "a whole number";
    if (Number.class.isAssignableFrom(t) || t == double.class) return "a number";
    if (t == Boolean.class || t == boolean.class) return "true or false";
    return "an object {...}";
  }

  static void problem(Context ctx, ApiProblem p) {
    try {
      ctx.status(p.status()).contentType(PROBLEM_JSON).result(RecipeJson.MAPPER.writeValueAsBytes(p));
    } catch (JsonProcessingException e) {
      ctx.status(500).result("{\"status\":500}");
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    var count = new java.util.concurrent.atomic.AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
