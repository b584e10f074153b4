package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SheetCsvTest {
  @Test
  @DisplayName("text Excel would run as a formula gets a leading apostrophe in result CSVs; numbers and plain text do not")
  void formulaInjection() {
    assertThat(SheetCsv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(SheetCsv.cell("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(SheetCsv.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(SheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SheetCsv.cell("\tx")).isEqualTo("'\tx");
    assertThat(SheetCsv.cell("Boston")).isEqualTo("Boston");
    assertThat(SheetCsv.cell(-2.5)).isEqualTo("-2.5");
    assertThat(SheetCsv.cell(3)).isEqualTo("3");
  }
}
