package org.indexkit.core;

import java.util.List;

/**
 * Where a {@link Table} sat in a sheet, so that a {@link Problem} about row r / column c can name
 * its cell ({@code Data!D7}). The header is on {@code headerRow}; data row r is on
 * {@code headerRow + 1 + r}; indicator column c is at sheet column {@code indicatorColumns[c]}.
 * All indices 0-based; addresses are printed A1-style.
 */
public record TableLayout(String sheet, int headerRow, int entityColumn, List<Integer> indicatorColumns) {

  /** The usual block: entity in the first column, indicators right after it, header on top. */
  public static TableLayout block(String sheet, int headerRow, int firstColumn, int indicatorCount) {
    List<Integer> cols = new java.util.ArrayList<>();
    for (int c = 0; c < indicatorCount; c++) cols.add(firstColumn + 1 + c);
    return new TableLayout(sheet, headerRow, firstColumn, List.copyOf(cols));
  }

  private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile(
      "^(?:(?:'((?:[^']|'')+)'|([^!'\\[\\]:*?/\\\\]+))!)?\\$?([A-Za-z]{1,3})\\$?([0-9]{1,7})(?::\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7})?$");

  /**
   * The block whose header row and entity column start at {@code origin}: "Sheet1!B2", "'My data'!$B$2", "B2" or a range
   * "Sheet1!B2:K32" (its top-left cell); null when origin is no such address or lies outside a worksheet.
   */
  public static TableLayout parseOrigin(String origin, int indicators) {
    java.util.regex.Matcher m = ORIGIN.matcher(origin.trim());
    if (!m.matches()) return null;
    String sheet = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2) == null ? "" : m.group(2);
    int col = 0;
    for (char ch : m.group(3).toUpperCase(java.util.Locale.ROOT).toCharArray()) col = col * 26 + (ch - 'A' + 1);
    int row = Integer.parseInt(m.group(4));
    if (row < 1 || col > 16384 || row > 1_048_576) return null;
    return block(sheet, row - 1, col - 1, indicators);
  }

  /** The problem with its cell filled in (the header cell for a whole column, the name cell for a whole row). */
  public Problem locate(Problem p) {
    if (p.cell() != null || (p.row() == null && p.column() == null)) return p;
    int col = p.column() == null || p.column() < 0 ? entityColumn : indicatorColumns.get(p.column());
    int row = p.row() == null ? headerRow : headerRow + 1 + p.row();
    return p.withCell(address(sheet, row, col));
  }

  public List<Problem> locate(List<Problem> problems) {
    return problems.stream().map(this::locate).toList();
  }

  /** {@code Sheet1!D7}; the sheet name is quoted when Excel would quote it. */
  public static String address(String sheet, int row, int col) {
    String cell = columnLetters(col) + (row + 1);
    if (sheet == null || sheet.isEmpty()) return cell;
    boolean plain = sheet.matches("[A-Za-z_][A-Za-z0-9_.]*");
    return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + cell;
  }

  /** 0 → A, 25 → Z, 26 → AA. */
  public static String columnLetters(int col) {
    StringBuilder sb = new StringBuilder();
    for (int c = col + 1; c > 0; c = (c - 1) / 26) sb.insert(0, (char) ('A' + (c - 1) % 26));
    return sb.toString();
  }
}
