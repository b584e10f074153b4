package org.indexkit.sheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The one description of an output sheet. The CSV writer, the POI writer and the task pane only
 * render it, so every user gets the same sheets. The first row of the sheet is the column headers;
 * cells are String, Number or null (empty). A String is always a text cell, never a formula, even
 * when it starts with =, +, - or @ (renderers must write it as text).
 *
 * @param freezeRows rows to keep in view when scrolling (the header)
 * @param chart a chart to draw next to the data, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SheetPlan(String name, List<Column> columns, List<List<Object>> rows, int freezeRows, Chart chart) {

  /**
   * @param key stable identifier (node code, "entity", …), for programs
   * @param header what the user reads
   * @param format Excel number format ("0.00", "0", "@" for text)
   * @param width column width in characters
   * @param colourScale whether the column gets a three-colour scale (low red, high green)
   * @param fills background colour (#RRGGBB) per cell text, e.g. one colour per tier label
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Column(String key, String header, String format, int width, boolean colourScale, Map<String, String> fills) {
    public Column(String key, String header, String format) {
      this(key, header, format, 0, false, null);
    }

    public Column withWidth(int w) {
      return new Column(key, header, format, w, colourScale, fills);
    }

    public Column withColourScale() {
      return new Column(key, header, format, width, true, fills);
    }

    public Column withFills(Map<String, String> f) {
      return new Column(key, header, format, width, colourScale, Map.copyOf(f));
    }
  }

  /**
   * A chart of one column against the entity names, for the first {@code rows} data rows.
   *
   * @param type "bar" (horizontal bars, best at the top)
   */
  public record Chart(String type, String title, int categoryColumn, int valueColumn, int rows) {}

  public SheetPlan {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public SheetPlan(String name, List<Column> columns, List<List<Object>> rows) {
    this(name, columns, rows, 1, null);
  }

  public SheetPlan named(String newName) {
    return new SheetPlan(newName, columns, rows, freezeRows, chart);
  }
}
