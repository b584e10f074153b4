package org.indexkit.analysis;

import java.util.List;
import org.indexkit.core.IndexResult;

/**
 * Something computed from a scored result and written to its own sheet: coupling coordination, … Registered in
 * {@link Analyses} like a method (catalogue, pane, Recipe keys {@code analyses.<key>}); the scoring floor runs the
 * analyses a recipe names after the pipeline, and the sheet floor lays out each {@link Outcome}.
 */
public interface Analysis {

  /**
   * @throws org.indexkit.core.InvalidInputException naming the recipe key or node it cannot use
   */
  Outcome run(IndexResult result);

  /** What an analysis found: its own record, plus what Provenance and the warnings say about it. */
  interface Outcome {
    /** The variant in words, for the Provenance sheet. */
    String variant();

    /** What a reader must know (a zero subsystem score, a constant column), each naming what it is about. */
    List<String> warnings();
  }
}
