package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeWeight;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AHP weights from the Judgements column of the Indicators sheet, through the whole workbook path. */
class AhpWorkbookTest {
  @TempDir Path dir;

  /** Data of four cities; the index judges talent against output (3), talent judges its three indicators (BPMSG's matrix). */
  Path book(String talentJudgements, String weightsMethod) throws Exception {
    Path p = dir.resolve("ahp.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      var data = wb.createSheet("Data");
      Object[][] rows = {{"City", "a", "b", "c", "x"}, {"Ankang", 1, 5, 3, 2}, {"Baoji", 4, 2, 6, 1}, {"Chengdu", 9, 8, 7, 6},
          {"Dali", 2, 2, 2, 9}};
      write(data, rows);
      write(wb.createSheet("Indicators"), new Object[][] {{"Code", "Parent", "Judgements"}, {"index", "", "3"},
          {"talent", "index", talentJudgements}, {"output", "index", ""}, {"a", "talent", ""}, {"b", "talent", ""}, {"c", "talent", ""},
          {"x", "output", ""}});
      write(wb.createSheet("Recipe"), new Object[][] {{"Key", "Value"}, {"weights", weightsMethod}});
      wb.write(out);
    }
    return p;
  }

  static void write(org.apache.poi.ss.usermodel.Sheet s, Object[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      var row = s.createRow(r);
      for (int c = 0; c < rows[r].length; c++)
        if (rows[r][c] instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
        else row.createCell(c).setCellValue((String) rows[r][c]);
    }
  }

  @Test
  @DisplayName("weights = ahp: local weights from each node's judgements, an AHP sheet with λmax, CI, RI, CR, and the variant in Provenance")
  void scoredWithAhp() throws Exception {
    var scored = Workbooks.score(book("5 1/3; 1/7", "ahp"), dir.resolve("out.xlsx"), null);
    List<NodeWeight> w = scored.result().weights();
    // BPMSG template (Goepel): 27.9 %, 7.2 %, 64.9 % under talent, which has 0.75 of the index
    assertThat(w.stream().filter(n -> n.code().equals("c")).findFirst().orElseThrow().effective()).isCloseTo(0.75 * 0.6491, within(5e-5));
    assertThat(scored.result().ahp().totalCr()).isCloseTo(0.056, within(5e-4));
    try (XSSFWorkbook wb = Workbooks.open(scored.file())) {
      var ahp = wb.getSheet("AHP");
      assertThat(ahp).isNotNull();
      assertThat(ahp.getRow(0).getCell(7).getStringCellValue()).isEqualTo("CR");
      assertThat(ahp.getRow(3).getCell(0).getStringCellValue()).isEqualTo("talent");
      assertThat(ahp.getRow(3).getCell(2).getStringCellValue()).isEqualTo("1. a");
      assertThat(ahp.getRow(3).getCell(3).getNumericCellValue()).isCloseTo(0.2790, within(5e-5));
      assertThat(ahp.getRow(3).getCell(4).getNumericCellValue()).isCloseTo(3.0649, within(5e-5));
      assertThat(ahp.getRow(3).getCell(8).getStringCellValue()).isEqualTo("acceptable (CR < 0.10)");
      assertThat(ahp.getRow(3).getCell(10).getNumericCellValue()).isEqualTo(5.0);
      assertThat(ahp.getRow(4).getCell(9).getNumericCellValue()).isEqualTo(0.2);
      String provenance = Workbooks.cells(wb.getSheet("Provenance")).toString();
      assertThat(provenance).contains("weights: AHP: priorities by principal eigenvector, RI Saaty (1980)");
    }
  }

  @Test
  @DisplayName("a judgement off the scale is refused at its cell of the Indicators sheet, naming the entry and the children")
  void refusedAtTheCell() {
    assertThatThrownBy(() -> Workbooks.score(book("5 1/3; 12", "ahp"), dir.resolve("out.xlsx"), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Indicators!C3")
        .hasMessageContaining("the judgements of \"talent\": row 2, column 3 (b compared with c) is 12, outside Saaty's scale from 1/9 to 9");
  }
}
