package org.indexkit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML (SAX, POI's hardened parser: no DOCTYPE, no external entities) into
 * rows of typed cells, so a 50,000-row sheet never becomes a DOM. Formula cells give their cached
 * value; nothing is evaluated.
 */
final class SheetReader extends DefaultHandler {
  /** Excel's limits: 1,048,576 rows and 16,384 columns (A…XFD). A reference beyond them is refused, never padded. */
  static final int MAX_ROWS = 1_048_576;
  static final int MAX_COLUMNS = 16_384;
  /** What holding one cell of a sheet costs until its result is written (measured: 50,000 × 50 peaks near 700 MB). */
  static final long BYTES_PER_CELL = 400;
  /**
   * Cells IndexKit holds per sheet: at most 5,000,000 (twice the 50,000 × 50 benchmark), and fewer on a
   * smaller heap, so that a file within the limit can always be scored (2.6 M cells with java -Xmx1g).
   */
  static final long MAX_CELLS = cellLimit(Runtime.getRuntime().maxMemory());

  static long cellLimit(long maxHeapBytes) {
    return Math.min(5_000_000, maxHeapBytes / BYTES_PER_CELL);
  }

  /** The cells by row (0-based, blank rows kept as empty lists) and the rows Excel hides (0-based). */
  record Rows(List<List<Object>> rows, List<Integer> hidden) {}

  private final String sheet;
  private final List<Integer> hidden = new ArrayList<>();
  private final CellValues values;
  private final List<List<Object>> rows = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private long cells;
  private int lastRow = -1;
  private int currentRow;
  private int nextRow;
  private int col;
  private int nextCol;
  private String type;
  private String style;
  private boolean inValue;
  private boolean inInline;
  private boolean formula;
  private String value;

  private SheetReader(String sheet, SharedStrings strings, StylesTable styles, boolean shown) {
    this.sheet = sheet;
    this.values = new CellValues(sheet, strings, styles, shown);
  }

  static Rows read(String sheet, InputStream sheetXml, SharedStrings strings, StylesTable styles) throws IOException {
    return read(sheet, sheetXml, strings, styles, false);
  }

  /** @param shown numbers as the text their format shows, for a table read as printed ({@link CellValues}) */
  static Rows read(String sheet, InputStream sheetXml, SharedStrings strings, StylesTable styles, boolean shown) throws IOException {
    SheetReader handler = new SheetReader(sheet, strings, styles, shown);
    Thread consumer = new Thread(handler::consume, "indexkit-sheet-cells");
    consumer.setDaemon(true);
    consumer.start();
    try {
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(handler);
      parser.parse(new InputSource(sheetXml));
    } catch (SAXException e) {
      if (String.valueOf(e.getMessage()).contains("DOCTYPE"))
        throw WorkbookFile.refuse("sheet " + sheet + " contains a DOCTYPE declaration, which Excel never writes; IndexKit refuses it "
            + "because entities in it could read other files (XXE) or expand without bound");
      throw WorkbookFile.refuse("sheet " + sheet + " is damaged: its XML cannot be read (" + e.getMessage() + ")");
    } catch (ParserConfigurationException e) {
      throw new IOException("the XML parser cannot be configured: " + e.getMessage(), e);
    } finally {
      handler.finish(consumer);
    }
    if (handler.failure != null) throw handler.failure;
    return new Rows(handler.rows, List.copyOf(handler.hidden));
  }

  // The parser (this thread) hands the cells' raw text to a second thread in batches, which converts them
  // and places them in rows: on a 50,000-row sheet the two halves of the work then overlap.

  private static final int BATCH = 4096;

  /** Raw cells as the parser saw them; {@code size == -1} marks the end. */
  private static final class Batch {
    final int[] row = new int[BATCH];
    final int[] col = new int[BATCH];
    final String[] type = new String[BATCH];
    final String[] style = new String[BATCH];
    final String[] value = new String[BATCH];
    int size;
  }

  private static final Batch END = new Batch();

  static {
    END.size = -1;
  }

  private final java.util.concurrent.BlockingQueue<Batch> queue = new java.util.concurrent.ArrayBlockingQueue<>(8);
  private Batch batch = new Batch();
  private volatile RuntimeException failure;

  private void hand(Batch b) {
    try {
      queue.put(b);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading sheet " + sheet, e);
    }
  }

  /**
   * Sends what is left and the end mark (also after a parse failure), then waits for the converter. When this thread is
   * stopped (its request gone, its deadline passed) the converter is stopped too: it would otherwise wait for an end mark
   * that never comes, for ever, holding the rows read so far.
   */
  private void finish(Thread consumer) throws IOException {
    try {
      if (batch.size > 0) hand(batch);
      hand(END);
    } catch (IllegalStateException interrupted) {
      consumer.interrupt();
      throw interrupted;
    }
    try {
      consumer.join();
    } catch (InterruptedException e) {
      consumer.interrupt();
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading sheet " + sheet);
    }
  }

  /** The converter: typed cells into rows; after a failure it only drains, so the parser never blocks. */
  private void consume() {
    while (true) {
      Batch b;
      try {
        b = queue.take();
      } catch (InterruptedException e) {
        failure = new IllegalStateException("interrupted while reading sheet " + sheet);
        return;
      }
      if (b.size < 0) return;
      if (failure != null) continue;
      try {
        for (int i = 0; i < b.size; i++) place(b.row[i], b.col[i], values.cell(b.type[i], b.style[i], b.value[i], b.row[i], b.col[i]));
      } catch (RuntimeException e) {
        failure = e;
      }
    }
  }

  private void place(int r, int c, Object cell) {
    while (rows.size() <= r) rows.add(new ArrayList<>());
    List<Object> row = rows.get(r);
    if (c < row.size()) row.set(c, cell); // a cell written out of column order
    else {
      while (row.size() < c) row.add(null);
      row.add(cell);
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a) {
    switch (local) {
      case "row" -> {
        String r = a.getValue("r");
        int index = r == null ? nextRow : rowIndex(r);
        if (index < 0 || index >= MAX_ROWS)
          throw refuse(org.indexkit.core.TableLayout.address(sheet, Math.max(0, Math.min(index, Integer.MAX_VALUE - 1)), 0),
              "row " + r + " is outside Excel's rows 1 to 1,048,576; the sheet is damaged");
        if (index <= lastRow)
          throw refuse(org.indexkit.core.TableLayout.address(sheet, index, 0), "row " + (index + 1) + " appears twice or out of order; the sheet is damaged");
        if ("1".equals(a.getValue("hidden")) || "true".equals(a.getValue("hidden"))) hidden.add(index);
        lastRow = index;
        currentRow = index;
        nextRow = index + 1;
        nextCol = 0;
      }
      case "c" -> {
        String ref = a.getValue("r");
        col = ref == null ? nextCol : column(ref);
        if (col < 0 || col >= MAX_COLUMNS)
          throw refuse(sheet + "!" + ref, "column " + ref.replaceAll("[0-9]", "") + " is beyond Excel's last column XFD (16,384 columns); "
              + "the sheet is damaged");
        nextCol = col + 1;
        type = a.getValue("t");
        style = a.getValue("s");
        value = null;
        formula = false;
      }
      case "f" -> formula = true;
      case "v" -> { inValue = true; text.setLength(0); }
      case "is" -> { inInline = true; text.setLength(0); }
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (!inValue && !inInline) return;
    if (text.length() + length > PartLimits.EXCEL_CELL_CHARS) // checked as it grows: a huge cell is never held whole
      throw refuse(org.indexkit.core.TableLayout.address(sheet, currentRow, col), "holds more than "
          + String.format(java.util.Locale.ROOT, "%,d", PartLimits.EXCEL_CELL_CHARS) + " characters, Excel's limit for a cell");
    text.append(ch, start, length);
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    switch (local) {
      case "v" -> { inValue = false; value = text.toString(); }
      case "is" -> { inInline = false; value = text.toString(); }
      case "c" -> {
        if (value == null && !formula) return;
        if (value == null) {
          type = CellValues.NO_SAVED_VALUE;
          value = "";
        }
        if (++cells > MAX_CELLS)
          throw WorkbookFile.refuse("sheet " + sheet + " has more than " + String.format(java.util.Locale.ROOT, "%,d", MAX_CELLS)
              + " filled cells, more than IndexKit reads from one sheet with this memory (java -Xmx); split the table "
              + "into several workbooks or give Java more memory");
        int i = batch.size++;
        batch.row[i] = currentRow;
        batch.col[i] = col;
        batch.type[i] = type;
        batch.style[i] = style;
        batch.value[i] = value;
        if (batch.size == BATCH) {
          hand(batch);
          batch = new Batch();
        }
      }
      default -> { }
    }
  }

  static org.indexkit.core.InvalidInputException refuse(String cell, String message) {
    return new org.indexkit.core.InvalidInputException(org.indexkit.core.Problem.of("workbook", message).withCell(cell));
  }

  private static int rowIndex(String r) {
    try {
      return Integer.parseInt(r.trim()) - 1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** "AB12" → 27. */
  static int column(String ref) {
    int c = 0;
    for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
      c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      if (c > MAX_COLUMNS) return MAX_COLUMNS; // beyond XFD; stop before the number overflows
    }
    return c - 1;
  }
}
