package org.indexkit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.scoring.ScoringSetup;
import org.indexkit.io.Sha256;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.sheet.RunContext;
import org.indexkit.sheet.SheetPlan;
import org.indexkit.sheet.SheetPlans;

/**
 * Scores an IndexKit workbook end to end, the same for the CLI and {@code POST /api/v1/workbook}:
 * read Data/Indicators/Recipe, resolve preset and recipe, run the pipeline, append the result sheets.
 */
public final class WorkbookScoring {
  private WorkbookScoring() {}

  /** Sees what is about to be scored, and may refuse it (a server's time and memory budget) before the pipeline runs. */
  @FunctionalInterface
  public interface Admission {
    void admit(org.indexkit.io.LocatedTable input, ScoringSetup setup) throws Exception;
  }

  public static IndexResult score(Path file, String name, String preset, Map<String, String> settings, long maxBytes,
                                  OutputStream out) throws IOException {
    return score(file, name, preset, settings, maxBytes, out, (table, setup) -> { });
  }

  /**
   * @param preset overrides the Recipe sheet's preset when non-null
   * @param settings applied after the Recipe sheet's rows
   */
  public static IndexResult score(Path file, String name, String preset, Map<String, String> settings, long maxBytes,
                                  OutputStream out, Admission admission) throws IOException {
    return score(file, name, preset, null, settings, maxBytes, out, admission);
  }

  /** @param sheet the sheet with the data (null: the one named Data, the only one, or the first whose header fits the tree) */
  public static IndexResult score(Path file, String name, String preset, String sheet, Map<String, String> settings, long maxBytes,
                                  OutputStream out, Admission admission) throws IOException {
    WorkbookInput in = WorkbookReader.read(file, name, maxBytes, sheet, preset);
    Map<String, String> all = new LinkedHashMap<>(in.settings());
    all.putAll(settings);
    IndexResult result;
    try {
      ScoringSetup setup = ScoringSetup.resolve(preset != null ? preset : in.preset(), in.tree(), "Recipe sheet", null, all,
          in.data().table());
      try {
        admission.admit(in.data(), setup);
      } catch (IOException | RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException(e);
      }
      result = Pipeline.run(in.data().table(), setup.tree(), setup.recipe());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(in.data().locate(e.problems()));
    }
    List<SheetPlan> plans = SheetPlans.of(result,
        new RunContext(name + " (" + in.data().layout().sheet() + ")", Sha256.of(file), Instant.now(), in.data().notes()),
        in.sheetNames());
    ResultAppender.append(file, plans, out);
    return result;
  }
}
