package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether more of an indicator is better (benefit, "+") or worse (cost, "-"). */
public enum Direction {
  BENEFIT("+"),
  COST("-");

  private final String symbol;

  Direction(String symbol) {
    this.symbol = symbol;
  }

  @JsonValue
  public String symbol() {
    return symbol;
  }

  /** Accepts +, -, the Unicode minus, and the words benefit/positive/cost/negative; blank means +. */
  @JsonCreator
  public static Direction parse(String text) {
    if (text == null) return BENEFIT;
    return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "", "+", "benefit", "positive", "正", "正向" -> BENEFIT;
      case "-", "\u2212", "cost", "negative", "负", "负向", "逆向" -> COST;
      default -> throw new IllegalArgumentException(
          "direction \"" + text + "\" is not + or - (benefit or cost)");
    };
  }
}
