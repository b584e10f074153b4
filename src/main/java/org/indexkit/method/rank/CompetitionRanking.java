package org.indexkit.method.rank;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Descending "competition" ranking (1, 2, 2, 4): equal scores share the best rank and the next
 * rank skips. Ranks come from the unrounded scores; seed 000 shows why (six cities displayed at
 * 0.227 hold ranks 65–70, so the published ranks used full precision).
 */
public final class CompetitionRanking {
  private CompetitionRanking() {}

  public static int[] rank(double[] scores) {
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    int[] ranks = new int[scores.length];
    for (int pos = 0; pos < order.length; pos++) {
      int i = order[pos];
      boolean tie = pos > 0 && scores[order[pos - 1]] == scores[i];
      ranks[i] = tie ? ranks[order[pos - 1]] : pos + 1;
    }
    return ranks;
  }

  public static String variant() {
    return "descending competition ranking (1, 2, 2, 4): ties share the best rank; ranks from unrounded scores";
  }
}
