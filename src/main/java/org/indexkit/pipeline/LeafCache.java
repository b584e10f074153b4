package org.indexkit.pipeline;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.indexkit.core.StepChoice;

/**
 * The normalised leaves of a preparation, per normalisation and segment: the runs of an uncertainty analysis that
 * vary only the weights normalise the same leaves the same way, so each normalisation is done once. The arrays are
 * shared and only read; the warnings the normalising gave are replayed into each run.
 */
final class LeafCache {
  /** A segment's normalised (direction-adjusted) leaves by code, and what normalising them warned of. */
  record Leaves(Map<String, double[]> byCode, List<String> warnings) {}

  private final Map<String, Leaves> cache = new ConcurrentHashMap<>();

  Leaves get(StepChoice normalise, String segment, Supplier<Leaves> compute) {
    return cache.computeIfAbsent(normalise + "#" + segment, k -> compute.get());
  }
}
