package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is done to a raw indicator before it is normalised, written the way a researcher types it in
 * the Indicators sheet: {@code none}, {@code log}, {@code ln1p}, {@code per-capita(population)} or
 * {@code per-capita(population, 10000)} (per 10,000 people). The maths lives in
 * {@code method.transform.LeafTransform}; this is only the choice.
 */
public record Transform(Kind kind, String column, double per) {

  public enum Kind { NONE, LOG, LN1P, PER_CAPITA }

  public static final Transform NONE = new Transform(Kind.NONE, null, 1);
  public static final Transform LOG = new Transform(Kind.LOG, null, 1);
  public static final Transform LN1P = new Transform(Kind.LN1P, null, 1);

  private static final Pattern PER_CAPITA =
      Pattern.compile("per[- _]?capita\\s*\\(\\s*([^,()]+?)\\s*(?:,\\s*([0-9.eE+]+)\\s*)?\\)");

  public static Transform perCapita(String column, double per) {
    return new Transform(Kind.PER_CAPITA, column, per);
  }

  @JsonCreator
  public static Transform parse(String text) {
    if (text == null) return NONE;
    String t = text.trim();
    switch (t.toLowerCase(Locale.ROOT)) {
      case "", "none", "identity":
        return NONE;
      case "log", "ln":
        return LOG;
      case "ln1p", "log1p", "ln(1+x)", "log(1+x)":
        return LN1P;
      default:
        // the column may be a long name, but a transform longer than a name and its multiplier is not one; capping it
        // keeps the pattern (whose lazy column part could try every split of a long run of spaces) cheap
        if (t.length() > Table.MAX_NAME_CHARS + 40)
          throw new IllegalArgumentException("transform \"" + t.substring(0, 40) + "…\" is too long to be a transform");
        Matcher m = PER_CAPITA.matcher(t);
        if (m.matches()) {
          double per = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
          if (!(per > 0)) throw new IllegalArgumentException("per-capita multiplier must be > 0");
          return perCapita(m.group(1), per);
        }
        throw new IllegalArgumentException("transform \"" + text
            + "\" is not one of none, log, ln1p, per-capita(column) or per-capita(column, 10000)");
    }
  }

  @JsonValue
  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "none";
      case LOG -> "log";
      case LN1P -> "ln1p";
      case PER_CAPITA -> per == 1 ? "per-capita(" + column + ")"
          : "per-capita(" + column + ", " + formatPer() + ")";
    };
  }

  private String formatPer() {
    return per == Math.rint(per) ? String.valueOf((long) per) : String.valueOf(per);
  }
}
