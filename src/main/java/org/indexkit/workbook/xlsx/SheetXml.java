package org.indexkit.workbook.xlsx;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.indexkit.core.TableLayout;
import org.indexkit.sheet.SheetPlan;

/**
 * SpreadsheetML for one {@link SheetPlan}: the worksheet (frozen header, widths, real numbers, text
 * as inline strings so a name like "=1+1" stays text, formulas only from {@link SheetPlan.Formula} with their cached value, autofilter, colour scale); its chart is {@link ChartXml}, its
 * table {@link TableXml}.
 */
final class SheetXml {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private SheetXml() {}

  /** @param drawingRel the relationship id of the sheet's chart drawing, @param tableRel of its table; null when it has none */
  static void write(SheetPlan plan, StylePalette palette, String drawingRel, String tableRel, Writer w) throws IOException {
    int cols = plan.columns().size();
    int rows = plan.rows().size();
    int top = plan.bandRows(); // the level band's row above the header
    String last = ResultAppender.cellRef(rows + top, Math.max(0, cols - 1));
    w.write(HEAD);
    int outline = plan.columns().stream().mapToInt(SheetPlan.Column::outline).max().orElse(0);
    w.write("<worksheet xmlns=\"" + Xml.MAIN + "\" xmlns:r=\"" + Xml.REL + "\">");
    // a node's columns come before its children's: the outline's button sits on the left of each group
    if (outline > 0 || plan.fitToWidth())
      w.write("<sheetPr>" + (outline > 0 ? "<outlinePr summaryRight=\"0\"/>" : "") + (plan.fitToWidth() ? "<pageSetUpPr fitToPage=\"1\"/>" : "")
          + "</sheetPr>");
    w.write("<dimension ref=\"A1:" + last + "\"/>");
    w.write("<sheetViews><sheetView workbookViewId=\"0\">");
    int frozenCols = rows > 0 ? plan.freezeColumns() : 0;
    int frozenRows = plan.freezeRows() > 0 ? plan.freezeRows() + top : 0;
    if (frozenRows > 0 && frozenCols > 0) // the band, the header and the entity column stay in view
      w.write("<pane xSplit=\"" + frozenCols + "\" ySplit=\"" + frozenRows + "\" topLeftCell=\""
          + ResultAppender.cellRef(frozenRows, frozenCols) + "\" activePane=\"bottomRight\" state=\"frozen\"/>"
          + "<selection pane=\"topRight\"/><selection pane=\"bottomLeft\"/><selection pane=\"bottomRight\"/>");
    else if (frozenRows > 0)
      w.write("<pane ySplit=\"" + frozenRows + "\" topLeftCell=\"A" + (frozenRows + 1)
          + "\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
    w.write("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"" + (outline > 0 ? " outlineLevelCol=\"" + outline + "\"" : "")
        + "/>");
    if (cols > 0) {
      w.write("<cols>");
      for (int c = 0; c < cols; c++) {
        int width = Math.max(8, plan.columns().get(c).width());
        int level = plan.columns().get(c).outline();
        w.write("<col min=\"" + (c + 1) + "\" max=\"" + (c + 1) + "\" width=\"" + width + "\" customWidth=\"1\""
            + (level > 0 ? " outlineLevel=\"" + level + "\"" : "") + "/>");
      }
      w.write("</cols>");
    }
    w.write("<sheetData>");
    String header = Integer.toString(palette.of(new StylePalette.Key("@", true, null)));
    List<int[]> merged = new java.util.ArrayList<>(); // runs of equal band labels: {first column, last column}
    if (top > 0) {
      StringBuilder band = new StringBuilder("<row r=\"1\">");
      for (int c = 0; c < cols; c++) {
        String label = plan.columns().get(c).band();
        int end = c;
        while (end + 1 < cols && java.util.Objects.equals(plan.columns().get(end + 1).band(), label)) end++;
        if (label != null && !label.isEmpty()) text(band, 0, c, header, label);
        if (end > c && label != null && !label.isEmpty()) merged.add(new int[] {c, end});
        c = end;
      }
      w.append(band).write("</row>");
    }
    StringBuilder headerRow = new StringBuilder("<row r=\"" + (top + 1) + "\">");
    for (int c = 0; c < cols; c++) text(headerRow, top, c, header, plan.columns().get(c).header());
    w.append(headerRow).write("</row>");
    int[] plain = new int[cols];
    String[] letters = new String[cols];
    for (int c = 0; c < cols; c++) {
      plain[c] = palette.of(new StylePalette.Key(plan.columns().get(c).format(), false, null));
      letters[c] = TableLayout.columnLetters(c);
    }
    String[] styleText = new String[cols];
    for (int c = 0; c < cols; c++) styleText[c] = Integer.toString(plain[c]);
    StringBuilder sb = new StringBuilder(256); // a row at a time: one write per row, not ten per cell
    for (int r = 0; r < rows; r++) {
      List<Object> row = plan.rows().get(r);
      String rowNumber = String.valueOf(r + 2 + top);
      sb.setLength(0);
      sb.append("<row r=\"").append(rowNumber).append("\">");
      for (int c = 0; c < cols; c++) {
        Object v = row.get(c);
        if (v == null) continue;
        SheetPlan.Column col = plan.columns().get(c);
        String style = styleText[c];
        if (col.fills() != null && col.fills().containsKey(v.toString()))
          style = Integer.toString(palette.of(new StylePalette.Key(col.format(), false, col.fills().get(v.toString()))));
        if (v instanceof SheetPlan.Formula f) { // the engine's value cached, so a reader that does not calculate sees it
          sb.append("<c r=\"").append(letters[c]).append(rowNumber).append("\" s=\"").append(style).append("\"><f>")
              .append(Xml.escape(f.formula())).append("</f>");
          if (f.value() != null && Double.isFinite(f.value()))
            sb.append("<v>").append(com.fasterxml.jackson.core.io.NumberOutput.toString(f.value(), true)).append("</v>");
          sb.append("</c>");
        } else if (v instanceof Number num) {
          double d = num.doubleValue();
          if (!Double.isFinite(d)) continue;
          sb.append("<c r=\"").append(letters[c]).append(rowNumber).append("\" s=\"").append(style).append("\"><v>");
          if (num instanceof Integer || num instanceof Long) sb.append(num.longValue());
          else sb.append(com.fasterxml.jackson.core.io.NumberOutput.toString(d, true)); // shortest round-trip digits (Schubfach), fast
          sb.append("</v></c>");
        } else {
          text(sb, r + 1 + top, c, style, v.toString());
        }
      }
      sb.append("</row>");
      w.append(sb);
    }
    w.write("</sheetData>");
    if (rows > 0 && tableRel == null) w.write("<autoFilter ref=\"" + ResultAppender.cellRef(top, 0) + ":" + last + "\"/>");
    if (!merged.isEmpty()) {
      w.write("<mergeCells count=\"" + merged.size() + "\">");
      for (int[] m : merged) w.write("<mergeCell ref=\"" + ResultAppender.cellRef(0, m[0]) + ":" + ResultAppender.cellRef(0, m[1]) + "\"/>");
      w.write("</mergeCells>");
    }
    int priority = 1;
    for (int c = 0; c < cols && rows > 0; c++) {
      if (!plan.columns().get(c).colourScale()) continue;
      String range = ResultAppender.cellRef(1 + top, c) + ":" + ResultAppender.cellRef(rows + top, c);
      w.write("<conditionalFormatting sqref=\"" + range + "\"><cfRule type=\"colorScale\" priority=\"" + priority++ + "\">"
          + "<colorScale><cfvo type=\"min\"/><cfvo type=\"percentile\" val=\"50\"/><cfvo type=\"max\"/>"
          + "<color rgb=\"FFF8696B\"/><color rgb=\"FFFFEB84\"/><color rgb=\"FF63BE7B\"/></colorScale></cfRule></conditionalFormatting>");
    }
    w.write("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
    w.write("<pageSetup orientation=\"landscape\"" + (plan.fitToWidth() ? " fitToWidth=\"1\" fitToHeight=\"0\"" : "") + "/>");
    if (drawingRel != null) w.write("<drawing r:id=\"" + drawingRel + "\"/>");
    if (tableRel != null) w.write("<tableParts count=\"1\"><tablePart r:id=\"" + tableRel + "\"/></tableParts>");
    w.write("</worksheet>");
  }

  private static void text(StringBuilder sb, int row, int col, String style, String s) {
    sb.append("<c r=\"").append(ResultAppender.cellRef(row, col)).append("\" s=\"").append(style)
        .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(Xml.escape(s)).append("</t></is></c>");
  }

  /** 'Sheet name'! — a sheet as a reference starts. */
  static String quoted(String sheet) {
    return "'" + sheet.replace("'", "''") + "'!";
  }

  /** 'Sheet name'!$A$2:$A$31 */
  static String absolute(String sheet, int row1, int col1, int row2, int col2) {
    return quoted(sheet) + "$" + TableLayout.columnLetters(col1) + "$" + (row1 + 1)
        + ":$" + TableLayout.columnLetters(col2) + "$" + (row2 + 1);
  }
}
