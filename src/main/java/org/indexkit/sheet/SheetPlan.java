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
   * A chart next to the data, of the data rows {@code firstRow} to {@code firstRow + rows − 1} (0 = the first row under the
   * header). Java decides what is drawn, lines included; renderers only draw it.
   *
   * @param type "bar" (horizontal bars, one series per value column, first row on top), "stacked-bar" (the same, stacked:
   *     contributions), "line" (one series per value column over the category column: densities), "radar" (one series
   *     per row over the value columns' headers: profiles) or "scatter" (one labelled point per row, x and y the two value
   *     columns, plus the lines: quadrants)
   * @param categoryColumn the categories, or for radar and scatter each series' (row's) name
   * @param lines lines drawn over a scatter through the same rows (split lines: a column that holds the split on every row
   *     against the other axis's scores draws the split across the points' range)
   */
  public record Chart(String type, String title, int categoryColumn, List<Integer> valueColumns, int firstRow, int rows,
      List<Line> lines) {
    public Chart {
      valueColumns = List.copyOf(valueColumns);
      lines = List.copyOf(lines);
    }

    /** A bar chart of one column for the first rows. */
    public Chart(String type, String title, int categoryColumn, int valueColumn, int rows) {
      this(type, title, categoryColumn, List.of(valueColumn), 0, rows, List.of());
    }

    /** Whether each row is a series of its own (radar, scatter) rather than each value column. */
    public boolean seriesInRows() {
      return type.equals("radar") || type.equals("scatter");
    }
  }

  /** A line through the charted rows' (x, y) cells, without markers: a quadrant's split. */
  public record Line(String name, int xColumn, int yColumn) {}

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

  /**
   * The Excel table over the header and the rows, which both renderers create under this name so a result can be sorted,
   * filtered and referenced ({@code =IK_Scores[Composite]}): "IK_" and the sheet's name, each character a table name cannot
   * hold made "_" ("Scores (2)" → {@code IK_Scores_2}); null for a sheet without rows (a table needs one).
   */
  @com.fasterxml.jackson.annotation.JsonProperty("table")
  public String tableName() {
    if (rows.isEmpty() || columns.isEmpty()) return null;
    StringBuilder sb = new StringBuilder("IK_");
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      boolean fits = Character.isLetterOrDigit(c) || c == '_' || c == '.';
      if (fits) sb.appendCodePoint(c);
      else if (sb.charAt(sb.length() - 1) != '_') sb.append('_');
    }
    while (sb.length() > 3 && sb.charAt(sb.length() - 1) == '_') sb.setLength(sb.length() - 1);
    return sb.toString();
  }
}
