package org.indexkit.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An option of a recipe step, written in recipes and sheets by its label (e.g. "min-max"). */
public interface Choice {
  String label();

  /** Finds the option by label, ignoring case, spaces and the difference between - and _. */
  static <E extends Enum<E> & Choice> E parse(Class<E> type, String step, String text) {
    String wanted = squash(text);
    for (E e : type.getEnumConstants()) if (squash(e.label()).equals(wanted) || squash(e.name()).equals(wanted)) return e;
    throw new IllegalArgumentException(step + " \"" + text + "\" is not one of "
        + Arrays.stream(type.getEnumConstants()).map(Choice::label).collect(Collectors.joining(", ")));
  }

  private static String squash(String s) {
    return s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
  }
}
