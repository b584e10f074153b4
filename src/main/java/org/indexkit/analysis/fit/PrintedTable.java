package org.indexkit.analysis.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.indexkit.core.Decimals;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.TableLayout;
import org.indexkit.input.SheetCell;

/**
 * A published table as it stands — a CSV, a workbook sheet, a selection: a header row, then rows of cells as printed. Unlike a
 * Data sheet it may hold any columns (rank, names in two languages, country); only the columns a fit names must be numbers,
 * and each cell that is not is named by its address. A number cell counts the decimals of its shortest form (85.8 held in a
 * cell shown as 85.80 counts one; the column's longest sets the rounding bound).
 *
 * @param sheet the sheet (or file) the cells are on, for addresses; null for bare cell references
 * @param top the header's row on that sheet (0-based)
 * @param left the first column's index on that sheet
 * @param header the column names, trimmed
 * @param rows the cells below the header as texts, blank rows dropped
 */
public record PrintedTable(String sheet, int top, int left, List<String> header, List<List<String>> rows, List<Integer> sheetRows) {
  /** A score as a report prints it: digits, a sign, a decimal point. */
  private static final String NUMBER = "[-+]?\\d+(\\.\\d+)?";

  /** From cells as the readers give them (String, Double, {@link SheetCell} kinds, null), the header row first. */
  public static PrintedTable of(String sheet, int top, int left, List<? extends List<?>> cells) {
    if (cells.isEmpty()) throw new InvalidInputException(Problem.of("empty", (sheet == null ? "the table" : sheet) + " is empty"));
    List<String> header = cells.get(0).stream().map(c -> text(c).trim()).toList();
    if (header.stream().allMatch(String::isEmpty))
      throw new InvalidInputException(Problem.of("empty", (sheet == null ? "the table" : sheet) + " has no header row (its first row must name the columns)"));
    List<List<String>> rows = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int r = 1; r < cells.size(); r++) {
      List<String> row = cells.get(r).stream().map(c -> text(c).trim()).toList();
      if (row.stream().allMatch(String::isEmpty)) continue;
      rows.add(row);
      at.add(top + r);
    }
    return new PrintedTable(sheet, top, left, header, List.copyOf(rows), List.copyOf(at));
  }

  /**
   * A number as its cell shows it, at least: its shortest form padded with zeros to the decimals its number format always
   * shows (85.8 under {@code 0.00} → "85.80"; under General, or with more digits than shown, the value as it is, which holds
   * more than the print).
   */
  public static String shown(double value, String format) {
    String plain = Decimals.plain(value);
    int want = fixedDecimals(format), dot = plain.indexOf('.'), have = dot < 0 ? 0 : plain.length() - dot - 1;
    if (want <= have || plain.isEmpty() || plain.contains("E")) return plain;
    return (dot < 0 ? plain + "." : plain) + "0".repeat(want - have);
  }

  /** The 0s after the decimal point of a number format's first section (quoted text and escapes skipped): 2 for 0.00, #,##0.00_). */
  static int fixedDecimals(String format) {
    if (format == null) return 0;
    String first = format.replaceAll("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", "").split(";", 2)[0];
    int dot = first.indexOf('.');
    if (dot < 0) return 0;
    int n = 0;
    while (dot + 1 + n < first.length() && first.charAt(dot + 1 + n) == '0') n++;
    return n;
  }

  private static String text(Object cell) {
    if (cell instanceof Double d) return Decimals.plain(d);
    if (cell instanceof SheetCell.Percent p) return Decimals.plain(p.value());
    return SheetCell.text(cell);
  }

  /** The named column as printed; a cell that is not a number is refused at its address. */
  public PrintedColumn column(String name) {
    int c = index(name);
    List<String> texts = new ArrayList<>();
    List<Problem> bad = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String t = cell(r, c);
      if (!t.isEmpty() && !t.matches(NUMBER))
        bad.add(Problem.of("not-a-number", "\"" + t + "\" is not a number").withCell(TableLayout.address(sheet, sheetRows.get(r), left + c)));
      texts.add(t);
    }
    if (!bad.isEmpty()) throw new InvalidInputException(bad);
    return PrintedColumn.of(name, texts);
  }

  /** The names of the rows: the named column's cells, by default {@link #namesColumn()}'s. */
  public List<String> names(String column) {
    int c = index(column != null ? column : namesColumn());
    return IntStream.range(0, rows.size()).mapToObj(r -> cell(r, c)).toList();
  }

  /** The first column holding a cell that is not a number (else the first): where a table names its rows. */
  public String namesColumn() {
    return header.get(IntStream.range(0, header.size())
        .filter(k -> IntStream.range(0, rows.size()).anyMatch(r -> !cell(r, k).isEmpty() && !cell(r, k).matches(NUMBER))).findFirst().orElse(0));
  }

  /** The columns whose every cell is a number or empty, with at least one number: what a fit may name. */
  public List<String> numberColumns() {
    return IntStream.range(0, header.size()).filter(c -> !header.get(c).isEmpty()
        && IntStream.range(0, rows.size()).allMatch(r -> cell(r, c).isEmpty() || cell(r, c).matches(NUMBER))
        && IntStream.range(0, rows.size()).anyMatch(r -> !cell(r, c).isEmpty())).mapToObj(header::get).toList();
  }

  /**
   * The column of the ranks the report prints for {@code parent}: "parent_rank", "parent rank" or "parent排名", or for the
   * top of the index a column named rank, 排名, 名次 or 位次 (case aside); null when there is none or it is not all numbers.
   */
  public String rankColumn(String parent, boolean top) {
    List<String> names = new ArrayList<>(List.of(parent + "_rank", parent + " rank", parent + "排名"));
    if (top) names.addAll(List.of("rank", "排名", "名次", "位次"));
    List<String> numbers = numberColumns();
    for (String n : names)
      for (String h : numbers)
        if (h.equalsIgnoreCase(n)) return h;
    return null;
  }

  public boolean has(String name) {
    return header.contains(name);
  }

  private int index(String name) {
    int c = header.indexOf(name == null ? null : name.trim());
    if (c < 0) throw new InvalidInputException(Problem.of("fit", "no column \"" + name + "\"; the columns are " + header));
    return c;
  }

  private String cell(int r, int c) {
    List<String> row = rows.get(r);
    return c < row.size() ? row.get(c) : "";
  }
}
