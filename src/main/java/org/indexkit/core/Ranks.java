package org.indexkit.core;

import java.util.function.Supplier;

/**
 * A node's ranks, computed when first asked for: every node's ranks are shown on the Ranks sheet, but a run
 * read only for its composite (each run of an uncertainty analysis, an engine benchmark) needs no other node's.
 * Computed at most once, by whichever thread asks first; the same numbers as computing them at once.
 */
public final class Ranks implements Supplier<int[]> {
  private Supplier<int[]> compute;
  private volatile int[] ranks;

  private Ranks(int[] ranks, Supplier<int[]> compute) {
    this.ranks = ranks;
    this.compute = compute;
  }

  public static Ranks of(int[] ranks) {
    return new Ranks(ranks, null);
  }

  public static Ranks later(Supplier<int[]> compute) {
    return new Ranks(null, compute);
  }

  @Override
  public int[] get() {
    int[] r = ranks;
    if (r != null) return r;
    synchronized (this) {
      if (ranks == null) {
        ranks = compute.get();
        compute = null;
      }
      return ranks;
    }
  }
}
