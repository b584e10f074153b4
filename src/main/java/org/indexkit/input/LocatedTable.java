package org.indexkit.input;

import java.util.List;
import org.indexkit.core.Problem;
import org.indexkit.core.Table;
import org.indexkit.core.TableLayout;

/**
 * A table as read from a sheet or file, with where it sat, so engine problems can name cells.
 *
 * @param sheetRows the sheet row (0-based) of each table row when blank rows were skipped; null when
 *     the data rows follow the header without gaps
 * @param notes what the reader did that the user should know (cells read as missing, percentages),
 *     for the Audit sheet
 */
public record LocatedTable(Table table, TableLayout layout, List<Integer> sheetRows, List<String> notes) {

  public LocatedTable {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  public LocatedTable(Table table, TableLayout layout) {
    this(table, layout, null, null);
  }

  public Problem locate(Problem p) {
    if (sheetRows == null || p.row() == null || p.cell() != null) return layout.locate(p);
    // translate the table row into the sheet row, then let the layout address it as if contiguous
    return layout.locate(new Problem(p.code(), p.message(), sheetRows.get(p.row()) - layout.headerRow() - 1, p.column(), null))
        .withRow(p.row());
  }

  public List<Problem> locate(List<Problem> problems) {
    return problems.stream().map(this::locate).toList();
  }
}
