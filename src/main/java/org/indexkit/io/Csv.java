package org.indexkit.io;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV: quoted fields with "" escapes, commas and newlines inside quotes, CRLF or LF, UTF-8 BOM. Blank lines are kept, so row numbers stay true. */
public final class Csv {
  private Csv() {}

  public static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
        else if (ch == '"') quoted = false;
        else field.append(ch);
      } else if (ch == '"') quoted = true;
      else if (ch == ',') { row.add(field.toString()); field.setLength(0); }
      else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        row.add(field.toString()); field.setLength(0);
        rows.add(row); row = new ArrayList<>();
      } else field.append(ch);
    }
    if (field.length() > 0 || !row.isEmpty()) { row.add(field.toString()); rows.add(row); }
    return rows;
  }

  public static String escape(String s) {
    if (s == null) return "";
    return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
