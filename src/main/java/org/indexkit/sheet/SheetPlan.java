package org.indexkit.sheet;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The one description of an output sheet. The CSV writer, the POI writer and the task pane only
 * render it, so every user gets the same sheets. The first row of the sheet is the column headers;
 * cells are String, Number, {@link Formula} or null (empty). A String is always a text cell, never a formula, even
 * when it starts with =, +, - or @ (renderers must write it as text); only a {@link Formula} is a formula.
 *
 * @param freezeRows rows to keep in view when scrolling (the header); the columns kept are {@link #freezeColumns}
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
   * @param outline the column's outline level (0 none): a node's children are grouped under it, so a reader collapses the
   *     indicators of a dimension with one click
   * @param band the level the column belongs to ("Index", "Dimension", "Indicator"), shown in a band above the headers (equal
   *     neighbours merged); null for none
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Column(String key, String header, String format, int width, boolean colourScale, Map<String, String> fills,
                       int outline, String band) {
    public Column(String key, String header, String format) {
      this(key, header, format, 0, false, null, 0, null);
    }

    public Column withBand(String b) {
      return new Column(key, header, format, width, colourScale, fills, outline, b);
    }

    public Column withWidth(int w) {
      return new Column(key, header, format, w, colourScale, fills, outline, band);
    }

    public Column withColourScale() {
      return new Column(key, header, format, width, true, fills, outline, band);
    }

    public Column withFills(Map<String, String> f) {
      // in the given order: Map.copyOf's order changes from run to run, and with it the written workbook's style numbers
      return new Column(key, header, format, width, colourScale, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(f)), outline,
          band);
    }

    public Column withHeader(String h) {
      return new Column(key, h, format, width, colourScale, fills, outline, band);
    }

    public Column withOutline(int level) {
      return new Column(key, header, format, width, colourScale, fills, Math.max(0, Math.min(7, level)), band);
    }
  }

  /**
   * A chart next to the data, of the data rows {@code firstRow} to {@code firstRow + rows − 1} (0 = the first row under the
   * header). Java decides what is drawn, lines included; renderers only draw it.
   *
   * @param type "bar" (horizontal bars, one series per value column, first row on top), "stacked-bar" (the same, stacked:
   *     contributions), "interval" (stacked bars of two value columns, the first not drawn: a bar from the first
   *     column's value, as long as the second's — rank intervals), "line" (one series per value column over the category column: densities), "radar" (one series
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

    public Chart withTitle(String t) {
      return new Chart(type, t, categoryColumn, valueColumns, firstRow, rows, lines);
    }

    /** Whether it draws horizontal bars, one per charted row (bar, stacked-bar, interval). */
    public boolean bars() {
      return type.equals("bar") || type.equals("stacked-bar") || type.equals("interval");
    }

    /** Whether each row is a series of its own (radar, scatter) rather than each value column. */
    public boolean seriesInRows() {
      return type.equals("radar") || type.equals("scatter");
    }
  }

  /**
   * A live formula cell (formula mode's {@code Calc} sheet and the cells that reference it). Java writes the formula from
   * cell references, function names and numbers only — never from a user's text — and names the result sheets it refers to
   * by {@link #sheet}, resolved to their final names once the sheets are named ({@link #resolved}).
   *
   * @param formula the formula without its leading "=", e.g. {@code Data!C2*0.35+Data!D2*0.65}
   * @param value what the engine computed for the cell, written as its cached value; null where the engine keeps no such
   *     number (an entropy divergence, a TOPSIS distance), which the spreadsheet computes on opening
   */
  public record Formula(String formula, Double value) {
    private static final char MARK = '\u0001';

    /** A reference to the result sheet planned as {@code name}, before it is named for the workbook: {@code 'Calc'!}. */
    public static String sheet(String name) {
      return MARK + name + MARK + "!";
    }

    /** The formula with each planned sheet name replaced by its final, quoted name ({@code 'Calc (2)'!}). */
    Formula resolved(java.util.Map<String, String> finalNames) {
      if (formula.indexOf(MARK) < 0) return this;
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < formula.length(); ) {
        int open = formula.indexOf(MARK, i);
        if (open < 0) {
          sb.append(formula, i, formula.length());
          break;
        }
        int close = formula.indexOf(MARK, open + 1);
        String planned = formula.substring(open + 1, close);
        sb.append(formula, i, open).append('\'').append(finalNames.getOrDefault(planned, planned).replace("'", "''")).append('\'');
        i = close + 1;
      }
      return new Formula(sb.toString(), value);
    }
  }

  /** A cell's number: a Number's, or a formula's cached value; null for text, empty cells and non-finite numbers. */
  public static Double number(Object cell) {
    Double d = cell instanceof Number n ? Double.valueOf(n.doubleValue()) : cell instanceof Formula f ? f.value() : null;
    return d != null && Double.isFinite(d) ? d : null;
  }

  /** The plan with its formulas' sheet references resolved to the sheets' final names (planned name → final name). */
  SheetPlan resolved(java.util.Map<String, String> finalNames) {
    boolean any = rows.stream().anyMatch(r -> r.stream().anyMatch(v -> v instanceof Formula));
    if (!any) return this;
    List<List<Object>> out = rows.stream().map(r -> r.stream().map(v -> v instanceof Formula f ? (Object) f.resolved(finalNames) : v).toList())
        .toList();
    return new SheetPlan(name, columns, out, freezeRows, chart);
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
   * Rows above the header: 1 when a column names its level ({@link Column#band}), the band of "Index", "Dimension",
   * "Indicator" over the headers; else 0. The header is on sheet row {@code bandRows()} (0-based), data row i below it at
   * {@code bandRows() + 1 + i}, and the band scrolls and prints with the header.
   */
  @com.fasterxml.jackson.annotation.JsonProperty("bandRows")
  public int bandRows() {
    return columns.stream().anyMatch(c -> c.band() != null) ? 1 : 0;
  }

  /** Columns kept in view when scrolling right: the entity column, when the sheet starts with it. */
  @com.fasterxml.jackson.annotation.JsonProperty("freezeColumns")
  public int freezeColumns() {
    return !columns.isEmpty() && "entity".equals(columns.get(0).key()) ? 1 : 0;
  }

  /** Sheets up to this wide print fitted to the page's width; wider ones across pages, each with the entity column. */
  static final int FIT_TO_WIDTH_UP_TO = 15;

  /** Whether the sheet prints fitted to one page wide (landscape, header row and entity column repeated on every page). */
  @com.fasterxml.jackson.annotation.JsonProperty("fitToWidth")
  public boolean fitToWidth() {
    return columns.size() <= FIT_TO_WIDTH_UP_TO;
  }

  /** Sheets this wide put their chart beside the charted columns, not after the last one, so it is seen on opening. */
  static final int CHART_BESIDE_FROM = 10;

  /**
   * The column where the chart's top-left corner sits (0-based), null without a chart: right of the data on a narrow sheet,
   * else right of the columns it charts, where the sheet opens.
   */
  @com.fasterxml.jackson.annotation.JsonProperty("chartColumn")
  public Integer chartColumn() {
    if (chart == null) return null;
    if (columns.size() < CHART_BESIDE_FROM) return columns.size() + 1;
    int last = chart.categoryColumn();
    for (int c : chart.valueColumns()) last = Math.max(last, c);
    for (Line l : chart.lines()) last = Math.max(last, Math.max(l.xColumn(), l.yColumn()));
    return last + 1;
  }

  /**
   * Where a bar chart's value axis starts, null for zero: near the data's minimum when every bar is positive and the
   * smallest is over half the largest (SET's 70–86 would otherwise look equal), at a round value a tenth of the spread
   * below it (60 for 70–86), never below zero. Stacked bars and the other kinds start where their renderer starts them.
   */
  @com.fasterxml.jackson.annotation.JsonProperty("chartAxisMin")
  public Double chartAxisMin() {
    if (chart == null || !chart.type().equals("bar")) return null;
    double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
    for (int r = chart.firstRow(); r < chart.firstRow() + chart.rows() && r < rows.size(); r++)
      for (int c : chart.valueColumns()) {
        Double d = number(rows.get(r).get(c));
        if (d != null) {
          min = Math.min(min, d);
          max = Math.max(max, d);
        }
      }
    if (!(min > 0) || !(max > min) || min < max / 2) return null;
    double spread = max - min, step = Math.pow(10, Math.floor(Math.log10(spread)));
    double at = Math.floor((min - spread / 10) / step) * step;
    return at > 0 ? at : null;
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
