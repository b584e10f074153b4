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

  /** With the run's input and a way to score it again (comparing builds, coordinates); most analyses need neither. */
  default Outcome run(IndexResult result, Context context) {
    return run(result);
  }

  /**
   * What the scoring floor gives the analyses that need more than the result: the input table, a way to re-score it, and
   * the presets' recipes by id (empty for an unknown id), which live above this floor.
   */
  record Context(org.indexkit.core.Table table, Rerun rerun,
                 java.util.function.Function<String, java.util.Optional<org.indexkit.core.Recipe>> presets) {
    public Context(org.indexkit.core.Table table, Rerun rerun) {
      this(table, rerun, id -> java.util.Optional.empty());
    }
  }

  /** Scores the run's own data again with the recipe and tree changed; given by the scoring floor, which holds the data. */
  interface Rerun {
    IndexResult with(java.util.function.UnaryOperator<org.indexkit.core.Recipe> recipe,
                     java.util.function.UnaryOperator<org.indexkit.core.IndicatorTree> tree);
  }

  /** What an analysis found: its own record, plus what Provenance and the warnings say about it. */
  interface Outcome {
    /** The variant in words, for the Provenance sheet. */
    String variant();

    /** What a reader must know (a zero subsystem score, a constant column), each naming what it is about. */
    List<String> warnings();
  }
}
