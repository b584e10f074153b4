package org.indexkit.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formula mode ({@code formulas = true}): the Calc sheets' formulas, computed by a real spreadsheet program, give the
 * engine's numbers — first with every cached value removed, so LibreOffice computes each cell itself; then after a Data
 * value is changed, when the recalculated scores are the engine's scores of the changed data.
 */
class FormulaModeTest {
  static final Map<String, String> FORMULAS = Map.of("formulas", "true");
  static final List<String> SHEETS = List.of("Calc", "Calc weights", "Scores");

  /** The sheet as written: the Chinese templates (Recipe language zh-CN) name Calc 计算, Calc weights 计算权重 and Scores 得分. */
  static String sheet(org.apache.poi.ss.usermodel.Workbook wb, String english) {
    if (wb.getSheet(english) != null) return english;
    return Map.of("Calc", "计算", "Calc weights", "计算权重", "Scores", "得分").get(english);
  }

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"set-2024", "stcud-2021", "gihi-2023", "digital-city-2022", "nqpf-entropy-topsis", "ahp-entropy-coupling"})
  @Timeout(240)
  @DisplayName("every preset template: LibreOffice computes every formula cell of Calc, Calc weights and Scores, without the cached "
      + "values, to the engine's value within 1e-12")
  void formulasRecalculateToTheEngine(String template) throws Exception {
    var scored = Workbooks.score(Workbooks.template(dir, template), dir.resolve("scored.xlsx"), null, FORMULAS);
    Map<String, Double> engine = formulaCells(scored.file());
    String calc, scoresSheet;
    try (XSSFWorkbook wb = Workbooks.open(scored.file())) {
      calc = sheet(wb, "Calc");
      scoresSheet = sheet(wb, "Scores");
    }
    assertThat(engine.keySet().stream().filter(k -> k.startsWith(calc + "!"))).hasSizeGreaterThan(scored.result().entities().size());
    String composite = scoresSheet + "!" + compositeColumn(scored) + "3"; // under the level band and the header
    assertThat(engine).as("the Scores sheet references Calc").containsKey(composite);

    Path bare = withoutCachedValues(scored.file(), dir.resolve("bare.xlsx"));
    assertThat(formulaCells(bare).values()).as("no cached value left").allMatch(v -> v == null);
    Map<String, Double> office = formulaCells(recalculated(bare));
    assertThat(office.keySet()).containsExactlyInAnyOrderElementsOf(engine.keySet());
    for (var e : engine.entrySet()) {
      assertThat(office.get(e.getKey())).as(e.getKey() + " computed by LibreOffice").isNotNull().isFinite();
      if (e.getValue() != null) assertThat(office.get(e.getKey())).as(e.getKey()).isCloseTo(e.getValue(), within(1e-12));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"set-2024", "stcud-2021", "gihi-2023", "digital-city-2022"})
  @Timeout(240)
  @DisplayName("one Data value changed in the scored workbook: after LibreOffice recalculates, every node's score on the Scores sheet "
      + "is the engine's score of the changed data within 1e-12")
  void aChangedDataValueRecalculates(String template) throws Exception {
    Path in = Workbooks.template(dir, template);
    var scored = Workbooks.score(in, dir.resolve("scored.xlsx"), null, FORMULAS);
    // the first entity's first indicator raised above every other entity's: minimum, maximum and mean all move
    Path changedData = dir.resolve("changed.xlsx"), changedScored = dir.resolve("changed-scored.xlsx");
    double raised = raiseFirstValue(in, changedData);
    raiseFirstValue(scored.file(), changedScored);
    IndexResult expected = Workbooks.score(changedData, dir.resolve("expected.xlsx"), null).result();
    assertThat(expected.composite().scores()).isNotEqualTo(scored.result().composite().scores());

    try (XSSFWorkbook wb = Workbooks.open(recalculated(changedScored))) {
      assertThat(wb.getSheet("Data").getRow(1).getCell(firstIndicatorColumn(wb)).getNumericCellValue()).isEqualTo(raised);
      var scores = wb.getSheet(sheet(wb, "Scores"));
      List<String> headers = new ArrayList<>();
      for (Cell c : scores.getRow(1)) headers.add(c.getStringCellValue());
      int checked = 0;
      for (int r = 2; r <= scores.getLastRowNum(); r++) {
        Row row = scores.getRow(r);
        int at = expected.entities().indexOf(row.getCell(0).getStringCellValue());
        if (expected.years() != null || expected.groups() != null) at = rowOf(expected, row, headers);
        for (var node : expected.nodes()) {
          int c = headers.indexOf(node.name()) >= 0 ? headers.indexOf(node.name()) : headers.indexOf(node.nameZh());
          Cell cell = row.getCell(c);
          assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
          assertThat(cell.getNumericCellValue()).as(row.getCell(0) + " " + node.code()).isCloseTo(node.scores()[at], within(1e-12));
          checked++;
        }
      }
      assertThat(checked).isEqualTo(expected.entities().size() * expected.nodes().size());
    }
  }

  @Test
  @DisplayName("a recipe formula mode cannot write is refused, naming the step: VIKOR and percentile ranks are not formulas")
  void refusesWhatIsNoFormula() throws Exception {
    Path in = Workbooks.template(dir, "set-2024");
    assertThatThrownBy(() -> Workbooks.score(in, dir.resolve("out.xlsx"), null, Map.of("formulas", "true", "aggregate", "vikor",
        "normalise", "percentile")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("formula mode cannot write this recipe")
        .hasMessageContaining("normalise = percentile")
        .hasMessageContaining("aggregates by vikor");
  }

  /** Every formula cell of the Calc sheets and Scores, "Sheet!A1" → its cached number (null when it has none). */
  static Map<String, Double> formulaCells(Path xlsx) throws Exception {
    Map<String, Double> out = new LinkedHashMap<>();
    try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
      for (String english : SHEETS)
        for (Row row : wb.getSheet(sheet(wb, english))) {
          String sheet = sheet(wb, english);
          for (Cell c : row) {
            if (c.getCellType() != CellType.FORMULA) continue;
            boolean cached = c.getCachedFormulaResultType() == CellType.NUMERIC
                && ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().isSetV();
            out.put(sheet + "!" + c.getAddress(), cached ? c.getNumericCellValue() : null);
          }
        }
    }
    return out;
  }

  /** The workbook as LibreOffice saves it after recalculating every formula on opening. */
  Path recalculated(Path xlsx) throws Exception {
    LibreOffice.convert(dir, xlsx, "xlsx:Calc MS Excel 2007 XML", "recalculated", true);
    return dir.resolve("recalculated").resolve(xlsx.getFileName());
  }

  /** A copy with every formula's cached value removed from IndexKit's sheets: a spreadsheet must compute them all. */
  static Path withoutCachedValues(Path xlsx, Path out) throws Exception {
    try (ZipFile zip = new ZipFile(xlsx.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
      for (var e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        byte[] bytes = zip.getInputStream(entry).readAllBytes();
        if (entry.getName().matches("xl/worksheets/indexkit\\d+\\.xml"))
          bytes = new String(bytes, StandardCharsets.UTF_8).replaceAll("</f><v>[^<]*</v>", "</f>").getBytes(StandardCharsets.UTF_8);
        z.putNextEntry(new ZipEntry(entry.getName()));
        z.write(bytes);
        z.closeEntry();
      }
    }
    return out;
  }

  /** Sets the first entity's first indicator to 1.5 × the column's maximum (a cost indicator's becomes its best minimum's half). */
  static double raiseFirstValue(Path xlsx, Path out) throws Exception {
    try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
      var data = wb.getSheet("Data");
      int col = firstIndicatorColumn(wb);
      double max = Double.NEGATIVE_INFINITY;
      for (int r = 1; r <= data.getLastRowNum(); r++)
        if (data.getRow(r) != null && data.getRow(r).getCell(col) != null) max = Math.max(max, data.getRow(r).getCell(col).getNumericCellValue());
      double raised = Math.round(max * 1.5 * 100) / 100.0;
      data.getRow(1).getCell(col).setCellValue(raised);
      try (OutputStream o = Files.newOutputStream(out)) {
        wb.write(o);
      }
      return raised;
    }
  }

  /** The Data sheet's first numeric column of its first row (after Entity, Group, Region, Year). */
  static int firstIndicatorColumn(XSSFWorkbook wb) {
    var header = wb.getSheet("Data").getRow(0);
    for (Cell c : header) {
      String h = c.getStringCellValue().trim().toLowerCase(java.util.Locale.ROOT);
      if (!List.of("entity", "group", "region", "year", "city", "name").contains(h) && wb.getSheet("Data").getRow(1).getCell(c.getColumnIndex())
          .getCellType() == CellType.NUMERIC) return c.getColumnIndex();
    }
    throw new AssertionError("no indicator column");
  }

  private static int rowOf(IndexResult r, Row row, List<String> headers) {
    String entity = row.getCell(0).getStringCellValue();
    int yearCol = headers.indexOf("Year");
    for (int i = 0; i < r.entities().size(); i++)
      if (r.entities().get(i).equals(entity) && (yearCol < 0 || r.years().get(i) == (int) row.getCell(yearCol).getNumericCellValue())) return i;
    throw new AssertionError(entity);
  }

  private static String compositeColumn(Workbooks.Scored s) {
    return org.indexkit.core.TableLayout.columnLetters(1 + (s.result().groups() == null ? 0 : 1) + (s.result().regions() == null ? 0 : 1)
        + (s.result().years() == null ? 0 : 1));
  }
}
