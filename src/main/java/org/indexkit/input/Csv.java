package org.indexkit.input;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: quoted fields with "" escapes, delimiters and newlines inside quotes, CRLF or LF, UTF-8 BOM.
 * Blank lines are kept, so row numbers stay true. The delimiter may be a comma, a semicolon (Excel in most
 * of Europe) or a tab (Excel's "Unicode text"); {@link #delimiter} finds which from the first lines.
 */
public final class Csv {
  private Csv() {}

  public static List<List<String>> parse(String text) {
    return parse(text, ',');
  }

  /**
   * The delimiter of a table: among tab, semicolon and comma, the one the header has (at least once) whose
   * count outside quotes is the same on most of the first 20 lines; ties go to tab, then semicolon (a
   * semicolon file has commas in its numbers, a comma file rarely has semicolons).
   */
  public static char delimiter(String text) {
    List<String> lines = text.lines().limit(21).filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) return ',';
    char best = ',';
    int bestScore = -1;
    for (char d : new char[] {'\t', ';', ','}) {
      int header = count(lines.get(0), d);
      if (header == 0) continue;
      int score = 0;
      for (String l : lines) if (count(l, d) == header) score++;
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    return best;
  }

  /** Occurrences of {@code d} outside double quotes on one line. */
  private static int count(String line, char d) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') quoted = !quoted;
      else if (ch == d && !quoted) n++;
    }
    return n;
  }

  public static List<List<String>> parse(String text, char delimiter) {
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
      else if (ch == delimiter) { row.add(field.toString()); field.setLength(0); }
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
