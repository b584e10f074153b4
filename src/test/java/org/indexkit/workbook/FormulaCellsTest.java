package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.indexkit.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formula cells: their cached value is read; one without a saved value is named with what to do (issue 13). */
class FormulaCellsTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("a formula with no saved value: Data!B2 holds a formula with no saved value, open and save in Excel or paste values")
  void formulaWithoutValue() throws Exception {
    Path file = new RawXlsx().data("Data", "<row r=\"1\">" + RawXlsx.inline("A1", "City") + RawXlsx.inline("B1", "x") + "</row>"
        + "<row r=\"2\">" + RawXlsx.inline("A2", "a") + "<c r=\"B2\"><f>C2*2</f></c></row>"
        + "<row r=\"3\">" + RawXlsx.inline("A3", "b") + "<c r=\"B3\"><f>1+1</f><v>2</v></c></row>"
        + "<row r=\"4\">" + RawXlsx.inline("A4", "c") + RawXlsx.number("B4", "3") + "</row>", "").write(dir.resolve("f.xlsx"));
    assertThatThrownBy(() -> WorkbookScoring.score(file, "f.xlsx", null, Map.of(), 1 << 20, new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.cell()).isEqualTo("Data!B2");
          assertThat(p.message()).isEqualTo("holds a formula with no saved value: open and save the workbook in Excel, or paste values");
        }));
  }
}
