package org.indexkit.workbook;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.indexkit.input.SheetCell;

/**
 * A worksheet cell's raw type, style and text as the sheet readers take it: a number (a {@link SheetCell.Percent}
 * when its format shows a percentage; for a table read as printed, the text its format shows), shared or inline text, TRUE/FALSE, an error value, or a formula without
 * a saved value.
 */
final class CellValues {
  /** The type given to a formula cell that has no cached value (a file written by a program that does not calculate). */
  static final String NO_SAVED_VALUE = "indexkit:no-saved-value";

  private final String sheet;
  private final SharedStrings strings;
  private final StylesTable styles;
  /** Style index → whether its number format shows a percentage; a sheet uses few styles. */
  private final java.util.Map<String, Boolean> percentStyle = new java.util.HashMap<>();
  /** Style index → its number format (empty when none). */
  private final java.util.Map<String, java.util.Optional<String>> formats = new java.util.HashMap<>();
  /** Whether a number cell is given as the text its format shows (a published table to fit) rather than as a Double. */
  private final boolean shown;

  CellValues(String sheet, SharedStrings strings, StylesTable styles, boolean shown) {
    this.sheet = sheet;
    this.strings = strings;
    this.styles = styles;
    this.shown = shown;
  }

  Object cell(String type, String style, String value, int row, int col) {
    if (type == null || type.equals("n")) {
      double d;
      try {
        d = com.fasterxml.jackson.core.io.NumberInput.parseDouble(value, true); // exact, and 3–4× faster than JDK 17 on 17-digit values
      } catch (NumberFormatException e) {
        return value;
      }
      if (percent(style)) return new SheetCell.Percent(d);
      return shown ? org.indexkit.analysis.fit.PrintedTable.shown(d, format(style)) : Double.valueOf(d);
    }
    return switch (type) {
      case NO_SAVED_VALUE -> new SheetCell.FormulaWithoutValue();
      case "s" -> sharedString(value, row, col);
      case "b" -> new SheetCell.Bool("1".equals(value.trim()));
      case "e" -> new SheetCell.Error(value);
      default -> value; // str (formula text result), inlineStr
    };
  }

  /** Text from the shared-strings table; an index it does not hold means a damaged file, named by cell. */
  private String sharedString(String index, int row, int col) {
    int i;
    try {
      i = Integer.parseInt(index.trim());
    } catch (NumberFormatException e) {
      i = -1;
    }
    if (strings == null || i < 0 || i >= strings.getCount())
      throw SheetReader.refuse(org.indexkit.core.TableLayout.address(sheet, row, col), "refers to shared text " + index.trim()
          + ", which the workbook does not contain; the file is damaged (save it from Excel again)");
    return strings.getItemAt(i).getString();
  }

  private boolean percent(String style) {
    if (style == null || styles == null) return false;
    return percentStyle.computeIfAbsent(style, i -> SheetCell.isPercentFormat(format(i)));
  }

  private String format(String style) {
    if (style == null || styles == null) return null;
    return formats.computeIfAbsent(style, i -> java.util.Optional.ofNullable(formatOf(i))).orElse(null);
  }

  private String formatOf(String index) {
    XSSFCellStyle s;
    try {
      s = styles.getStyleAt(Integer.parseInt(index.trim()));
    } catch (RuntimeException e) { // a style the workbook does not define: show the number as it is
      return null;
    }
    if (s == null) return null;
    String f = s.getDataFormatString();
    return f != null ? f : BuiltinFormats.getBuiltinFormat(s.getDataFormat());
  }
}
