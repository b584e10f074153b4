package org.indexkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
import org.indexkit.scoring.ScoringSetup;
import org.indexkit.io.Sha256;
import org.indexkit.analysis.UncertaintyAnalysis;
import org.indexkit.scoring.Scoring;
import org.indexkit.scoring.WorkCost;
import org.indexkit.sheet.RunContext;
import org.indexkit.sheet.SheetPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of the engine: the JSON API of DESIGN.md, the task pane's static files, and errors
 * as RFC 9457 problems that name cells. All configuration is in {@link #create}; requests share no
 * mutable state, and computations run on a bounded pool so a burst cannot exhaust memory.
 */
public final class IndexKitServer {
  static final String PROBLEM_JSON = "application/problem+json";
  /** A request body arriving slower than this on average is cut off (RequestBody), so trickling bodies cannot hold Jetty's threads. */
  static final long MIN_BODY_BYTES_PER_SECOND = 1024;
  /**
   * The pane's Content-Security-Policy: its own scripts and Office.js from Microsoft's CDN only, API calls to
   * this server only; no framing rule, since Office shows the pane in a frame of its own pages.
   */
  static final String PANE_POLICY = "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
      + "form-action 'none'";
  private static final Logger LOG = LoggerFactory.getLogger(IndexKitServer.class);

  /** What a compute answers: the full result and the sheets to write. */
  public record ComputeResponse(IndexResult result, List<SheetPlan> sheets) {}

  private IndexKitServer() {}

  /** A configured, not yet started server. */
  public static Javalin create(ServerOptions o) throws IOException, GeneralSecurityException {
    DevCertificate.Keys tls = keys(o);
    byte[] catalogue = RecipeJson.MAPPER.writeValueAsBytes(MethodCatalogue.get());
    WorkQueue pool = new WorkQueue("indexkit-compute", o.computeThreads(), 64 * o.computeThreads(), o.maxSeconds());
    AuditJobs jobs = new AuditJobs(AuditJobs.threads(), o.maxCheckSeconds());
    MemoryBudget memory = MemoryBudget.ofHeap();
    Limits limits = new Limits(o, memory);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = o.maxBodyBytes();
      config.http.prefer405over404 = true;
      config.jetty.host = o.host();
      config.jetty.port = o.port();
      config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
      if (tls != null) config.jetty.addConnector((server, httpConfig) -> httpsConnector(server, httpConfig, tls, o));
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
        sf.headers = Map.of("Cache-Control", "no-cache", // the pane updates with the jar
            "Content-Security-Policy", PANE_POLICY);
      });
      if (!o.allowOrigins().isEmpty())
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          rule.path = "/api/*";
          rule.allowHost(o.allowOrigins().get(0), o.allowOrigins().subList(1, o.allowOrigins().size()).toArray(String[]::new));
        }));
      config.requestLogger.http((ctx, ms) ->
          LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms))); // never data values
      config.events.serverStopped(() -> {
        pool.shutdownNow();
        jobs.shutdownNow();
      });

      config.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
      if (o.loopback()) config.routes.before(ctx -> Origins.requireLoopbackHost(ctx));
      config.routes.before("/api/*", ctx -> Origins.requireAllowed(ctx, o));
      if (o.token() != null) config.routes.before("/api/*", ctx -> requireToken(ctx, o.token()));
      config.routes.get("/health", ctx -> json(ctx, Map.of("status", "ok", "version", org.indexkit.core.Version.get(),
          "computing", pool.running(), "waiting", pool.waiting())));
      config.routes.get("/api/v1/methods", ctx -> ctx.contentType("application/json").result(catalogue));
      config.routes.post("/api/v1/compute", ctx -> compute(ctx, o, pool, limits));
      config.routes.post("/api/v1/workbook", ctx -> workbook(ctx, o, pool, limits));
      config.routes.post("/api/v1/audit", ctx -> startAudit(ctx, o, pool, jobs, limits));
      config.routes.get("/api/v1/audit/{id}", ctx -> json(ctx, jobs.view(ctx.pathParam("id"))));
      config.routes.delete("/api/v1/audit/{id}", ctx -> {
        jobs.cancel(ctx.pathParam("id"));
        ctx.status(202);
      });
      config.routes.get("/api/v1/templates/{file}", IndexKitServer::template);
      config.routes.get("/manifest.xml", ctx -> manifest(ctx, o));

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
        LOG.error("unexpected failure on {} {}: {} at {}", ctx.method(), ctx.path(), e.getClass().getName(), AuditJobs.where(e));
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

  /** The TLS key store: none with --http, the PEM files given, or the development certificate. */
  private static DevCertificate.Keys keys(ServerOptions o) throws IOException, GeneralSecurityException {
    if (o.http()) return null;
    if (o.cert() == null) return DevCertificate.loadOrCreate(o.certDir());
    char[] password = DevCertificate.randomPassword(); // the key store exists in memory only
    return new DevCertificate.Keys(PemKeyStore.load(o.cert(), o.key(), password), password);
  }

  /** Whether a failure is the connection closing while the body was read (Jetty's EofException anywhere in the causes). */
  static boolean cutOff(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause())
      if (t instanceof org.eclipse.jetty.io.EofException) return true;
    return false;
  }

  private static ServerConnector httpsConnector(org.eclipse.jetty.server.Server server, HttpConfiguration base,
                                                DevCertificate.Keys keys, ServerOptions o) {
    var ssl = new SslContextFactory.Server();
    ssl.setKeyStore(keys.store());
    ssl.setKeyStorePassword(new String(keys.password()));
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

  private static void compute(Context ctx, ServerOptions o, WorkQueue pool, Limits limits) {
    if (!RequestBody.declaredOversize(ctx, o.maxBodyBytes())) requireType(ctx, "application/json", "Send JSON", "the body must be application/json");
    answer(ctx, pool, limits, RequestBody.JSON_EXPANSION, body -> () -> respond(body, o, limits),
        json -> ctx.contentType("application/json").result(json));
  }

  /**
   * Starts a "Check": the compute body plus {@code check: {runs, weights, seed}} (defaults 1,000 runs,
   * ±25 %, seed 1). The body is read and checked on the compute pool; the check itself runs on the
   * checks' own pool. Answers 202 with the job id; the pane polls {@code GET /api/v1/audit/{id}}.
   */
  private static void startAudit(Context ctx, ServerOptions o, WorkQueue pool, AuditJobs jobs, Limits limits) {
    if (!RequestBody.declaredOversize(ctx, o.maxBodyBytes())) requireType(ctx, "application/json", "Send JSON", "the body must be application/json");
    answer(ctx, pool, limits, RequestBody.JSON_EXPANSION, body -> () -> {
      ComputeRequest req = request(body, o);
      ComputeRequest.Check check = req.check() == null ? new ComputeRequest.Check(null, null, null) : req.check();
      int runs = check.runsOrDefault();
      UncertaintyAnalysis ua;
      try {
        ua = new UncertaintyAnalysis(runs, check.weightsOrDefault() / 100, List.of(), List.of(), false, check.seedOrDefault());
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest("check: " + e.getMessage());
      }
      Parsed p = parse(req, o);
      WorkCost one = limits.cost(p.input().table(), p.setup(), o.maxCheckSeconds(), runs + p.input().table().indicators().size() + 1,
          "a check of " + runs + " runs");
      long memoryNeeded = one.bytes() + (long) runs * p.input().table().rows() * 3 * Integer.BYTES + (long) runs * 256;
      MemoryBudget.Reservation held = limits.memory().reserve(memoryNeeded, "this check", o.maxSeconds());
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

  private static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json").result(RecipeJson.MAPPER.writeValueAsBytes(value));
  }

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The uploaded workbook with result sheets added. The upload lives in a private temp file, deleted after. */
  private static void workbook(Context ctx, ServerOptions o, WorkQueue pool, Limits limits) {
    if (!RequestBody.declaredOversize(ctx, o.maxBodyBytes()))
      requireType(ctx, XLSX + " or application/octet-stream", "Send the workbook itself",
          "send the .xlsx file itself as the request body, not as a form upload (e.g. curl --data-binary @book.xlsx "
              + "-H 'Content-Type: application/octet-stream'), with Content-Type " + XLSX + " or application/octet-stream");
    String preset = ctx.queryParam("preset");
    String sheet = ctx.queryParam("sheet");
    String name = ctx.queryParam("name") != null ? ctx.queryParam("name") : "upload.xlsx";
    answer(ctx, pool, limits, 1, body -> () -> {
      if (body.length == 0) throw ApiProblem.badRequest("the body is empty; send the .xlsx file itself as the body");
      java.nio.file.Path tmp = null;
      MemoryBudget.Reservation[] held = new MemoryBudget.Reservation[1];
      try {
        tmp = org.indexkit.io.TempFiles.create(null, "indexkit-upload-", ".xlsx");
        java.nio.file.Files.write(tmp, body);
        var out = new java.io.ByteArrayOutputStream(body.length * 2 + 65536);
        org.indexkit.workbook.WorkbookScoring.score(tmp, name, preset, sheet, Map.of(), o.maxBodyBytes(), out, (input, setup) -> {
          WorkCost cost = limits.cost(input.table(), setup, o.maxSeconds(), 1, "scoring this workbook");
          held[0] = limits.memory().reserve(cost.bytes(), "scoring this workbook", o.maxSeconds());
        });
        return out.toByteArray();
      } finally {
        if (held[0] != null) held[0].close();
        if (tmp != null) try { org.indexkit.io.TempFiles.delete(tmp); } catch (IOException ignored) { /* deleted at exit at the latest */ }
      }
    }, bytes -> {
      String scored = name.replaceAll("(?i)\\.xlsx$", "") + "-indexkit.xlsx";
      ctx.contentType(XLSX).header("Content-Disposition", contentDisposition(scored)).result(bytes);
    });
  }

  /** {@code attachment; filename="…"} with an ASCII fallback and the exact name in RFC 5987 form for non-ASCII names. */
  static String contentDisposition(String file) {
    String ascii = file.replaceAll("[\"\\\\\r\n]", "_").replaceAll("[^\\x20-\\x7e]", "_");
    String plain = "attachment; filename=\"" + ascii + "\"";
    if (ascii.equals(file)) return plain;
    return plain + "; filename*=UTF-8''" + java.net.URLEncoder.encode(file, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
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

  /**
   * The add-in manifest of addin-manifest/manifest.xml with every https://localhost:8443 replaced by the address this
   * server answers at (as the client reached it), so a server started with --port or --host can be sideloaded as it is.
   */
  private static void manifest(Context ctx, ServerOptions o) throws IOException {
    try (var in = IndexKitServer.class.getResourceAsStream("/manifest/manifest.xml")) {
      if (in == null) throw new ApiProblem.Failure(ApiProblem.of(404, "no-manifest", "No manifest in this build", null, null));
      String host = ctx.header("Host") == null ? o.host() + ":" + ctx.port() : ctx.header("Host");
      String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("https://localhost:8443", o.scheme() + "://" + host);
      ctx.contentType("application/xml").header("Content-Disposition", "attachment; filename=\"manifest.xml\"").result(xml);
    }
  }

  /** Refuses (415) a body whose media type is not one of those named: a browser can send a "simple" text/plain or form body from any page without asking first. */
  private static void requireType(Context ctx, String accepted, String title, String detail) {
    String type = ctx.contentType();
    String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    for (String a : accepted.split(" or "))
      if (media.equals(a)) return;
    throw new ApiProblem.Failure(ApiProblem.of(415, "media-type", title, detail + ", got " + (type == null ? "no Content-Type" : type), null));
  }

  /**
   * Reads the body as it arrives, then runs the work on the pool and answers with its result, stopping the
   * work when the client hangs up first. The body's memory is released when the work ends, however it ends.
   */
  private static void answer(Context ctx, WorkQueue pool, Limits limits, int expansion,
                             java.util.function.Function<byte[], java.util.concurrent.Callable<byte[]>> work,
                             java.util.function.Consumer<byte[]> send) {
    String what = ctx.method() + " " + ctx.path();
    ctx.future(() -> RequestBody.read(ctx, limits.options().maxBodyBytes(), limits.memory(), expansion).thenCompose(body -> {
      CompletableFuture<byte[]> done;
      try {
        done = pool.submit(work.apply(body.bytes()));
      } catch (RuntimeException e) {
        body.close();
        throw e;
      }
      done.whenComplete((v, e) -> body.close());
      ClientWatch watch = ClientWatch.start(ctx, () -> {
        if (done.completeExceptionally(new ClientGone())) LOG.info("{}: the client disconnected; its computation was stopped", what);
      });
      return done.whenComplete((v, e) -> {
        if (watch.stop()) ctx.header("Connection", "close");
      });
    }).handle((bytes, error) -> {
      try {
        if (error == null) send.accept(bytes);
        else fail(ctx, error, pool);
      } catch (IllegalStateException gone) { // the server stopped, or the connection closed, before the answer was ready
        LOG.info("{}: the answer could not be sent, its request is gone", what);
      }
      return null;
    }));
  }

  /** The client closed the connection before its answer was ready. */
  static final class ClientGone extends RuntimeException {
    ClientGone() {
      super("the client disconnected", null, false, false);
    }
  }

  private static void fail(Context ctx, Throwable error, WorkQueue pool) {
    Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
    if (pool.isShutdown()) // stopped mid-computation: say so; nothing partial is sent
      problem(ctx, ApiProblem.stopping());
    else if (cutOff(cause)) { // the client went away mid-upload: nothing to compute, nobody to answer, not a server fault
      LOG.info("{} {}: the request body ended early (client disconnected)", ctx.method(), ctx.path());
      problem(ctx, ApiProblem.of(400, "cut-off", "The request body ended early", "the upload was interrupted; send it again", null));
    } else if (causedBy(cause, java.util.concurrent.TimeoutException.class))
      problem(ctx, ApiProblem.of(408, "too-slow", "The request body stopped arriving", "send it again", null));
    else if (cause instanceof ApiProblem.Failure f) problem(ctx, f.problem());
    else if (cause instanceof InvalidInputException bad) problem(ctx, ApiProblem.invalidInput(bad.problems()).problem());
    else if (cause instanceof WorkQueue.TimedOut t)
      problem(ctx, ApiProblem.of(422, "too-costly", "The computation took too long", "it was stopped because " + t.getMessage()
          + "; choose a cheaper method or send less data (the limit is set with serve --max-seconds)", null));
    else if (cause instanceof ClientGone) problem(ctx, ApiProblem.of(499, "client-gone", "The client disconnected", null, null));
    else if (cause instanceof StackOverflowError)
      problem(ctx, ApiProblem.of(422, "too-deep", "The input is nested too deeply", "flatten the indicator tree", null));
    else {
      LOG.error("unexpected failure in {}: {} at {}", ctx.path(), cause.getClass().getName(), AuditJobs.where(cause));
      problem(ctx, ApiProblem.of(500, "internal", "IndexKit failed unexpectedly", "the failure was logged on the server", null));
    }
  }

  /** Parse, score and lay out one request; pure apart from the clock. */
  static byte[] respond(byte[] body, ServerOptions o, Limits limits) throws Exception {
    ComputeRequest req = request(body, o);
    if (req.check() != null) throw ApiProblem.badRequest("\"check\" belongs to POST /api/v1/audit, not to compute");
    Parsed p = parse(req, o);
    WorkCost cost = limits.cost(p.input().table(), p.setup(), o.maxSeconds(), 1, "this computation");
    try (MemoryBudget.Reservation held = limits.memory().reserve(cost.bytes(), "this computation", o.maxSeconds())) {
      var scored = Scoring.score(p.input(), p.setup(), new RunContext(rangeOf(p.input()),
          Sha256.of(RecipeJson.MAPPER.writeValueAsBytes(req.table())), Instant.now()), p.existingSheets());
      return RecipeJson.MAPPER.writeValueAsBytes(new ComputeResponse(scored.result(), scored.sheets()));
    }
  }

  /** A compute-shaped request, read and checked: the located table and the tree and recipe to run. */
  record Parsed(LocatedTable input, ScoringSetup setup, List<String> existingSheets) {}

  /** The body as a request, read as a stream (no intermediate tree), its cells counted against the server's limit as they come. */
  static ComputeRequest request(byte[] body, ServerOptions o) {
    if (body.length == 0) throw ApiProblem.badRequest("the body is empty; send a JSON object {\"table\": …}");
    try {
      ComputeRequest req = RecipeJson.MAPPER.readerFor(ComputeRequest.class).withAttribute(ComputeRequest.MAX_CELLS, o.maxCells())
          .readValue(body);
      if (req == null) throw ApiProblem.badRequest("the body must be a JSON object {\"table\": …}");
      return req;
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest(describe(e));
    } catch (IOException e) {
      throw ApiProblem.badRequest("the body could not be read: " + e.getMessage());
    }
  }

  static Parsed parse(ComputeRequest req, ServerOptions o) {
    LocatedTable input = SelectionTable.read(req.table(), o.maxCells());
    IndicatorTree tree = req.tree() == null ? null : new IndicatorTree(req.tree()); // its problems name nodes, not cells
    if (req.recipe() != null && !req.recipe().isNull() && !req.recipe().isObject())
      throw ApiProblem.badRequest("\"recipe\" must be an object such as {\"preset\": \"set-2024\"}");
    String recipe = req.recipe() == null || req.recipe().isNull() ? null : req.recipe().toString();
    ScoringSetup setup = Scoring.setup(input, null, tree, "recipe", recipe, Map.of());
    return new Parsed(input, setup, req.existingSheets() == null ? List.of() : req.existingSheets());
  }

  private static String rangeOf(LocatedTable input) {
    var l = input.layout();
    int lastCol = l.indicatorColumns().isEmpty() ? l.entityColumn() : l.indicatorColumns().get(l.indicatorColumns().size() - 1);
    String first = org.indexkit.core.TableLayout.address(l.sheet(), l.headerRow(), l.entityColumn());
    return first + ":" + org.indexkit.core.TableLayout.columnLetters(lastCol) + (l.headerRow() + 1 + input.table().rows());
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
    return false;
  }

  /** Jackson's complaint in a researcher's words, with the JSON path of the field. */
  static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (original != null && (original.contains("'NaN'") || original.contains("'Infinity'") || original.contains("'-Infinity'")
        || original.contains("'INF'")))
      return "NaN and Infinity are not JSON numbers; send null for a missing value"
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    if (causedBy(e, com.fasterxml.jackson.core.exc.StreamConstraintsException.class))
      return "a text in the body is longer than " + RecipeJson.MAX_TEXT_CHARS + " characters (Excel's limit for a cell)";
    if (original != null && original.startsWith("table.values")) return original;
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getPath().isEmpty()
        && mi.getTargetType() == ComputeRequest.class)
      return "the body must be a JSON object {\"table\": …}";
    if (e instanceof UnrecognizedPropertyException u)
      return "unknown field \"" + path(u) + "\"; expected one of " + u.getKnownPropertyIds();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      Throwable cause = m.getCause();
      if (cause instanceof IllegalArgumentException && cause.getMessage() != null) return path(m) + ": " + cause.getMessage();
      String type = m instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi && mi.getTargetType() != null
          ? expected(mi.getTargetType()) : "another type";
      return path(m) + " has the wrong type: expected " + type;
    }
    String msg = original;
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
}
