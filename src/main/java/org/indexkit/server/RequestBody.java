package org.indexkit.server;

import io.javalin.http.Context;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * A request body read within the size limit and the memory budget, without holding a thread while it
 * arrives: the bytes are taken as they come (a servlet {@link ReadListener}), so connections that trickle
 * a body a byte at a time cost a buffer each, not one of Jetty's threads (reliability finding M3), and a
 * body that arrives slower than {@value IndexKitServer#MIN_BODY_BYTES_PER_SECOND} bytes a second on
 * average, after {@value #GRACE_SECONDS} s, is cut off (one that stops altogether meets Jetty's idle
 * timeout). A body declared larger than the limit is refused before a byte of it is read, so a client
 * that asks "100 Continue?" is told 413 instead of being invited to send it. While the body is held,
 * {@code expansion} times its size is reserved: what parsing it will build.
 */
record RequestBody(byte[] bytes, MemoryBudget.Reservation reservation) implements AutoCloseable {
  /** What a JSON body becomes in memory while read: its bytes plus a node per cell. */
  static final int JSON_EXPANSION = 6;
  /** Seconds a body may take before its average rate is checked. */
  static final int GRACE_SECONDS = 3;
  private static final int CHUNK = 64 * 1024;

  /** Whether the body is declared larger than {@code max}: then {@link #read} refuses it, and nothing else need be checked. */
  static boolean declaredOversize(Context ctx, long max) {
    return ctx.req().getContentLengthLong() > max;
  }

  /** Reads the body as it arrives; the future fails with the problem to answer (413, 503, 408, or a cut-off upload). */
  static CompletableFuture<RequestBody> read(Context ctx, long max, MemoryBudget memory, int expansion) {
    CompletableFuture<RequestBody> done = new CompletableFuture<>();
    long declared = ctx.req().getContentLengthLong();
    boolean expects = "100-continue".equalsIgnoreCase(ctx.header("Expect"));
    ApiProblem.Failure refused = null;
    MemoryBudget.Reservation held = null;
    try {
      if (declared > max) throw tooLarge(max);
      held = memory.tryReserve(Math.max(CHUNK, declared) * expansion, "this request's body");
    } catch (ApiProblem.Failure f) {
      // a client that asked "100 Continue?" has sent nothing and must not be invited to; one that declared far more
      // than the limit is answered at once; the others have their body read and dropped, so they see the answer
      if (expects || declared - max > Math.min(16L << 20, max / 4)) return CompletableFuture.failedFuture(f);
      refused = f;
    }
    try {
      ServletInputStream in = ctx.req().getInputStream();
      in.setReadListener(new Listener(in, done, max, expansion, held, refused, declared));
    } catch (IOException | RuntimeException e) {
      if (held != null) held.close();
      done.completeExceptionally(e);
    }
    return done;
  }

  private static final class Listener implements ReadListener {
    private final ServletInputStream in;
    private final CompletableFuture<RequestBody> done;
    private final long max;
    private final int expansion;
    private final MemoryBudget.Reservation held;
    private final long start = System.nanoTime();
    private ApiProblem.Failure refused;
    private byte[] buf;
    private int n;
    private long seen;

    Listener(ServletInputStream in, CompletableFuture<RequestBody> done, long max, int expansion, MemoryBudget.Reservation held,
             ApiProblem.Failure refused, long declared) {
      this.in = in;
      this.done = done;
      this.max = max;
      this.expansion = expansion;
      this.held = held;
      this.refused = refused;
      this.buf = refused == null ? new byte[(int) Math.max(1024, Math.min(CHUNK, declared < 0 ? CHUNK : declared))] : new byte[CHUNK];
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (in.isReady() && !in.isFinished()) {
        if (refused == null && n == buf.length) grow();
        int r = refused == null ? in.read(buf, n, buf.length - n) : in.read(buf, 0, buf.length);
        if (r < 0) return;
        seen += r;
        if (refused == null) n += r;
        double seconds = (System.nanoTime() - start) / 1e9;
        if (seconds > GRACE_SECONDS && seen < IndexKitServer.MIN_BODY_BYTES_PER_SECOND * seconds)
          throw fail(new ApiProblem.Failure(ApiProblem.of(408, "too-slow", "The request body arrives too slowly",
              "it came at " + Math.round(seen / seconds) + " bytes a second; this server needs at least "
                  + IndexKitServer.MIN_BODY_BYTES_PER_SECOND, null)));
        if (seen > max) throw fail(tooLarge(max));
      }
    }

    private void grow() {
      if (buf.length >= max) return; // one more byte is refused by the size check
      int grown = (int) Math.min(max + 1, Math.max((long) buf.length * 2, CHUNK));
      try {
        held.grow((long) (grown - buf.length) * expansion, "this request's body");
      } catch (ApiProblem.Failure f) {
        refused = f; // keep reading to the end, keep nothing
        buf = new byte[CHUNK];
        n = 0;
        return;
      }
      buf = Arrays.copyOf(buf, grown);
    }

    @Override
    public void onAllDataRead() {
      if (refused != null) {
        fail(refused);
        return;
      }
      done.complete(new RequestBody(n == buf.length ? buf : Arrays.copyOf(buf, n), held));
    }

    @Override
    public void onError(Throwable t) {
      fail(t);
    }

    /** Ends the read with {@code t}, releasing what it held; returned as an IOException for Jetty to close the input. */
    private IOException fail(Throwable t) {
      if (held != null) held.close();
      buf = null;
      done.completeExceptionally(t);
      return t instanceof IOException io ? io : new IOException(t.getMessage(), t);
    }
  }

  static ApiProblem.Failure tooLarge(long max) {
    return new ApiProblem.Failure(ApiProblem.of(413, "http-413", "The request body is too large",
        "this server accepts at most " + max + " bytes", null));
  }

  @Override
  public void close() {
    reservation.close();
  }
}
