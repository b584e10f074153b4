package org.indexkit.core;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for a mistyped name: the closest known one by edit distance, when it is close enough to be a typo. */
public final class Suggest {
  private Suggest() {}

  /** The known name closest to {@code typed} (Levenshtein distance, ignoring case, _ - and spaces), or null if none is within a third of its length. */
  public static String closest(String typed, Collection<String> known) {
    if (typed == null || typed.isBlank() || typed.length() > 200) return null;
    String t = squash(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      if (k == null || k.length() > 200) continue;
      int d = distance(t, squash(k));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance > 0 && bestDistance <= Math.max(1, t.length() / 3) ? best : null;
  }

  /** " (did you mean \"x\"?)", or "" when nothing is close. */
  public static String didYouMean(String typed, Collection<String> known) {
    String c = closest(typed, known);
    return c == null ? "" : " (did you mean \"" + c + "\"?)";
  }

  /** Whether two names are the same ignoring case, spaces and the difference between - and _ ("Min_Max" is "min-max"). */
  public static boolean sameName(String a, String b) {
    return a != null && b != null && squash(a).equals(squash(b));
  }

  private static String squash(String s) {
    return s.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++)
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
