package org.indexkit.sheet;

import java.util.List;

/**
 * The one description of an output sheet. The CSV writer, the POI writer and the task pane only
 * render it, so every user gets the same sheets. Cells are String, Number or null (empty).
 */
public record SheetPlan(String name, List<Column> columns, List<List<Object>> rows) {

  /**
   * @param key stable identifier (node code, "entity", …), for programs
   * @param header what the user reads
   * @param format Excel number format ("0.00", "0", "@" for text)
   */
  public record Column(String key, String header, String format) {}

  public SheetPlan {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
