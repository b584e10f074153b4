package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.indexkit.analysis.UncertaintyAnalysis;
import org.indexkit.core.StepChoice;
import org.indexkit.scoring.Scoring;
import org.indexkit.sheet.RunContext;
import org.indexkit.workbook.xlsx.ResultAppender;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden test of the sheets a robustness check writes (Sensitivity, Sensitivity runs, Sensitivity notes,
 * Sensitivity indices, Indicator importance, and the result sheets beside them), cell by cell with values and
 * formats, as {@code indexkit audit} writes them into the STCUD 2021 template: 60 Monte Carlo runs (seed 1,
 * weights ± 25 %, normalisation none or min-max, arithmetic or geometric aggregation, one indicator left out
 * per run), Sobol indices from N = 16. Regenerate deliberately with {@code -Dsnapshots.update=true}.
 */
class CheckSnapshotTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("stcud-2021: every sheet of a robustness check equals its snapshot")
  void checkSheetsUnchanged() throws Exception {
    Path in = Path.of("workbooks", "stcud-2021.xlsx");
    WorkbookInput read = WorkbookReader.read(in, "stcud-2021.xlsx", Long.MAX_VALUE);
    var setup = Scoring.setup(read.data(), read.preset(), read.tree(), "Recipe sheet", null, read.settings());
    var ua = UncertaintyAnalysis.runs(60).weightSpread(0.25).seed(1).leaveOneOut(true)
        .alternatives(List.of(StepChoice.of("none"), StepChoice.of("min-max", "min", 1, "max", 100)),
            List.of(StepChoice.of("arithmetic"), StepChoice.of("geometric")));
    var checked = Scoring.check(read.data(), setup, ua, 16, true, new RunContext("stcud-2021.xlsx (Data)", "sha", Instant.EPOCH,
        read.data().notes()), read.sheetNames(), null, () -> false);
    Path out = dir.resolve("checked.xlsx");
    try (OutputStream o = Files.newOutputStream(out)) {
      ResultAppender.append(in, checked.sheets(), o);
    }
    String actual = ResultSnapshotTest.describe(out, in);
    assertThat(actual).contains("## Sensitivity\n", "## Sensitivity indices\n", "## Indicator importance\n");
    Path snapshot = Path.of("src/test/resources/snapshots/check-stcud-2021.txt");
    if (Boolean.getBoolean("snapshots.update") || !Files.exists(snapshot)) {
      assertThat(Boolean.getBoolean("snapshots.update")).as("no snapshot " + snapshot + ": run with -Dsnapshots.update=true to take one").isTrue();
      Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
  }
}
