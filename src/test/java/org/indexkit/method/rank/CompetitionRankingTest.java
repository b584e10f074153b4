package org.indexkit.method.rank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompetitionRankingTest {
  @Test
  @DisplayName("descending, ties share the best rank and the next rank skips: 1, 2, 2, 4")
  void competitionRanking() {
    assertThat(CompetitionRanking.rank(new double[] {9, 7, 7, 3})).containsExactly(1, 2, 2, 4);
    assertThat(CompetitionRanking.rank(new double[] {3, 7, 9, 7, 7})).containsExactly(5, 2, 1, 2, 2);
  }

  @Test
  @DisplayName("unrounded scores decide: 0.2271 and 0.2269 both show as 0.227 but rank 1 and 2")
  void unrounded() {
    assertThat(CompetitionRanking.rank(new double[] {0.2269, 0.2271})).containsExactly(2, 1);
  }

  @Test
  @DisplayName("on 2,000 random score lists (some longer than 2,048) with many ties, rank = 1 + number of strictly higher scores (the definition, O(n²))")
  void matchesDefinition() {
    var rnd = new java.util.Random(8);
    for (int trial = 0; trial < 2000; trial++) {
      double[] s = new double[1 + rnd.nextInt(trial % 50 == 0 ? 5000 : 40)]; // both the merge sort and the radix sort
      for (int i = 0; i < s.length; i++) s[i] = rnd.nextInt(6) * (rnd.nextBoolean() ? 1.0 : -1.0); // includes 0.0 and -0.0
      int[] expected = new int[s.length];
      for (int i = 0; i < s.length; i++) {
        expected[i] = 1;
        for (double other : s) if (other > s[i]) expected[i]++;
      }
      assertThat(CompetitionRanking.rank(s)).as(java.util.Arrays.toString(s)).containsExactly(expected);
    }
  }
}
