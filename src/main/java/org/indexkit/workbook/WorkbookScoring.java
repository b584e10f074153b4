package org.indexkit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.scoring.ScoringSetup;
import org.indexkit.files.Sha256;
import org.indexkit.scoring.Scoring;
import org.indexkit.sheet.RunContext;
import org.indexkit.workbook.xlsx.ResultAppender;

/**
 * Scores an IndexKit workbook end to end, the same for the CLI and {@code POST /api/v1/workbook}:
 * read Data/Indicators/Recipe, resolve preset and recipe, run the pipeline, append the result sheets.
 */
public final class WorkbookScoring {
  private WorkbookScoring() {}

  /** Sees what is about to be scored, and may refuse it (a server's time and memory budget) before the pipeline runs. */
  @FunctionalInterface
  public interface Admission {
    void admit(org.indexkit.input.LocatedTable input, ScoringSetup setup) throws Exception;
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
    ScoringSetup setup = Scoring.setup(in.data(), preset != null ? preset : in.preset(), in.tree(), "Recipe sheet", null, all);
    try {
      admission.admit(in.data(), setup);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException(e);
    }
    var scored = Scoring.score(in.data(), setup,
        new RunContext(name + " (" + in.data().layout().sheet() + ")", Sha256.of(file), Instant.now(), in.data().notes()), in.sheetNames());
    ResultAppender.append(file, scored.sheets(), out);
    return scored.result();
  }
}
