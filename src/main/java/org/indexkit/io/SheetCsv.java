package org.indexkit.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.stream.Collectors;
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
    for (SheetPlan plan : plans)
      java.nio.file.Files.writeString(dir.resolve(plan.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".csv"), render(plan));
  }

  /** 12 significant digits: no binary noise (90.41999999999999), far more precision than any report prints. */
  static String number(double d) {
    if (!Double.isFinite(d)) return "";
    return new BigDecimal(d).round(new MathContext(12)).stripTrailingZeros().toPlainString();
  }

  private static String cell(Object v) {
    if (v == null) return "";
    if (v instanceof Double d) return number(d);
    return Csv.escape(v.toString());
  }
}
