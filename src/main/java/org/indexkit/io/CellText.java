package org.indexkit.io;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a number typed by a person: plain numbers, thousands separators ("1,234.5"), full-width
 * digits ("１２３"), and the usual spellings of "no data" ("", "-", "—", "N/A", "NA", "#N/A",
 * "无数据") as missing (NaN). Anything else is refused with the text quoted, because a guess
 * ("12,3" as 12.3 or 123?) would change results silently.
 */
public final class CellText {
  private static final Set<String> MISSING = Set.of("", "-", "—", "–", "n/a", "na", "#n/a", "null", "nan", "无数据", "无", "缺失");
  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

  private CellText() {}

  /** True for the texts that mean "no data". */
  public static boolean isMissing(String text) {
    return text == null || MISSING.contains(text.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * @return the value, or NaN for a missing marker
   * @throws IllegalArgumentException {@code "12,3" is not a number}
   */
  public static double parse(String text) {
    if (isMissing(text)) return Double.NaN;
    String t = halfWidth(text.trim()).replace('\u2212', '-');
    if (PLAIN.matcher(t).matches()) return finite(Double.parseDouble(t), text);
    if (THOUSANDS.matcher(t).matches()) return finite(Double.parseDouble(t.replace(",", "")), text);
    throw new IllegalArgumentException("\"" + text + "\" is not a number");
  }

  private static double finite(double v, String text) {
    if (!Double.isFinite(v)) throw new IllegalArgumentException("\"" + text + "\" is too large to be a number");
    return v;
  }

  /** Full-width digits and punctuation (Ｕ+FF10…) to ASCII, as typed with a Chinese input method. */
  static String halfWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c >= '\uFF01' && c <= '\uFF5E') sb.append((char) (c - 0xFEE0));
      else if (c == '\u3000') sb.append(' ');
      else sb.append(c);
    }
    return sb.toString();
  }
}
