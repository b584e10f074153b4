package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookScoringTest {
  @TempDir
  Path dir;

  @Test
  @DisplayName("template → score: the Scores sheet holds the engine's numbers; SET gives Boston 85.83, rank 1")
  void roundTrip() throws Exception {
    Path in = Workbooks.template(dir, "set-2024");
    var scored = Workbooks.score(in, dir.resolve("out.xlsx"), null);
    IndexResult r = scored.result();
    assertThat(r.rank("Boston")).isEqualTo(1);
    assertThat(r.score("Boston")).isCloseTo(85.83, within(0.01));
    try (XSSFWorkbook wb = Workbooks.open(scored.file())) {
      assertThat(wb.getSheetIndex("Scores")).isEqualTo(4);
      XSSFSheet scores = wb.getSheet("Scores");
      // the level band over the headers: Index over the composite, Dimension over Education (merged over its run), Indicator …
      assertThat(scores.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Index");
      assertThat(scores.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Dimension");
      assertThat(scores.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Indicator");
      assertThat(scores.getMergedRegions()).isNotEmpty();
      assertThat(scores.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Entity");
      assertThat(scores.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Boston");
      for (int i = 2; i <= scores.getLastRowNum(); i++) {
        Row row = scores.getRow(i);
        String city = row.getCell(0).getStringCellValue();
        for (int c = 0; c < r.nodes().size(); c++) {
          NodeResult n = r.nodes().get(c);
          assertThat(row.getCell(c + 1).getNumericCellValue()).as(city + " " + n.code()).isEqualTo(n.scores()[r.row(city)]);
        }
      }
      assertThat(scores.getRow(2).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(scores.getPaneInformation().isFreezePane()).isTrue();
      assertThat(scores.getPaneInformation().getVerticalSplitPosition()).as("the entity column stays in view").isEqualTo((short) 1);
      var bars = scores.getDrawingPatriarch().getCharts().get(0);
      // the sub-dimensions fold under their dimension: Education (C) stays, Basic and Higher education (D, E) are outlined
      assertThat(scores.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Education");
      assertThat(List.of(scores.getColumnOutlineLevel(1), scores.getColumnOutlineLevel(2), scores.getColumnOutlineLevel(3),
          scores.getColumnOutlineLevel(4))).containsExactly(0, 0, 1, 1);
      // printed landscape with the header row and the entity column on every page; SET's 14 columns fitted to the page's width
      assertThat(scores.getPrintSetup().getLandscape()).isTrue();
      assertThat(scores.getRepeatingRows().formatAsString()).as("the band and the header").isEqualTo("1:2");
      assertThat(scores.getRepeatingColumns().formatAsString()).isEqualTo("A:A");
      assertThat(scores.getRow(1).getLastCellNum()).isEqualTo((short) 14);
      assertThat(scores.getFitToPage()).isTrue();
      assertThat(scores.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(scores.getPrintSetup().getFitHeight()).as("as many pages tall as it needs").isEqualTo((short) 0);
      // SET's 30 composites run from 70.66 to 85.83: the value axis starts at 60, not 0
      assertThat(bars.getAxes()).filteredOn(a -> a.isSetMinimum()).singleElement().satisfies(a -> assertThat(a.getMinimum()).isEqualTo(60.0));
      assertThat(scores.getTables()).singleElement().satisfies(t -> assertThat(t.getCTTable().isSetAutoFilter()).as("filtered as a table").isTrue());
      assertThat(scores.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(r.nodes().size());
      assertThat(scores.getDrawingPatriarch().getCharts()).hasSize(1);
      assertThat(wb.getSheet("Ranks").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
      assertThat(Workbooks.cells(wb.getSheet("Provenance")).toString()).contains("s:Input").contains("s:set-2024.xlsx (Data)");
    }
  }

  @Test
  @DisplayName("all three templates score, and the committed workbooks/ files equal what `template` generates")
  void committedTemplatesAreCurrent() throws Exception {
    for (Template t : Template.all()) {
      Path generated = Workbooks.template(dir, t.id());
      Path committed = Path.of("workbooks", t.id() + ".xlsx");
      assertThat(committed).as("run: java -jar target/indexkit.jar template " + t.id() + " -o " + committed).exists();
      try (XSSFWorkbook a = Workbooks.open(generated); XSSFWorkbook b = Workbooks.open(committed)) {
        assertThat(b.getNumberOfSheets()).isEqualTo(a.getNumberOfSheets());
        for (int s = 0; s < a.getNumberOfSheets(); s++) {
          assertThat(b.getSheetName(s)).isEqualTo(a.getSheetName(s));
          assertThat(Workbooks.cells(b.getSheetAt(s))).as(committed + " sheet " + a.getSheetName(s)
              + " is stale: regenerate it with the template command").isEqualTo(Workbooks.cells(a.getSheetAt(s)));
        }
      }
      assertThat(Workbooks.score(generated, dir.resolve(t.id() + "-out.xlsx"), null).result().entities()).isNotEmpty();
    }
  }

  /** A workbook with formulas, styles, a merged range, a percentage, blanks and a sheet already called Scores. */
  Path richWorkbook() throws Exception {
    Path p = dir.resolve("rich.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle fancy = wb.createCellStyle();
      var font = wb.createFont();
      font.setBold(true);
      font.setItalic(true);
      fancy.setFont(font);
      fancy.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      fancy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      CellStyle pct = wb.createCellStyle();
      pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
      XSSFSheet data = wb.createSheet("Data");
      Row h = data.createRow(0);
      h.createCell(0).setCellValue("City");
      h.createCell(1).setCellValue("a");
      h.createCell(2).setCellValue("b");
      h.createCell(3).setCellValue("share");
      h.getCell(0).setCellStyle(fancy);
      String[] cities = {"P", "Q", "R", "=S"};
      for (int i = 0; i < 4; i++) {
        Row r = data.createRow(i + 1);
        r.createCell(0).setCellValue(cities[i]);
        r.createCell(1).setCellValue(i * 2 + 1);
        r.createCell(2).setCellFormula("B" + (i + 2) + "*3+1");
        r.createCell(3).setCellValue(0.1 * (i + 1));
        r.getCell(3).setCellStyle(pct);
      }
      XSSFSheet notes = wb.createSheet("Scores");
      notes.createRow(0).createCell(0).setCellValue("my own notes");
      notes.getRow(0).createCell(1).setCellFormula("SUM(Data!B2:B5)");
      notes.addMergedRegion(new CellRangeAddress(2, 3, 0, 2));
      notes.createRow(2).createCell(0).setCellValue("merged");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (var out = Files.newOutputStream(p)) {
        wb.write(out);
      }
    }
    return p;
  }

  @Test
  @DisplayName("the user's sheets survive scoring: every part byte-identical but the 4 that list sheets and styles, every cell equal")
  void inputIsPreserved() throws Exception {
    Path in = richWorkbook();
    byte[] before = Files.readAllBytes(in);
    var scored = Workbooks.score(in, dir.resolve("out.xlsx"), null);
    assertThat(Files.readAllBytes(in)).as("the input file itself is never written").isEqualTo(before);

    Set<String> changed = Set.of("[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml");
    try (ZipFile a = new ZipFile(in.toFile()); ZipFile b = new ZipFile(scored.file().toFile())) {
      Map<String, byte[]> original = new HashMap<>();
      for (ZipEntry e : java.util.Collections.list(a.entries())) original.put(e.getName(), a.getInputStream(e).readAllBytes());
      for (var e : original.entrySet()) {
        ZipEntry out = b.getEntry(e.getKey());
        assertThat(out).as(e.getKey()).isNotNull();
        if (!changed.contains(e.getKey()))
          assertThat(b.getInputStream(out).readAllBytes()).as(e.getKey() + " unchanged").isEqualTo(e.getValue());
      }
    }
    try (XSSFWorkbook a = Workbooks.open(in); XSSFWorkbook b = Workbooks.open(scored.file())) {
      for (int s = 0; s < a.getNumberOfSheets(); s++) {
        assertThat(b.getSheetName(s)).isEqualTo(a.getSheetName(s));
        assertThat(Workbooks.cells(b.getSheetAt(s))).isEqualTo(Workbooks.cells(a.getSheetAt(s)));
        assertThat(b.getSheetAt(s).getMergedRegions()).isEqualTo(a.getSheetAt(s).getMergedRegions());
      }
      assertThat(b.getSheetName(2)).isEqualTo("Scores (2)");
      // the name "=S" is text in the results, not a formula
      var results = b.getSheet("Scores (2)");
      boolean found = false;
      for (Row r : results)
        if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("=S")) {
          found = true;
          assertThat(r.getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
      assertThat(found).isTrue();
      // the formula column was read from its cached values, the percentages as fractions, stated in Audit
      assertThat(scored.result().score("P")).isCloseTo(0.0, within(1e-12));
      List<String> audit = Workbooks.cells(b.getSheet("Audit")).stream().flatMap(List::stream).toList();
      assertThat(String.join("\n", audit)).contains("Data!D2: 10% (a percentage) read as 0.1");
    }
  }
}
