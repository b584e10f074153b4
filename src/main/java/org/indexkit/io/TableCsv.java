package org.indexkit.io;

import java.util.ArrayList;
import java.util.List;

/** Reads a Data table from CSV text: the {@link DataSheet} layout, cells as typed text. */
public final class TableCsv {
  private TableCsv() {}

  public static LocatedTable read(String fileName, String text) {
    List<List<Object>> rows = new ArrayList<>();
    for (List<String> r : Csv.parse(text)) rows.add(new ArrayList<>(r));
    return DataSheet.read(fileName, rows);
  }
}
