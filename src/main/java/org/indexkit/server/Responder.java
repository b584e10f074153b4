package org.indexkit.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.io.EofException;
import org.indexkit.core.InvalidInputException;
import org.indexkit.json.RecipeJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a request that computes is answered: its body read as it arrives, its work run on the queue, the
 * answer sent when ready, the work stopped when the client hangs up, and every failure turned into a
 * problem+json answer (never a stack trace).
 */
final class Responder {
  private static final Logger LOG = LoggerFactory.getLogger(Responder.class);
  private final WorkQueue pool;
  private final Limits limits;

  Responder(WorkQueue pool, Limits limits) {
    this.pool = pool;
    this.limits = limits;
  }

  /**
   * Refuses (415) a body whose media type is not one of those named: a browser can send a "simple" text/plain or form
   * body from any page without asking first. A body declared too large is left to {@link #answer}, which refuses it 413.
   */
  void requireType(Context ctx, String accepted, String title, String detail) {
    if (RequestBody.declaredOversize(ctx, limits.options().maxBodyBytes())) return;
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
  void answer(Context ctx, int expansion,
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
        else fail(ctx, error);
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

  void fail(Context ctx, Throwable error) {
    Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
    if (pool.isShutdown()) // stopped mid-computation: say so; nothing partial is sent
      problem(ctx, ApiProblem.stopping());
    else if (JsonErrors.causedBy(cause, EofException.class)) cutOff(ctx);
    else if (JsonErrors.causedBy(cause, java.util.concurrent.TimeoutException.class))
      problem(ctx, ApiProblem.of(408, "too-slow", "The request body stopped arriving", "send it again", null));
    else if (cause instanceof ApiProblem.Failure f) problem(ctx, f.problem());
    else if (cause instanceof InvalidInputException bad) problem(ctx, ApiProblem.invalidInput(bad.problems()).problem());
    else if (cause instanceof WorkQueue.TimedOut t)
      problem(ctx, ApiProblem.of(422, "too-costly", "The computation took too long", "it was stopped because " + t.getMessage()
          + "; choose a cheaper method or send less data (the limit is set with serve --max-seconds)", null));
    else if (cause instanceof ClientGone) problem(ctx, ApiProblem.of(499, "client-gone", "The client disconnected", null, null));
    else if (cause instanceof StackOverflowError)
      problem(ctx, ApiProblem.of(422, "too-deep", "The input is nested too deeply", "flatten the indicator tree", null));
    else unexpected(ctx, cause);
  }

  /**
   * Any other failure: the synchronous routes' last resort too. A cut-off body is answered as such; the rest is logged (not
   * sent) and answered 500. When the request itself is gone (the server stopped, or Jetty recycled it, before an answer was
   * ready) there is no one to answer and nothing to read from it: this handler must not fail in turn, or Javalin hands its
   * failure back to it without end.
   */
  static void failSync(Context ctx, Exception e) {
    if (gone(ctx)) {
      LOG.info("an answer could not be sent, its request is gone ({})", e.getClass().getName());
      return;
    }
    if (JsonErrors.causedBy(e, EofException.class)) cutOff(ctx);
    else unexpected(ctx, e);
  }

  /** Whether Jetty has let go of the request and its response (reading either then throws). */
  private static boolean gone(Context ctx) {
    try {
      ctx.req().getRequestURI();
      ctx.res().getStatus();
      return false;
    } catch (IllegalStateException | NullPointerException recycled) {
      return true;
    }
  }

  /** The connection closed while the body was read (Jetty's EofException): nothing to compute, nobody to answer, not a server fault. */
  private static void cutOff(Context ctx) {
    LOG.info("{} {}: the request body ended early (client disconnected)", ctx.method(), ctx.path());
    problem(ctx, ApiProblem.of(400, "cut-off", "The request body ended early", "the upload was interrupted; send it again", null));
  }

  private static void unexpected(Context ctx, Throwable cause) {
    LOG.error("unexpected failure on {} {}: {} at {}", ctx.method(), ctx.path(), cause.getClass().getName(), AuditJobs.where(cause));
    problem(ctx, ApiProblem.of(500, "internal", "IndexKit failed unexpectedly", "the failure was logged on the server", null));
  }

  static void json(Context ctx, Object value) {
    ctx.json(value);
  }

  static void problem(Context ctx, ApiProblem p) {
    if (gone(ctx)) {
      LOG.info("an answer ({} {}) could not be sent, its request is gone", p.status(), p.type());
      return;
    }
    try {
      ctx.status(p.status()).contentType(IndexKitServer.PROBLEM_JSON).result(RecipeJson.MAPPER.writeValueAsBytes(p));
    } catch (JsonProcessingException e) {
      ctx.status(500).result("{\"status\":500}");
    }
  }
}
