package org.indexkit.core;

import java.math.BigDecimal;

/** Numbers as people read them: the shortest decimal that reads back as exactly the same double, in plain notation. */
public final class Decimals {
  private Decimals() {}

  /**
   * 0.849, not 0.8490000000000001 (for the double nearest 0.849) and 0.001, not 1.0E-3: Schubfach's shortest
   * digits (Jackson's writer; JDK 17's {@code Double.toString} is not always shortest), without an exponent.
   * "" for NaN and infinities.
   */
  public static String plain(double d) {
    if (!Double.isFinite(d)) return "";
    if (d == 0) return "0";
    return new BigDecimal(com.fasterxml.jackson.core.io.NumberOutput.toString(d, true)).stripTrailingZeros().toPlainString();
  }
}
