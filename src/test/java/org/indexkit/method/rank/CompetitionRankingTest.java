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
}
