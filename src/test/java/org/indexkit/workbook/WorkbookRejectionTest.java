package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad workbook is refused with its cell or its reason, and nothing is written. */
class WorkbookRejectionTest {
  @TempDir
  Path dir;

  Path workbook(String name, Object[][] data, String[][] recipe) throws Exception {
    Path p = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("Data");
      for (int r = 0; r < data.length; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < data[r].length; c++) {
          Object v = data[r][c];
          if (v instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
          else if (v != null) row.createCell(c).setCellValue(v.toString());
        }
      }
      if (recipe != null) {
        XSSFSheet rs = wb.createSheet("Recipe");
        for (int r = 0; r < recipe.length; r++) {
          rs.createRow(r).createCell(0).setCellValue(recipe[r][0]);
          rs.getRow(r).createCell(1).setCellValue(recipe[r][1]);
        }
      }
      try (OutputStream out = Files.newOutputStream(p)) {
        wb.write(out);
      }
    }
    return p;
  }

  static Object[][] rows(Object[]... r) {
    return r;
  }

  String refusal(Path p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      WorkbookScoring.score(p, p.getFileName().toString(), null, Map.of(), 1_000_000, out);
    } catch (InvalidInputException e) {
      assertThat(out.size()).as("nothing written").isZero();
      return String.join("\n", e.problems().stream().map(Problem::toString).toList());
    } catch (Exception e) {
      throw new AssertionError("expected a clear refusal, got " + e, e);
    }
    throw new AssertionError("expected " + p + " to be refused");
  }

  @Test
  @DisplayName("text in a number cell: Data!C3: \"12,3\" is not a number")
  void textInNumberCell() throws Exception {
    Path p = workbook("t.xlsx", rows(new Object[] {"City", "a", "b"}, new Object[] {"P", 1, 2}, new Object[] {"Q", 3, "12,3"},
        new Object[] {"R", 5, 6}), null);
    assertThat(refusal(p)).isEqualTo("Data!C3: \"12,3\" is not a number");
  }

  @Test
  @DisplayName("a header that matches no indicator of the preset is named, with the tree's leaves listed")
  void unmatchedHeader() throws Exception {
    Path p = workbook("h.xlsx", rows(new Object[] {"City", "educaton", "talent", "science_technology"},
        new Object[] {"P", 1, 2, 3}, new Object[] {"Q", 3, 4, 5}), new String[][] {{"preset", "set-2024"}, {"normalise", "none"}});
    assertThat(refusal(p)).contains("Data!B1: column \"educaton\" matches no indicator of the tree").contains("(did you mean \"education\"?)")
        .contains("needs 6 columns that the Data does not have: [avg_education_attainment");
  }

  @Test
  @DisplayName("duplicate entity names are refused at the second name's cell")
  void duplicateEntity() throws Exception {
    Path p = workbook("d.xlsx", rows(new Object[] {"City", "a"}, new Object[] {"P", 1}, new Object[] {"Q", 2},
        new Object[] {"P", 3}), null);
    assertThat(refusal(p)).startsWith("Data!A4: entity \"P\" appears twice");
  }

  @Test
  @DisplayName("a wrong Recipe key is named by its cell")
  void badRecipeKey() throws Exception {
    Path p = workbook("r.xlsx", rows(new Object[] {"City", "a"}, new Object[] {"P", 1}, new Object[] {"Q", 2}),
        new String[][] {{"Key", "Value"}, {"normalise", "z-score"}, {"weighting", "equal"}});
    assertThat(refusal(p)).isEqualTo("Recipe!A3: unknown recipe key \"weighting\" (did you mean \"weights\"?)");
  }

  @Test
  @DisplayName("a zip bomb (a sheet that inflates > 100×) is refused for safety")
  void zipBomb() throws Exception {
    Path good = workbook("g.xlsx", rows(new Object[] {"City", "a"}, new Object[] {"P", 1}, new Object[] {"Q", 2}), null);
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipFile in = new ZipFile(good.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        byte[] b = in.getInputStream(e).readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(b, java.nio.charset.StandardCharsets.UTF_8);
          int at = xml.indexOf("<sheetData>");
          out.write(xml.substring(0, at).getBytes());
          out.write(" ".repeat(30_000_000).getBytes());
          out.write(xml.substring(at).getBytes());
        } else out.write(b);
        out.closeEntry();
      }
    }
    assertThat(Files.size(bomb)).isLessThan(200_000);
    assertThat(refusal(bomb)).contains("zip bomb");
  }

  @Test
  @DisplayName("a file over the size limit is refused before it is opened")
  void oversized() throws Exception {
    Path big = dir.resolve("big.xlsx");
    Files.write(big, new byte[1_000_001]);
    assertThat(refusal(big)).contains("big.xlsx is 1.0 MB; IndexKit reads workbooks up to 1.0 MB");
  }

  @Test
  @DisplayName("macro-enabled (.xlsm, or macros inside), legacy .xls and non-workbooks are refused with what to do")
  void wrongKinds() throws Exception {
    Path p = workbook("m.xlsx", rows(new Object[] {"City", "a"}, new Object[] {"P", 1}, new Object[] {"Q", 2}), null);
    Path xlsm = Files.copy(p, dir.resolve("m.xlsm"));
    assertThat(refusal(xlsm)).contains("macro-enabled").contains(".xlsx");
    Path macroInside = dir.resolve("inside.xlsx");
    try (ZipFile in = new ZipFile(p.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(macroInside))) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        byte[] b = in.getInputStream(e).readAllBytes();
        if (e.getName().equals("[Content_Types].xml"))
          b = new String(b).replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml")
              .replace("application/vnd.openxmlformats-officedocument.ms-excel", "application/vnd.ms-excel").getBytes();
        out.write(b);
        out.closeEntry();
      }
    }
    assertThat(refusal(macroInside)).contains("contains macros");
    Path xls = dir.resolve("old.xlsx");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
    assertThat(refusal(xls)).contains("legacy Excel 97–2003 (.xls)");
    Path text = Files.writeString(dir.resolve("notes.xlsx"), "City,a\nP,1\n");
    assertThat(refusal(text)).contains("is not an Excel workbook");
    Path truncated = dir.resolve("cut.xlsx");
    byte[] whole = Files.readAllBytes(p);
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(refusal(truncated)).contains("cut.xlsx");
  }

  @Test
  @DisplayName("a workbook without a Data sheet says where the table must go")
  void noDataSheet() throws Exception {
    Path p = dir.resolve("nodata.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
      wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
      wb.createSheet("Sheet2").createRow(0).createCell(0).setCellValue("y");
      wb.write(out);
    }
    assertThat(refusal(p)).contains("has no sheet named Data and several sheets [Sheet1, Sheet2]").contains("--sheet NAME")
        .contains("?sheet=NAME");
  }

  @Test
  @DisplayName("issue 13: a researcher's own workbook whose only sheet is Sheet1 is scored from it, said in Audit; --sheet chooses; "
      + "with several sheets the first whose header names the preset's indicators is used")
  void sheetChoice() throws Exception {
    Path only = dir.resolve("only.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(only)) {
      var s = wb.createSheet("Sheet1");
      Object[][] rows = {{"城市", "a", "b"}, {"北京", 1, 2}, {"São Paulo", 3, 1}, {"Zürich", 2, 3}};
      for (int r = 0; r < rows.length; r++)
        for (int c = 0; c < rows[r].length; c++)
          if (rows[r][c] instanceof Number n) (s.getRow(r) == null ? s.createRow(r) : s.getRow(r)).createCell(c).setCellValue(n.doubleValue());
          else (s.getRow(r) == null ? s.createRow(r) : s.getRow(r)).createCell(c).setCellValue(rows[r][c].toString());
      wb.write(out);
    }
    var scored = Workbooks.score(only, dir.resolve("only-out.xlsx"), null);
    assertThat(scored.result().entities()).containsExactly("北京", "São Paulo", "Zürich");
    try (var wb = Workbooks.open(scored.file())) {
      assertThat(Workbooks.cells(wb.getSheet("Audit")).toString()).contains("The data was read from sheet Sheet1 (the only sheet with data)");
    }
    Path two = dir.resolve("two.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(two)) {
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me");
      var s = wb.createSheet("Scores 2024");
      String[] header = {"City", "education", "talent", "science_technology"};
      for (int r = 0; r < 4; r++) {
        var row = s.createRow(r);
        for (int c = 0; c < 4; c++)
          if (r == 0) row.createCell(c).setCellValue(header[c]);
          else if (c == 0) row.createCell(c).setCellValue("city " + r);
          else row.createCell(c).setCellValue(60 + 10 * r + c);
      }
      wb.write(out);
    }
    var byHeader = Workbooks.score(two, dir.resolve("two-out.xlsx"), "set-2024");
    assertThat(byHeader.result().entities()).containsExactly("city 1", "city 2", "city 3");
    assertThatThrownBy(() -> WorkbookScoring.score(two, "two.xlsx", "set-2024", "Summary", java.util.Map.of(), 1 << 24,
        new java.io.ByteArrayOutputStream(), (in, setup) -> { })).isInstanceOf(org.indexkit.core.InvalidInputException.class)
        .hasMessageContaining("has no sheet named \"Summary\" (sheets: [Notes, Scores 2024])");
  }
}
