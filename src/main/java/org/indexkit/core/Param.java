package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One parameter of a method, declared once where the method is registered: its recipe key, its type,
 * its default (what the method uses when the recipe leaves it out; null = none), its range and its
 * labels. The catalogue serves it as is, and {@link #read} is the one check of a value a recipe gives.
 *
 * @param type {@code number}, {@code integer}, {@code boolean}, {@code text}, {@code number-list},
 *     {@code text-list}, or {@code choice:a|b|…}
 * @param min inclusive lower bound of a number or integer, null = none
 * @param max inclusive upper bound, null = none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Param(String id, String type, Object defaultValue, Double min, Double max, Label label) {

  public Param {
    defaultValue = StepChoice.plainValue(defaultValue);
  }

  public static Param number(String id, Double dflt, Double min, Double max, String en, String zh) {
    return new Param(id, "number", dflt, min, max, Label.of(en, zh));
  }

  public static Param integer(String id, Long dflt, Double min, Double max, String en, String zh) {
    return new Param(id, "integer", dflt, min, max, Label.of(en, zh));
  }

  public static Param flag(String id, Boolean dflt, String en, String zh) {
    return new Param(id, "boolean", dflt, null, null, Label.of(en, zh));
  }

  public static Param text(String id, String dflt, String en, String zh) {
    return new Param(id, "text", dflt, null, null, Label.of(en, zh));
  }

  public static Param numbers(String id, String en, String zh) {
    return new Param(id, "number-list", null, null, null, Label.of(en, zh));
  }

  public static Param texts(String id, String en, String zh) {
    return new Param(id, "text-list", null, null, null, Label.of(en, zh));
  }

  /** One of fixed words, the first of {@code options} unless {@code dflt} says otherwise. */
  public static Param choice(String id, String dflt, String en, String zh, String... options) {
    return new Param(id, "choice:" + String.join("|", options), dflt, null, null, Label.of(en, zh));
  }

  @JsonIgnore
  public List<String> options() {
    return type.startsWith("choice:") ? Arrays.asList(type.substring(7).split("\\|")) : List.of();
  }

  /**
   * The value a recipe gives, as this parameter's type ({@code number} a Double, {@code integer} a Long,
   * a choice its option as declared), or an {@link IllegalArgumentException} saying what is wrong, naming
   * {@code key} (e.g. {@code tiers.k}).
   */
  public Object read(String key, Object given) {
    Object v = StepChoice.plainValue(given);
    Object out = switch (type) {
      case "number" -> v instanceof Number n ? (Object) n.doubleValue() : null;
      case "integer" -> v instanceof Long l ? l : v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) (double) d : null;
      case "boolean" -> v instanceof Boolean b ? b : null;
      case "text" -> v instanceof String s ? s : v instanceof Number || v instanceof Boolean ? String.valueOf(v) : null;
      case "number-list" -> list(v, Double.class);
      case "text-list" -> list(v, String.class);
      default -> v instanceof String s ? option(key, s) : null;
    };
    if (out == null)
      throw new IllegalArgumentException(key + " must be " + (type.startsWith("choice:") ? "one of " + String.join(", ", options())
          : switch (type) {
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "number-list" -> "a list of numbers, e.g. [80, 70, 60]";
            case "text-list" -> "a list of texts, e.g. [\"high\", \"low\"]";
            default -> "a text";
          }) + ", got " + given);
    if (out instanceof Number n) {
      double d = n.doubleValue();
      if (min != null && max != null && !(d >= min && d <= max))
        throw new IllegalArgumentException(key + " must be from " + Decimals.plain(min) + " to " + Decimals.plain(max) + ", got " + Decimals.plain(d));
      if (min != null && !(d >= min)) throw new IllegalArgumentException(key + " must be at least " + Decimals.plain(min) + ", got " + Decimals.plain(d));
      if (max != null && !(d <= max)) throw new IllegalArgumentException(key + " must be at most " + Decimals.plain(max) + ", got " + Decimals.plain(d));
    }
    return out;
  }

  /**
   * A list written as text, as the pane's input holds it: items between commas (also the full-width ， and 、),
   * trimmed, blanks skipped, brackets and quotes allowed ("80, 70, 60"; "领先型，均衡型"; ["a", "b"]).
   */
  private static Object split(String text, Class<?> element) {
    List<Object> out = new ArrayList<>();
    String body = text.trim();
    if (body.startsWith("[") && body.endsWith("]")) body = body.substring(1, body.length() - 1);
    for (String item : body.split("[,，、]")) {
      String t = item.trim();
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1).trim();
      if (t.isEmpty()) continue;
      if (element == String.class) out.add(t);
      else {
        try {
          out.add(Double.parseDouble(t));
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return out;
  }

  private String option(String key, String given) {
    for (String o : options()) if (Suggest.sameName(o, given)) return o;
    throw new IllegalArgumentException(key + " \"" + given + "\" is not one of " + String.join(", ", options()));
  }

  private static List<Object> list(Object v, Class<?> element) {
    if (v instanceof String text) v = split(text, element);
    if (!(v instanceof List<?> items)) return null;
    List<Object> out = new ArrayList<>();
    for (Object o : items) {
      if (element == Double.class && o instanceof Number n) out.add(n.doubleValue());
      else if (element == String.class && o != null && !(o instanceof List) && !(o instanceof java.util.Map)) out.add(String.valueOf(o));
      else return null;
    }
    return List.copyOf(out);
  }
}
