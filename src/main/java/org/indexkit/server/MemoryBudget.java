package org.indexkit.server;

import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Memory bounded by bytes, not by the number of requests: every request body held and every
 * computation's estimated working memory is reserved here before it is taken, out of a share of the
 * heap ({@code -Xmx}). A request that alone needs more than the whole budget is refused with what to
 * reduce; one that needs what others hold now waits for them (a computation, on the pool, until its
 * deadline) or is told the server is busy (a body, at once).
 */
final class MemoryBudget {
  /** The share of the heap that requests may hold between them; the rest is the server's own and headroom. */
  static final double HEAP_SHARE = 0.6;
  private static final long UNIT = 1024;

  private final Semaphore kib;
  private final long total;

  MemoryBudget(long bytes) {
    this.total = Math.max(UNIT, bytes);
    this.kib = new Semaphore((int) Math.min(Integer.MAX_VALUE, total / UNIT), true);
  }

  static MemoryBudget ofHeap() {
    return new MemoryBudget((long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE));
  }

  /** Bytes held until {@link #close()}. */
  final class Reservation implements AutoCloseable {
    private int held;

    private Reservation(int held) {
      this.held = held;
    }

    /** Takes {@code bytes} more now, or refuses (503) when the server holds too much already. */
    void grow(long bytes, String what) {
      int k = units(bytes, what);
      if (!kib.tryAcquire(k)) throw busy();
      synchronized (this) { held += k; }
    }

    @Override
    public synchronized void close() {
      kib.release(held);
      held = 0;
    }
  }

  /** Reserves {@code bytes} now, or refuses (503) while other requests hold the memory. */
  Reservation tryReserve(long bytes, String what) {
    int k = units(bytes, what);
    if (!kib.tryAcquire(k)) throw busy();
    return new Reservation(k);
  }

  /** Reserves {@code bytes}, waiting up to {@code seconds} for other requests to release theirs. */
  Reservation reserve(long bytes, String what, int seconds) throws InterruptedException {
    int k = units(bytes, what);
    if (!kib.tryAcquire(k, seconds, TimeUnit.SECONDS)) throw busy();
    return new Reservation(k);
  }

  private int units(long bytes, String what) {
    if (bytes > total)
      throw new ApiProblem.Failure(ApiProblem.of(413, "too-large-for-memory", "Too large for this server's memory",
          what + " needs about " + mb(bytes) + " of memory; this server has " + mb(total) + " for requests "
              + "(raise it with java -Xmx…, or send less at once)", null));
    return (int) Math.max(1, (bytes + UNIT - 1) / UNIT);
  }

  private static ApiProblem.Failure busy() {
    return new ApiProblem.Failure(ApiProblem.of(503, "busy", "IndexKit is busy",
        "other requests hold the memory this one needs; retry shortly", null));
  }

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,.0f MB", bytes / 1024.0 / 1024.0);
  }
}
