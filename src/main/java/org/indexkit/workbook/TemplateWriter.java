package org.indexkit.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indexkit.core.Indicator;
import org.indexkit.input.Csv;
import org.indexkit.input.CellText;

/** Writes a {@link Template} as an .xlsx with README, Data, Indicators and Recipe sheets (POI; small files). */
public final class TemplateWriter {
  static final List<String> INDICATOR_HEADERS = List.of("Code", "Name", "Name (zh)", "Parent", "Weight", "Direction",
      "Transform", "Target", "Unit", "Source", "Type", "Aggregation");

  private TemplateWriter() {}

  public static void write(Template t, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle header = wb.createCellStyle();
      Font bold = wb.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

      XSSFSheet readme = wb.createSheet("README");
      int r = 0;
      text(readme, r++, 0, "IndexKit template: " + t.id(), header);
      text(readme, r++, 0, t.title() + " / " + t.titleZh(), null);
      text(readme, r++, 0, "Source: " + t.source(), null);
      r++;
      for (String line : t.readme()) text(readme, r++, 0, line, null);
      r++;
      text(readme, r++, 0, "How to use", header);
      for (String line : List.of(
          "Data: entity names in column A, one indicator per column, headers in row 1 (codes or names from Indicators). "
              + "Optional columns: Group (a league ranked on its own), Year (a panel).",
          "Indicators: the tree, one row per node: Code, Parent (empty for the index), Weight among siblings "
              + "(empty = equal share), Direction (+ or -), Transform (none, log, ln1p, per-capita(column)).",
          "Recipe: Key | Value rows; preset names the published method, other keys change one step (normalise, "
              + "weights, aggregate, rescale, tiers, stars, leagues; e.g. tiers = k-means, tiers.k = 4).",
          "Score: in Excel with the IndexKit add-in, or java -jar indexkit.jar score this.xlsx -o scored.xlsx. "
              + "Results go to new sheets; these sheets are never changed.",
          "使用方法：在 Data 表中每行一个城市、每列一个指标；Indicators 表为指标体系；Recipe 表为计算方法。结果写入新的工作表，原表不变。"))
        text(readme, r++, 0, line, null);
      r++;
      text(readme, r++, 0, "Method notes", header);
      for (String note : t.notes()) text(readme, r++, 0, note, null);
      readme.setColumnWidth(0, 120 * 256);

      XSSFSheet data = wb.createSheet("Data");
      List<List<String>> rows = Csv.parse(t.dataCsv());
      for (int i = 0; i < rows.size(); i++) {
        Row row = data.createRow(i);
        for (int c = 0; c < rows.get(i).size(); c++) {
          String v = rows.get(i).get(c);
          if (i == 0 || c == 0 || !numeric(v)) text(data, i, c, v, i == 0 ? header : null); // a Region or Group is text
          else row.createCell(c).setCellValue(CellText.parse(v));
        }
      }
      data.createFreezePane(1, 1);
      data.setColumnWidth(0, 28 * 256);

      XSSFSheet indicators = wb.createSheet("Indicators");
      boolean judged = t.tree().nodes().stream().anyMatch(n -> n.judgements() != null);
      List<String> headers = new java.util.ArrayList<>(INDICATOR_HEADERS);
      if (judged) headers.add("Judgements");
      boolean posts = t.tree().nodes().stream().anyMatch(n -> n.lower() != null || n.upper() != null);
      if (posts) headers.addAll(List.of("Lower", "Upper"));
      for (int c = 0; c < headers.size(); c++) text(indicators, 0, c, headers.get(c), header);
      int i = 1;
      for (Indicator n : t.tree().nodes()) {
        Row row = indicators.createRow(i);
        List<Object> cells = java.util.Arrays.asList(n.code(), n.name(), n.nameZh(), n.parent(), n.weight(),
            t.tree().isLeaf(n.code()) ? n.direction().symbol() : null,
            t.tree().isLeaf(n.code()) ? n.transform().toString() : null, n.target(), n.unit(), n.source(), n.type(),
            n.aggregation() == null ? null : n.aggregation().method());
        cells = new java.util.ArrayList<>(cells);
        if (judged) cells.add(n.judgements());
        if (posts) cells.addAll(java.util.Arrays.asList(n.lower(), n.upper()));
        for (int c = 0; c < cells.size(); c++) {
          Object v = cells.get(c);
          if (v instanceof Double d) row.createCell(c).setCellValue(d);
          else if (v != null) text(indicators, i, c, v.toString(), null);
        }
        i++;
      }
      indicators.createFreezePane(0, 1);
      for (int c = 0; c < 4; c++) indicators.setColumnWidth(c, (c == 1 || c == 2 ? 40 : 16) * 256);

      XSSFSheet recipe = wb.createSheet("Recipe");
      text(recipe, 0, 0, "Key", header);
      text(recipe, 0, 1, "Value", header);
      int k = 1;
      for (Map.Entry<String, String> e : t.recipe().entrySet()) {
        text(recipe, k, 0, e.getKey(), null);
        text(recipe, k++, 1, e.getValue(), null);
      }
      recipe.setColumnWidth(0, 20 * 256);
      recipe.setColumnWidth(1, 30 * 256);
      wb.setActiveSheet(0);
      wb.getProperties().getCoreProperties().setCreator("IndexKit");
      wb.write(out);
    }
  }

  /** Whether a template's data cell is a number (or a missing value, written as the reader reads it). */
  private static boolean numeric(String v) {
    try {
      CellText.parse(v);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void text(XSSFSheet sheet, int r, int c, String v, CellStyle style) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    Cell cell = row.createCell(c);
    cell.setCellValue(v);
    if (style != null) cell.setCellStyle(style);
  }
}
