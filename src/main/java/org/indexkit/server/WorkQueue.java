package org.indexkit.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool where requests' work runs, each piece with a deadline. Work that passes its deadline,
 * or whose answer is no longer wanted (its client disconnected: {@link CompletableFuture#cancel}), is
 * stopped by interrupting its thread, which the engine's long loops notice ({@link org.indexkit.core.Work});
 * work still waiting in the queue then never starts. A full queue is refused at once with 503.
 */
final class WorkQueue {
  /** The work ran past its deadline and was stopped. */
  static final class TimedOut extends RuntimeException {
    TimedOut(int seconds) {
      super("it ran longer than this server's limit of " + seconds + " s", null, false, false);
    }
  }

  private final ThreadPoolExecutor pool;
  private final ScheduledExecutorService timer;
  private final int seconds;

  WorkQueue(String name, int threads, int queue, int seconds) {
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), daemon(name));
    ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, daemon(name + "-deadline"));
    t.setRemoveOnCancelPolicy(true);
    this.timer = t;
    this.seconds = seconds;
  }

  /**
   * @return the work's result; completing it exceptionally or cancelling it stops the work
   * @throws ApiProblem.Failure 503 when the queue is full
   */
  <T> CompletableFuture<T> submit(Callable<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    FutureTask<T> task = new FutureTask<>(work) {
      @Override
      protected void done() {
        if (isCancelled()) return; // stopped from outside: the result was completed by whoever stopped it
        try {
          result.complete(get());
        } catch (ExecutionException e) {
          result.completeExceptionally(e.getCause());
        } catch (InterruptedException e) {
          result.completeExceptionally(e);
        }
      }
    };
    try {
      pool.execute(task);
    } catch (RejectedExecutionException e) {
      throw new ApiProblem.Failure(ApiProblem.of(503, "busy", "IndexKit is busy", "too many computations are waiting; retry shortly", null));
    }
    ScheduledFuture<?> deadline = timer.schedule(() -> {
      result.completeExceptionally(new TimedOut(seconds));
    }, seconds, TimeUnit.SECONDS);
    result.whenComplete((value, error) -> { // however it ends — done, timed out, client gone — nothing keeps running
      deadline.cancel(false);
      task.cancel(true);
    });
    return result;
  }

  /** Work running now. */
  int running() {
    return pool.getActiveCount();
  }

  /** Work waiting for a thread. */
  int waiting() {
    return pool.getQueue().size();
  }

  boolean isShutdown() {
    return pool.isShutdown();
  }

  void shutdownNow() {
    pool.shutdownNow();
    timer.shutdownNow();
  }

  static ThreadFactory daemon(String name) {
    var count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
