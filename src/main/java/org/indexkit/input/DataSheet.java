package org.indexkit.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.Problems;
import org.indexkit.core.Table;
import org.indexkit.core.TableLayout;

/**
 * Reads the {@code Data} layout from rows of cells, wherever they come from (CSV text, a worksheet):
 * header row, entity names in the first column, optional {@code Group}, {@code Year} and {@code Region} columns
 * found by header, every other column an indicator. Blank rows are skipped. Every bad cell is
 * reported as {@code Data!D7: "12,3" is not a number}, all at once; cells read as missing (blank,
 * N/A, error values) and percentages are listed in {@code notes} for the Audit sheet.
 */
public final class DataSheet {
  /** How the Audit sheet's input notes mark a cell read as a percentage. */
  static final String PERCENT_NOTE = " (a percentage) read as ";

  /** How many cells of the input were percentages read as fractions (12% → 0.12). */
  public static long percentages(List<String> notes) {
    return notes.stream().filter(n -> n.contains(PERCENT_NOTE)).count();
  }

  static final Set<String> GROUP_HEADERS = Set.of("group", "league", "组别", "分组");
  static final Set<String> YEAR_HEADERS = Set.of("year", "年份", "年度");
  static final Set<String> REGION_HEADERS = Set.of("region", "区域", "地区", "大区");

  private DataSheet() {}

  public static LocatedTable read(String sheet, List<List<Object>> rows) {
    return read(sheet, 0, 0, rows);
  }

  /**
   * The same reading of rows that sit elsewhere on their sheet, e.g. a selection whose top-left cell is
   * {@code Data!B2} ({@code top} 1, {@code left} 1): every address names the cell where it is.
   */
  public static LocatedTable read(String sheet, int top, int left, List<List<Object>> rows) {
    List<String> notes = new ArrayList<>();
    while (!rows.isEmpty() && blank(rows.get(rows.size() - 1))) rows = rows.subList(0, rows.size() - 1);
    if (rows.isEmpty() || blank(rows.get(0)))
      throw new InvalidInputException(Problem.of("empty", sheet + " has no header row (row 1 must name the columns)"));
    List<Object> header = rows.get(0);
    int groupCol = -1, yearCol = -1, regionCol = -1;
    List<Integer> indicatorCols = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    int width = header.size();
    while (width > 1 && SheetCell.text(header.get(width - 1)).isBlank()) width--;
    for (int c = 1; c < width; c++) {
      String h = SheetCell.text(header.get(c)).trim();
      String key = h.toLowerCase(Locale.ROOT);
      if (groupCol < 0 && GROUP_HEADERS.contains(key)) groupCol = c;
      else if (yearCol < 0 && YEAR_HEADERS.contains(key)) yearCol = c;
      else if (regionCol < 0 && REGION_HEADERS.contains(key)) regionCol = c;
      else {
        indicatorCols.add(c);
        indicators.add(h);
      }
    }
    Problems problems = new Problems();
    List<String> entities = new ArrayList<>();
    List<String> groups = groupCol < 0 ? null : new ArrayList<>();
    List<Integer> years = yearCol < 0 ? null : new ArrayList<>();
    List<String> regions = regionCol < 0 ? null : new ArrayList<>();
    List<Integer> sheetRows = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    int missingNoted = 0;
    for (int r = 1; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      if (blank(row)) continue;
      for (int c = width; c < row.size(); c++)
        if (!SheetCell.text(row.get(c)).isBlank()) {
          problems.add(Problem.of("outside-table", "value \"" + SheetCell.text(row.get(c)) + "\" has no column header")
              .withCell(TableLayout.address(sheet, top + r, left + c)));
          break;
        }
      sheetRows.add(top + r);
      entities.add(SheetCell.text(cell(row, 0)).trim());
      if (groups != null) groups.add(SheetCell.text(cell(row, groupCol)).trim());
      if (years != null) years.add(year(sheet, top + r, left + yearCol, cell(row, yearCol), problems));
      if (regions != null) regions.add(SheetCell.text(cell(row, regionCol)).trim());
      double[] v = new double[indicators.size()];
      for (int c = 0; c < v.length; c++) {
        int col = indicatorCols.get(c);
        Object x = cell(row, col);
        try { // a cell's address is built only for a note or a problem: 2.5 million plain numbers need none
          v[c] = value(x);
          if (x instanceof SheetCell.Percent p)
            notes.add(TableLayout.address(sheet, top + r, left + col) + ": " + SheetCell.text(x) + PERCENT_NOTE + org.indexkit.core.Decimals.plain(p.value()));
          else if (x instanceof String t && CellText.isPercent(t))
            notes.add(TableLayout.address(sheet, top + r, left + col) + ": \"" + t.trim() + "\"" + PERCENT_NOTE + org.indexkit.core.Decimals.plain(v[c]));
          else if (Double.isNaN(v[c]) && missingNoted++ < 1000)
            notes.add(TableLayout.address(sheet, top + r, left + col) + ": "
                + (x == null || SheetCell.text(x).isBlank() ? "empty" : "\"" + SheetCell.text(x) + "\"") + " read as missing");
        } catch (IllegalArgumentException e) {
          problems.add(Problem.of("not-a-number", e.getMessage()).withCell(TableLayout.address(sheet, top + r, left + col)));
        }
      }
      values.add(v);
    }
    problems.throwIfAny();
    // Data rows in the sheet may have gaps (blank rows skipped), so locate by the actual sheet row.
    TableLayout layout = new TableLayout(sheet, top, left, indicatorCols.stream().map(c -> left + c).toList());
    try {
      return new LocatedTable(new Table(entities, indicators, values.toArray(double[][]::new), groups, years, regions),
          layout, List.copyOf(sheetRows), notes);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(new LocatedTable(null, layout, List.copyOf(sheetRows), null).locate(e.problems()));
    }
  }

  private static double value(Object x) {
    if (x == null) return Double.NaN;
    if (x instanceof Double d) {
      if (!Double.isFinite(d)) throw new IllegalArgumentException(d + " is not a finite number");
      return d;
    }
    if (x instanceof SheetCell.Percent p) return p.value();
    if (x instanceof SheetCell.Error) return Double.NaN;
    if (x instanceof SheetCell.FormulaWithoutValue)
      throw new IllegalArgumentException("holds a formula with no saved value: open and save the workbook in Excel, or paste values");
    if (x instanceof SheetCell.Bool b) throw new IllegalArgumentException(SheetCell.text(b) + " is not a number");
    return CellText.parse(x.toString());
  }

  private static Integer year(String sheet, int r, int col, Object x, Problems problems) {
    if (x instanceof Double d && d == Math.rint(d)) return d.intValue();
    String t = SheetCell.text(x).trim();
    try {
      return Integer.parseInt(CellText.halfWidth(t));
    } catch (NumberFormatException e) {
      problems.add(Problem.of("year", "\"" + t + "\" is not a year").withCell(TableLayout.address(sheet, r, col)));
      return null;
    }
  }

  private static Object cell(List<Object> row, int c) {
    return c < row.size() ? row.get(c) : null;
  }

  static boolean blank(List<Object> row) {
    for (Object o : row) if (o != null && !SheetCell.text(o).isBlank()) return false;
    return true;
  }
}
