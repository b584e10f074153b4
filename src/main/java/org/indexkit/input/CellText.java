package org.indexkit.input;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a number typed by a person: plain numbers, thousands separators ("1,234.5"), full-width
 * digits ("１２３"), percentages as fractions ("12%" → 0.12, as Excel reads a %-formatted cell), and
 * the usual spellings of "no data" ("", "-", "—", "N/A", "NA", "无数据") and Excel's error values
 * ("#N/A", "#DIV/0!", "#NUM!", "#VALUE!" …, as a CSV saved by Excel writes them) as missing (NaN). Anything else is refused with the text quoted, because a guess
 * ("12,3" as 12.3 or 123?) would change results silently.
 *
 * <p>Both patterns are unambiguous (each character can be matched one way only), so matching is
 * linear in the text; and a text longer than {@link #MAX_NUMBER_CHARS} is refused before any pattern
 * sees it, because no number a person types is that long (values beyond ±1e100 are refused anyway).
 */
public final class CellText {
  /** The longest text read as a number. */
  public static final int MAX_NUMBER_CHARS = 400;
  /** How much of a refused text a message quotes. */
  static final int QUOTE_CHARS = 60;
  private static final Set<String> MISSING = Set.of("", "-", "—", "–", "n/a", "na", "null", "nan", "无数据", "无", "缺失",
      // Excel's error values, as a CSV saved by Excel writes the cells that show them (a workbook marks them as errors)
      "#n/a", "#null!", "#div/0!", "#value!", "#ref!", "#name?", "#num!", "#getting_data", "#spill!", "#calc!", "#field!",
      "#blocked!", "#unknown!", "#connect!", "#busy!");
  static final Pattern PLAIN = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
  static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

  private CellText() {}

  /** True for the texts that mean "no data". */
  public static boolean isMissing(String text) {
    return text == null || text.length() <= 20 && MISSING.contains(text.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * @return the value, or NaN for a missing marker
   * @throws IllegalArgumentException {@code "12,3" is not a number}
   */
  public static double parse(String text) {
    if (isMissing(text)) return Double.NaN;
    if (text.length() > MAX_NUMBER_CHARS)
      throw new IllegalArgumentException(quote(text) + " is not a number (" + text.length() + " characters)");
    String t = halfWidth(text.trim()).replace('\u2212', '-');
    if (t.endsWith("%")) {
      String n = t.substring(0, t.length() - 1).trim();
      // the decimal point moved two places before rounding to a double: 84.9% is exactly the double 0.849, not 84.9/100
      if (PLAIN.matcher(n).matches()) return finite(new java.math.BigDecimal(n).movePointLeft(2).doubleValue(), text);
      if (THOUSANDS.matcher(n).matches()) return finite(new java.math.BigDecimal(n.replace(",", "")).movePointLeft(2).doubleValue(), text);
      throw new IllegalArgumentException(quote(text) + " is not a number");
    }
    if (PLAIN.matcher(t).matches()) return finite(Double.parseDouble(t), text);
    if (THOUSANDS.matcher(t).matches()) return finite(Double.parseDouble(t.replace(",", "")), text);
    throw new IllegalArgumentException(quote(text) + " is not a number");
  }

  /** True for a text that reads as a percentage: a number and a percent sign ("12%", "12 %", "１２％"). */
  public static boolean isPercent(String text) {
    if (text == null || text.length() > MAX_NUMBER_CHARS) return false;
    String t = halfWidth(text.trim());
    if (!t.endsWith("%")) return false;
    try {
      parse(t);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The text in quotes for a message, cut after {@value #QUOTE_CHARS} characters so a huge cell is not echoed whole. */
  public static String quote(String text) {
    if (text == null) return "\"\"";
    return "\"" + (text.length() <= QUOTE_CHARS ? text : text.substring(0, QUOTE_CHARS) + "…") + "\"";
  }

  private static double finite(double v, String text) {
    if (!Double.isFinite(v)) throw new IllegalArgumentException(quote(text) + " is too large to be a number");
    return v;
  }

  /** Full-width digits and punctuation (Ｕ+FF10…) to ASCII, as typed with a Chinese input method. */
  static String halfWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') sb.append((char) (c - 0xFEE0));
      else if (c == '\u3000') sb.append(' ');
      else sb.append(c);
    }
    return sb.toString();
  }
}
