package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every result sheet of every template, cell by cell with its value and format, against a snapshot taken
 * from the code before a change: a renovation or an optimisation must change no number and no format
 * (issue 14, must-show 4). The only cells masked are Provenance's clock and IndexKit's version.
 *
 * <p>After a change that is meant to alter results, regenerate with
 * {@code mvn test -Dtest=ResultSnapshotTest -Dsnapshots.update=true} and review the diff of
 * {@code src/test/resources/snapshots/} like any other change.
 */
class ResultSnapshotTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}: every result sheet equals its snapshot")
  @ValueSource(strings = {"set-2024", "gihi-2023", "stcud-2021", "digital-city-2022", "nqpf-entropy-topsis"})
  void resultSheetsUnchanged(String template) throws Exception {
    Path in = Path.of("workbooks", template + ".xlsx");
    var scored = Workbooks.score(in, dir.resolve(template + "-out.xlsx"), null);
    String actual = describe(scored.file(), in);
    Path snapshot = Path.of("src/test/resources/snapshots", template + ".txt");
    if (Boolean.getBoolean("snapshots.update") || !Files.exists(snapshot)) {
      assertThat(Boolean.getBoolean("snapshots.update")).as("no snapshot " + snapshot + ": run with -Dsnapshots.update=true to take one").isTrue();
      Files.writeString(snapshot, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("result sheets of " + template + " against " + snapshot).isEqualTo(Files.readString(snapshot, StandardCharsets.UTF_8));
  }

  /** The sheets the scoring added (those not in the input), each cell as address, value and format, one per line. */
  static String describe(Path scored, Path input) throws Exception {
    List<String> own = new ArrayList<>();
    try (XSSFWorkbook original = Workbooks.open(input)) {
      for (int s = 0; s < original.getNumberOfSheets(); s++) own.add(original.getSheetName(s));
    }
    StringBuilder sb = new StringBuilder();
    try (XSSFWorkbook wb = Workbooks.open(scored)) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        String name = wb.getSheetName(s);
        if (own.contains(name)) continue;
        sb.append("## ").append(name).append('\n');
        for (List<String> row : Workbooks.cells(wb.getSheetAt(s))) {
          String line = String.join(" ; ", row);
          boolean provenance = name.equals("Provenance") || name.equals("来源"); // the Chinese templates' Provenance is 来源
          if (provenance && (line.contains("s:Computed") || line.contains("s:IndexKit version") || line.contains("s:Time")
              || line.contains("s:计算时间") || line.contains("s:IndexKit 版本")))
            line = line.replaceAll("(B\\d+=)s:[^\\[]*", "$1<masked> ");
          sb.append(line).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
