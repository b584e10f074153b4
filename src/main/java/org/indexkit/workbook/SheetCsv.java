package org.indexkit.workbook;

import java.util.stream.Collectors;
import org.indexkit.files.AtomicFile;
import org.indexkit.input.Csv;
import org.indexkit.sheet.SheetPlan;

/** Renders a {@link SheetPlan} as CSV: full-precision numbers (formats are for spreadsheets), header row. */
public final class SheetCsv {
  private SheetCsv() {}

  public static String render(SheetPlan plan) {
    StringBuilder sb = new StringBuilder();
    sb.append(plan.columns().stream().map(c -> Csv.escape(c.header())).collect(Collectors.joining(","))).append('\n');
    for (var row : plan.rows())
      sb.append(row.stream().map(SheetCsv::cell).collect(Collectors.joining(","))).append('\n');
    return sb.toString();
  }

  /** One file per sheet in {@code dir}, named like the sheet: "Sensitivity runs" → sensitivity-runs.csv. */
  public static void writeAll(java.nio.file.Path dir, java.util.List<SheetPlan> plans) throws java.io.IOException {
    java.nio.file.Files.createDirectories(dir);
    for (SheetPlan plan : plans) { // each file complete or absent; Provenance, the last plan, is written last
      // with a UTF-8 byte-order mark: Excel on Chinese (or any non-UTF-8) Windows reads the file as UTF-8 only then
      byte[] csv = ("\uFEFF" + render(plan)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      AtomicFile.write(dir.resolve(plan.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".csv"), out -> out.write(csv));
    }
  }

  /**
   * The shortest decimal that reads back as exactly this double (Schubfach, Jackson's writer; JDK 17's
   * {@code Double.toString} is not always shortest), in plain notation: full precision without binary noise.
   */
  static String number(double d) {
    return org.indexkit.core.Decimals.plain(d);
  }

  static String cell(Object v) {
    if (v == null) return "";
    if (v instanceof Number n) return number(n.doubleValue());
    if (v instanceof org.indexkit.sheet.SheetPlan.Formula f) return f.value() == null ? "" : number(f.value()); // a CSV holds values
    return Csv.escape(textOnly(v.toString()));
  }

  /**
   * A text cell that Excel would run as a formula when it opens the CSV (=, +, −, @, tab or CR first)
   * gets a leading apostrophe, the OWASP advice against CSV injection: an entity named
   * {@code =HYPERLINK(…)} stays a name.
   */
  static String textOnly(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
