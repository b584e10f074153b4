package org.indexkit.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.indexkit.catalogue.MethodCatalogue;
import org.indexkit.core.InvalidInputException;
import org.indexkit.json.RecipeJson;
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
   * The pane's Content-Security-Policy: its own scripts and Office.js from Microsoft's CDN only, no plugins, no
   * forms, no base rewriting; API calls to this server, and — for Office.js itself, which talks to and frames its
   * hosts — Microsoft's Office domains. No framing rule of our own, since Office shows the pane in a frame.
   */
  static final String PANE_POLICY = "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
      + "connect-src 'self' " + Origins.OFFICE + "; frame-src " + Origins.OFFICE + "; object-src 'none'; base-uri 'self'; form-action 'none'";
  private static final Logger LOG = LoggerFactory.getLogger(IndexKitServer.class);


  private IndexKitServer() {}

  /** A configured, not yet started server. */
  public static Javalin create(ServerOptions o) throws IOException, GeneralSecurityException {
    DevCertificate.Keys tls = keys(o);
    byte[] catalogue = RecipeJson.MAPPER.writeValueAsBytes(MethodCatalogue.get());
    WorkQueue pool = new WorkQueue("indexkit-compute", o.computeThreads(), 64 * o.computeThreads(), o.maxSeconds());
    AuditJobs jobs = new AuditJobs(AuditJobs.threads(), o.maxCheckSeconds());
    MemoryBudget memory = MemoryBudget.ofHeap();
    Limits limits = new Limits(o, memory);
    Responder responder = new Responder(pool, limits);
    ComputeRoutes computes = new ComputeRoutes(o, responder, limits, jobs);
    FileRoutes files = new FileRoutes(o, responder, limits);
    FunctionRoutes functions = new FunctionRoutes(o, responder);
    FitRoutes fits = new FitRoutes(o, responder);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new io.javalin.json.JavalinJackson(RecipeJson.MAPPER, false)); // the one mapper: ctx.json writes with it
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
      config.routes.get("/health", ctx -> Responder.json(ctx, Map.of("status", "ok", "version", org.indexkit.core.Version.get(),
          "computing", pool.running(), "waiting", pool.waiting())));
      config.routes.get("/api/v1/methods", ctx -> ctx.contentType("application/json").result(catalogue));
      config.routes.post("/api/v1/compute", computes::compute);
      config.routes.post("/api/v1/table", computes::table);
      config.routes.post("/api/v1/functions/{name}", functions::call);
      config.routes.post("/api/v1/fit", fits::fit);
      config.routes.post("/api/v1/fit/columns", fits::columns);
      config.routes.get("/functions.json", functions::metadata);
      config.routes.post("/api/v1/workbook", files::workbook);
      config.routes.post("/api/v1/audit", computes::startAudit);
      config.routes.get("/api/v1/audit/{id}", ctx -> Responder.json(ctx, jobs.view(ctx.pathParam("id"))));
      config.routes.delete("/api/v1/audit/{id}", ctx -> {
        jobs.cancel(ctx.pathParam("id"));
        ctx.status(202);
      });
      config.routes.get("/api/v1/templates/{file}", FileRoutes::template);
      config.routes.get("/manifest.xml", files::manifest);

      config.routes.exception(ApiProblem.Failure.class, (e, ctx) -> Responder.problem(ctx, e.problem()));
      config.routes.exception(InvalidInputException.class, (e, ctx) -> Responder.problem(ctx, ApiProblem.invalidInput(e.problems()).problem()));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> Responder.problem(ctx, ApiProblem.of(e.getStatus(), "http-" + e.getStatus(),
          e.getStatus() == 413 ? "The request body is too large" : e.getMessage(),
          e.getStatus() == 413 ? "this server accepts at most " + o.maxBodyBytes() + " bytes" : null, null)));
      config.routes.exception(Exception.class, (e, ctx) -> Responder.failSync(ctx, e));
      config.routes.error(404, ctx -> {
        if (!PROBLEM_JSON.equals(ctx.res().getContentType()))
          Responder.problem(ctx, ApiProblem.of(404, "not-found", "Nothing here", ctx.method() + " " + ctx.path() + " does not exist", null));
      });
      config.routes.error(405, ctx -> Responder.problem(ctx, ApiProblem.of(405, "method-not-allowed", "Method not allowed",
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

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

}
