package org.indexkit.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * A request body read within the size limit and the memory budget. A body declared larger than the
 * limit is refused before a byte of it is read (so a client that asks "100 Continue?" is told 413 instead
 * of being invited to send it); one without a declared length is counted as it streams in. While the
 * body is held, {@code expansion} times its size is reserved: what parsing it will build.
 */
record RequestBody(byte[] bytes, MemoryBudget.Reservation reservation) implements AutoCloseable {
  /** What a JSON body becomes in memory while read: its bytes plus a node per cell. */
  static final int JSON_EXPANSION = 6;
  private static final int CHUNK = 64 * 1024;

  /**
   * Refuses a body declared larger than {@code max} before anything else is looked at. A client that asked
   * "100 Continue?" or declared far more is answered at once; one that is already sending a body only a little
   * too large has it read and dropped first, so that it sees the answer instead of a connection reset.
   */
  static void refuseDeclaredOversize(Context ctx, long max) {
    long declared = ctx.req().getContentLengthLong();
    if (declared <= max) return;
    if (!"100-continue".equalsIgnoreCase(ctx.header("Expect")) && declared - max <= Math.min(16L << 20, max / 4))
      try (InputStream in = ctx.req().getInputStream()) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      } catch (IOException e) {
        // the client went away meanwhile: nobody to answer
      }
    throw tooLarge(max);
  }

  static RequestBody read(Context ctx, long max, MemoryBudget memory, int expansion) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) throw tooLarge(max);
    MemoryBudget.Reservation held = memory.tryReserve(Math.max(CHUNK, declared) * expansion, "this request's body");
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buf = new byte[(int) Math.max(CHUNK, declared)];
      int n = 0;
      long reserved = Math.max(CHUNK, declared);
      while (true) {
        if (n == buf.length) {
          if (buf.length >= max) {
            if (in.read() < 0) break;
            throw tooLarge(max);
          }
          int grown = (int) Math.min(max, (long) buf.length * 2);
          held.grow((long) (grown - buf.length) * expansion, "this request's body");
          reserved = grown;
          buf = Arrays.copyOf(buf, grown);
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) break;
        n += r;
      }
      return new RequestBody(n == buf.length ? buf : Arrays.copyOf(buf, n), held);
    } catch (IOException e) {
      held.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      held.close();
      throw e;
    }
  }

  private static ApiProblem.Failure tooLarge(long max) {
    return new ApiProblem.Failure(ApiProblem.of(413, "http-413", "The request body is too large",
        "this server accepts at most " + max + " bytes", null));
  }

  @Override
  public void close() {
    reservation.close();
  }
}
