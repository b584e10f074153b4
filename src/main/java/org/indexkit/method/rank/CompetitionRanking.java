package org.indexkit.method.rank;

/**
 * Descending "competition" ranking (1, 2, 2, 4): equal scores share the best rank and the next
 * rank skips; a missing score (NaN, an indicator left missing by {@code impute = available}) is not ranked: rank 0. Ranks
 * come from the unrounded scores; seed 000 shows why (six cities displayed at
 * 0.227 hold ranks 65–70, so the published ranks used full precision).
 */
public final class CompetitionRanking {
  private CompetitionRanking() {}

  /** Sorts the scores once (see {@link SortOrder}) and walks them from the top: a score equal to the one above shares its rank. */
  public static int[] rank(double[] scores) {
    int n = scores.length, valid = n;
    for (double v : scores) if (Double.isNaN(v)) valid--;
    SortOrder.Sorted s = SortOrder.ascending(scores); // NaN sorts above every number: the top n − valid positions
    int[] ranks = new int[n];
    int current = 0;
    for (int pos = valid - 1; pos >= 0; pos--) {
      if (pos == valid - 1 || s.keys()[pos] != s.keys()[pos + 1]) current = valid - pos;
      ranks[s.rows()[pos]] = current;
    }
    return ranks;
  }

  /** Ascending ranks 1…n with ties given the mean of the ranks they span (Spearman's convention). */
  public static double[] averageRanks(double[] values) {
    int n = values.length;
    SortOrder.Sorted s = SortOrder.ascending(values);
    double[] ranks = new double[n];
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && s.keys()[end] == s.keys()[start]) end++;
      double mean = (start + 1 + end) / 2.0; // ranks start+1 … end
      for (int i = start; i < end; i++) ranks[s.rows()[i]] = mean;
      start = end;
    }
    return ranks;
  }

  public static String variant() {
    return "descending competition ranking (1, 2, 2, 4): ties share the best rank; ranks from unrounded scores";
  }
}
