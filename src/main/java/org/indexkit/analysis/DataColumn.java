package org.indexkit.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Table;

/**
 * A column of the input Data that is not an indicator (coordinates, population), read for each row of the result: the
 * result may have dropped entities on the way, so rows are matched by entity and year.
 */
final class DataColumn {
  private DataColumn() {}

  /**
   * @return the column's value per result row (NaN where the cell is empty)
   * @throws IllegalArgumentException when the Data has no such column, naming it and @param setting, the key that names it
   */
  static double[] of(IndexResult r, Table table, String column, String setting) {
    int c = column == null ? -1 : table.columnOf(column.trim());
    if (c < 0) throw new IllegalArgumentException("the Data has no column \"" + column + "\" (name it in " + setting + ")");
    Map<List<Object>, Integer> inputRow = new HashMap<>();
    for (int i = 0; i < table.rows(); i++) inputRow.putIfAbsent(key(table.entities().get(i), table.years() == null ? null : table.years().get(i)), i);
    double[] out = new double[r.entities().size()];
    for (int row = 0; row < out.length; row++) {
      Integer in = inputRow.get(key(r.entities().get(row), r.years() == null ? null : r.years().get(row)));
      if (in == null) throw new IllegalStateException("no input row for " + r.entities().get(row));
      out[row] = table.value(in, c);
    }
    return out;
  }

  private static List<Object> key(String entity, Object year) {
    return java.util.Arrays.asList(entity, year);
  }
}
