package org.indexkit.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a Data table from a CSV file: the {@link DataSheet} layout, cells as typed text. The encoding
 * ({@link TextDecoding}) and the delimiter ({@link Csv#delimiter}) are detected and stated in the Audit
 * sheet. With a semicolon or tab as delimiter numbers are read the European way: a decimal comma
 * ("6,96" is 6.96) and a point, space or apostrophe between thousands ("1.234,5" is 1234.5).
 */
public final class TableCsv {
  /** 6,96 · -0,5 · 1.234,5 · 1 234,5 — a European number; converted only where the whole cell is one. */
  private static final Pattern EUROPEAN = Pattern.compile("[+-]?(?:\\d{1,3}(?:[. \u00A0']\\d{3})+|\\d+)(?:,\\d+)?%?");

  private TableCsv() {}

  /** @param encoding the encoding to use instead of detecting one; null to detect */
  public static LocatedTable read(String fileName, byte[] bytes, String encoding) {
    TextDecoding decoded = TextDecoding.of(fileName, bytes, encoding);
    return read(fileName, decoded.text(), fileName + " read as " + decoded.encoding() + " (" + decoded.how() + ")");
  }

  public static LocatedTable read(String fileName, String text) {
    return read(fileName, text, null);
  }

  private static LocatedTable read(String fileName, String text, String encodingNote) {
    char delimiter = Csv.delimiter(text);
    boolean european = delimiter != ',';
    List<List<Object>> rows = new ArrayList<>();
    int converted = 0;
    for (List<String> r : Csv.parse(text, delimiter)) {
      List<Object> row = new ArrayList<>(r.size());
      for (int c = 0; c < r.size(); c++) {
        String cell = r.get(c);
        if (european && c > 0 && rows.size() > 0 && cell.indexOf(',') >= 0 && EUROPEAN.matcher(cell.trim()).matches()) {
          cell = cell.trim().replaceAll("[. \u00A0']", "").replace(',', '.');
          converted++;
        }
        row.add(cell);
      }
      rows.add(row);
    }
    LocatedTable t = DataSheet.read(fileName, rows);
    List<String> notes = new ArrayList<>();
    if (encodingNote != null) notes.add(encodingNote);
    notes.add(fileName + ": columns separated by " + name(delimiter) + (european
        ? "; numbers read with a decimal comma (6,96 = 6.96)" + (converted > 0 ? ", " + converted + " cells" : "") : ""));
    notes.addAll(t.notes());
    return new LocatedTable(t.table(), t.layout(), t.sheetRows(), notes);
  }

  private static String name(char d) {
    return d == '\t' ? "tabs" : d == ';' ? "semicolons" : "commas";
  }
}
