package org.indexkit.core;

import java.util.concurrent.CancellationException;

/**
 * Cooperative stopping for long computations. Whoever runs a computation stops it by interrupting
 * its thread (the server does when the request's deadline passes or its client disconnects); the
 * engine's long loops (imputation, clustering, segments, uncertainty runs) call {@link #check()}
 * between steps, so a stopped computation ends within one step and nothing half-done is returned.
 */
public final class Work {
  private Work() {}

  /** @throws CancellationException when the current thread was interrupted: its result is no longer wanted */
  public static void check() {
    if (Thread.currentThread().isInterrupted()) throw new CancellationException("the computation was stopped");
  }
}
