package org.indexkit.io;

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
 * Reads a Data table from CSV, laid out like the {@code Data} sheet of an IndexKit workbook: header
 * row, entity names in the first column, optional {@code Group} and {@code Year} columns (found by
 * header), every other column an indicator. Bad cells are reported as {@code data.csv!D7: "12,3" is
 * not a number}, all at once.
 */
public final class TableCsv {
  static final Set<String> GROUP_HEADERS = Set.of("group", "league", "组别", "分组");
  static final Set<String> YEAR_HEADERS = Set.of("year", "年份", "年度");

  private TableCsv() {}

  public static LocatedTable read(String fileName, String text) {
    List<List<String>> rows = Csv.parse(text);
    if (rows.isEmpty()) throw new InvalidInputException(Problem.of("empty", fileName + " is empty"));
    List<String> header = rows.get(0);
    int groupCol = -1, yearCol = -1;
    List<Integer> indicatorCols = new ArrayList<>();
    List<String> indicators = new ArrayList<>();
    for (int c = 1; c < header.size(); c++) {
      String h = header.get(c).trim();
      String key = h.toLowerCase(Locale.ROOT);
      if (groupCol < 0 && GROUP_HEADERS.contains(key)) groupCol = c;
      else if (yearCol < 0 && YEAR_HEADERS.contains(key)) yearCol = c;
      else { indicatorCols.add(c); indicators.add(h); }
    }
    Problems problems = new Problems();
    List<String> entities = new ArrayList<>();
    List<String> groups = groupCol < 0 ? null : new ArrayList<>();
    List<Integer> years = yearCol < 0 ? null : new ArrayList<>();
    double[][] values = new double[rows.size() - 1][indicators.size()];
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() > header.size())
        problems.add(Problem.of("ragged-row", "row has " + row.size() + " fields but the header has " + header.size())
            .withCell(TableLayout.address(fileName, r, header.size())));
      entities.add(field(row, 0).trim());
      if (groups != null) groups.add(field(row, groupCol).trim());
      if (years != null) {
        String y = field(row, yearCol).trim();
        try {
          years.add(Integer.parseInt(CellText.halfWidth(y)));
        } catch (NumberFormatException e) {
          years.add(null);
          problems.add(Problem.of("year", "\"" + y + "\" is not a year").withCell(TableLayout.address(fileName, r, yearCol)));
        }
      }
      for (int c = 0; c < indicatorCols.size(); c++) {
        String cell = field(row, indicatorCols.get(c));
        try {
          values[r - 1][c] = CellText.parse(cell);
        } catch (IllegalArgumentException e) {
          problems.add(Problem.of("not-a-number", e.getMessage()).withCell(TableLayout.address(fileName, r, indicatorCols.get(c))));
        }
      }
    }
    problems.throwIfAny();
    TableLayout layout = new TableLayout(fileName, 0, 0, List.copyOf(indicatorCols));
    try {
      return new LocatedTable(new Table(entities, indicators, values, groups, years), layout);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(layout.locate(e.problems()));
    }
  }

  private static String field(List<String> row, int c) {
    return c < row.size() ? row.get(c) : "";
  }
}
