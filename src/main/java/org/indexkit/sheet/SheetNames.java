package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sheet names Excel accepts and that never replace one of the user's sheets: at most 31
 * characters, none of {@code [ ] : * ? / \}, not starting or ending with an apostrophe, not
 * "History"; a name already in the workbook (compared without case, as Excel does) becomes
 * {@code Scores (2)}, {@code Scores (3)}, ….
 */
public final class SheetNames {
  static final int MAX = 31;

  private SheetNames() {}

  /** Renames the plans, in order, so that no name collides with {@code existing} or with each other. */
  public static List<SheetPlan> avoid(List<SheetPlan> plans, Collection<String> existing) {
    Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    if (existing != null) taken.addAll(existing);
    List<SheetPlan> out = new ArrayList<>();
    for (SheetPlan p : plans) {
      String name = unique(p.name(), taken);
      taken.add(name);
      out.add(name.equals(p.name()) ? p : p.named(name));
    }
    return out;
  }

  static String unique(String wanted, Set<String> taken) {
    String base = clean(wanted);
    if (!taken.contains(base)) return base;
    for (int i = 2; ; i++) {
      String suffix = " (" + i + ")";
      String candidate = base.substring(0, Math.min(base.length(), MAX - suffix.length())).stripTrailing() + suffix;
      if (!taken.contains(candidate)) return candidate;
    }
  }

  static String clean(String name) {
    String s = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
    while (s.startsWith("'")) s = s.substring(1);
    while (s.endsWith("'")) s = s.substring(0, s.length() - 1);
    if (s.length() > MAX) s = s.substring(0, MAX).stripTrailing();
    if (s.isEmpty() || s.toLowerCase(Locale.ROOT).equals("history")) s = "Sheet_" + s;
    return s;
  }
}
