package org.indexkit.input;

/**
 * Typed cells as a spreadsheet holds them, besides plain {@link Double} and {@link String}: an error
 * value ({@code #N/A}, {@code #DIV/0!}), a number shown as a percentage, and TRUE/FALSE. Readers
 * produce rows of these (null = empty cell); {@link DataSheet} turns them into a table.
 */
public final class SheetCell {
  private SheetCell() {}

  /** An error cell such as #N/A: treated as missing, and listed in the Audit sheet. */
  public record Error(String code) {}

  /** A number formatted as %: the stored fraction is used (12% → 0.12), and the Audit sheet says so. */
  public record Percent(double value) {}

  /** A formula whose result was never saved (the file was written by a program that does not calculate): refused with advice. */
  public record FormulaWithoutValue() {}

  /** TRUE or FALSE: refused as an indicator value. */
  public record Bool(boolean value) {}

  /** The text a person would see, for messages. */
  public static String text(Object cell) {
    if (cell == null) return "";
    if (cell instanceof Error e) return e.code();
    if (cell instanceof Percent p) // 0.849 shows as 84.9%, not 84.89999999999999%
      return new java.math.BigDecimal(org.indexkit.core.Decimals.plain(p.value())).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    if (cell instanceof Bool b) return b.value() ? "TRUE" : "FALSE";
    if (cell instanceof Double d) return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString();
    return cell.toString();
  }

  /** Whether a number format shows a percentage ({@code 0.0%}; a % inside quotes is literal text). */
  public static boolean isPercentFormat(String format) {
    return format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
  }
}
