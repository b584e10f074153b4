package org.indexkit.server;

import java.util.Locale;
import org.indexkit.core.Table;
import org.indexkit.scoring.ScoringSetup;
import org.indexkit.scoring.WorkCost;
import org.indexkit.sheet.ExcelLimits;

/**
 * The server's budget for one request, checked before any work starts: its estimated time
 * ({@link WorkCost}) against the server's limit, its result against Excel's sheet size, and its memory
 * against {@link MemoryBudget}. A refusal says what to reduce.
 */
record Limits(ServerOptions options, MemoryBudget memory) {

  /**
   * @param runs how many times the pipeline will run (1 for a compute, the runs plus leave-one-out for a check)
   * @throws ApiProblem.Failure 422 {@code too-costly} when the estimate exceeds {@code seconds}
   */
  private WorkCost cost(Table table, ScoringSetup setup, int seconds, long runs, String what) {
    ExcelLimits.fitsExcel(setup.tree(), table);
    WorkCost one = WorkCost.of(table, setup.tree(), setup.recipe());
    double total = one.seconds() * runs;
    if (total > seconds)
      throw new ApiProblem.Failure(ApiProblem.of(422, "too-costly", "This would take too long",
          String.format(Locale.ROOT, "%s is estimated at %,.0f s, above this server's limit of %d s; the largest part is %s",
              what, Math.ceil(total), seconds, one.largest())
              + (runs > 1 ? "; or ask for fewer runs" : ""), null));
    return one;
  }

  /**
   * Admits one request: its {@link #cost} checked, then its memory (the pipeline's estimate plus {@code extraBytes})
   * reserved, waiting up to the compute limit for others to finish. The caller closes the reservation when done.
   */
  MemoryBudget.Reservation admit(Table table, ScoringSetup setup, int seconds, long runs, long extraBytes, String what)
      throws InterruptedException {
    WorkCost one = cost(table, setup, seconds, runs, what);
    return memory.reserve(one.bytes() + extraBytes, what, options.maxSeconds());
  }
}
