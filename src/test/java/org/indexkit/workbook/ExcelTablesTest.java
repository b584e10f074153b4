package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every result sheet with rows is an Excel table named as its SheetPlan says, read back with POI. */
class ExcelTablesTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("each scored template: one table per result sheet with rows, IK_ and the sheet's name, over the header and every row, "
      + "its column names the headers, its own filter instead of the sheet's; table ids unique")
  void tablePerResultSheet() throws Exception {
    for (Template t : Template.all()) {
      Path in = Workbooks.template(dir, t.id());
      var scored = Workbooks.score(in, dir.resolve(t.id() + "-out.xlsx"), null);
      try (XSSFWorkbook wb = Workbooks.open(scored.file()); XSSFWorkbook original = Workbooks.open(in)) {
        Set<Long> ids = new HashSet<>();
        for (int s = original.getNumberOfSheets(); s < wb.getNumberOfSheets(); s++) {
          XSSFSheet sheet = wb.getSheetAt(s);
          List<XSSFTable> tables = sheet.getTables();
          if (sheet.getLastRowNum() < 1) {
            assertThat(tables).as(sheet.getSheetName() + " has no rows, so no table").isEmpty();
            continue;
          }
          assertThat(tables).as(t.id() + " " + sheet.getSheetName()).hasSize(1);
          XSSFTable table = tables.get(0);
          assertThat(table.getName()).isEqualTo("IK_" + sheet.getSheetName().replaceAll("[^\\p{L}\\p{N}_.]+", "_").replaceAll("_+$", ""));
          AreaReference area = table.getArea();
          int header = sheet.getSheetName().startsWith("Scores") || sheet.getSheetName().startsWith("得分") ? 1 : 0; // under the level band
          assertThat(area.getFirstCell().formatAsString()).isEqualTo("A" + (header + 1));
          assertThat(area.getLastCell().getRow()).isEqualTo(sheet.getLastRowNum());
          List<String> headers = new ArrayList<>();
          sheet.getRow(header).forEach(c -> headers.add(c.getStringCellValue()));
          assertThat(table.getColumns()).extracting(c -> c.getName()).containsExactlyElementsOf(headers);
          assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as("the table's filter only").isFalse();
          assertThat(ids.add(table.getCTTable().getId())).isTrue();
        }
      }
    }
  }

  @Test
  @DisplayName("a workbook that has a table IK_Scores already (an earlier result's, its sheet renamed): ours is IK_Scores_2, with a new id")
  void takenName() throws Exception {
    Path in = Workbooks.template(dir, "set-2024");
    Path withTable = dir.resolve("with-table.xlsx");
    try (XSSFWorkbook wb = Workbooks.open(in); OutputStream out = Files.newOutputStream(withTable)) {
      XSSFSheet old = wb.createSheet("Old scores");
      old.createRow(0).createCell(0).setCellValue("City");
      old.createRow(1).createCell(0).setCellValue("Boston");
      XSSFTable mine = old.createTable(new AreaReference("A1:A2", wb.getSpreadsheetVersion()));
      mine.setName("IK_Scores");
      mine.setDisplayName("IK_Scores");
      wb.write(out);
    }
    var scored = Workbooks.score(withTable, dir.resolve("out.xlsx"), null);
    try (XSSFWorkbook wb = Workbooks.open(scored.file())) {
      assertThat(wb.getTable("IK_Scores").getSheetName()).isEqualTo("Old scores");
      assertThat(wb.getTable("IK_Scores_2").getSheetName()).isEqualTo("Scores");
      assertThat(wb.getTable("IK_Scores_2").getCTTable().getId()).isGreaterThan(wb.getTable("IK_Scores").getCTTable().getId());
    }
  }
}
