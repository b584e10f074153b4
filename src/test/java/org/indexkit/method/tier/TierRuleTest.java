package org.indexkit.method.tier;

import org.indexkit.core.StepChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.indexkit.method.rank.CompetitionRanking;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TierRuleTest {
  static int[] assign(TierRule rule, double[] scores) {
    return rule.assign(scores, CompetitionRanking.rank(scores));
  }

  @Test
  @DisplayName("quantile: 8 entities in 4 bands of 2 by rank; a tie keeps its pair together")
  void quantile() {
    double[] s = {80, 70, 60, 50, 40, 30, 20, 10};
    assertThat(assign(new QuantileTiers(4), s)).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
    double[] tied = {80, 70, 70, 50, 40, 30, 20, 10};
    assertThat(assign(new QuantileTiers(4), tied)).containsExactly(1, 1, 1, 2, 3, 3, 4, 4);
  }

  @Test
  @DisplayName("thresholds [80, 70]: ≥ 80 tier 1, ≥ 70 tier 2, below tier 3")
  void thresholds() {
    assertThat(assign(new ThresholdTiers(List.of(80.0, 70.0)), new double[] {95, 80, 79.99, 70, 10}))
        .containsExactly(1, 1, 2, 2, 3);
  }

  @Test
  @DisplayName("k-means finds three obvious groups and numbers them from the top")
  void kMeansOrdered() {
    double[] s = {91, 10, 50, 92, 11, 49, 90, 12, 51};
    assertThat(assign(new KMeansTiers(3, 7), s)).containsExactly(1, 3, 2, 1, 3, 2, 1, 3, 2);
  }

  @Test
  @DisplayName("k-means is deterministic: same input, same seed → same tiers, run after run; tier 1 has the highest mean")
  void kMeansDeterministic() {
    Random rnd = new Random(1);
    double[] s = new double[300];
    for (int i = 0; i < s.length; i++) s[i] = 60 + 40 * rnd.nextDouble() * rnd.nextDouble();
    int[] first = assign(new KMeansTiers(4, TierRules.DEFAULT_SEED), s);
    for (int run = 0; run < 5; run++) assertThat(assign(new KMeansTiers(4, TierRules.DEFAULT_SEED), s)).isEqualTo(first);
    double[] mean = new double[5];
    int[] count = new int[5];
    for (int i = 0; i < s.length; i++) { mean[first[i]] += s[i]; count[first[i]]++; }
    for (int t = 1; t <= 4; t++) assertThat(count[t]).isPositive();
    for (int t = 1; t < 4; t++) assertThat(mean[t] / count[t]).isGreaterThan(mean[t + 1] / count[t + 1]);
  }

  @Test
  @DisplayName("k-means refuses fewer distinct scores than tiers")
  void kMeansTooFewValues() {
    assertThatThrownBy(() -> assign(new KMeansTiers(4, 1), new double[] {1, 1, 2, 2, 3}))
        .hasMessageContaining("at least 4 different scores");
  }

  @Test
  @DisplayName("labels: configured ones, or Tier n, or ★ × (k − t + 1) for star ratings")
  void labels() {
    StepChoice six = TierRules.STARS.resolve(StepChoice.of("quantile", "k", 6));
    assertThat(TierRules.label(six, 1, true)).isEqualTo("★★★★★★");
    assertThat(TierRules.label(six, 6, true)).isEqualTo("★");
    assertThat(TierRules.label(six, 2, false)).isEqualTo("Tier 2");
    StepChoice named = TierRules.TIERS.resolve(StepChoice.of("k-means", "k", 4, "seed", 1, "labels", List.of("综合领先型", "均衡发展型", "特色追赶型", "基础追赶型")));
    assertThat(TierRules.label(named, 1, false)).isEqualTo("综合领先型");
    assertThatThrownBy(() -> TierRules.TIERS.resolve(StepChoice.of("quantile", "k", 3, "labels", List.of("a", "b")))).hasMessageContaining("3 tiers need 3 labels");
  }

  @Test
  @DisplayName("Jenks and Ward find three obvious groups; equal scores share a tier")
  void jenksAndWardObviousGroups() {
    double[] s = {1, 2, 3, 10, 11, 12, 20, 21, 22, 22};
    int[] expected = {3, 3, 3, 2, 2, 2, 1, 1, 1, 1};
    assertThat(assign(new JenksTiers(3), s)).containsExactly(expected);
    assertThat(assign(new WardTiers(3), s)).containsExactly(expected);
  }

  @Test
  @DisplayName("Jenks is the optimum: no other split of 9 sorted scores into 3 tiers has a smaller within-tier sum of squares")
  void jenksIsOptimal() {
    Random rnd = new Random(9);
    for (int trial = 0; trial < 20; trial++) {
      double[] s = new double[9];
      for (int i = 0; i < 9; i++) s[i] = Math.round(rnd.nextDouble() * 1000) / 10.0;
      double[] sorted = s.clone();
      java.util.Arrays.sort(sorted);
      if (java.util.Arrays.stream(sorted).distinct().count() < 9) continue;
      double jenks = JenksTiers.withinSS(s, assign(new JenksTiers(3), s));
      double best = Double.POSITIVE_INFINITY;
      for (int a = 1; a < 8; a++)
        for (int b = a + 1; b < 9; b++) { // brute force over every contiguous split of the sorted scores
          int[] t = new int[9];
          for (int i = 0; i < 9; i++) t[i] = i < a ? 3 : i < b ? 2 : 1;
          best = Math.min(best, JenksTiers.withinSS(sorted, t));
        }
      assertThat(jenks).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  @Test
  @DisplayName("Ward merges the cheapest neighbours: 1, 2 | 4 | 9, 10 into 2 tiers keeps 9, 10 apart from the rest")
  void wardByHand() {
    // merges: (1,2) Δ = 0.5, (9,10) Δ = 0.5, then {1,2}+{4}: 2·1/3·(1.5 − 4)² = 4.17 vs {4}+{9,10}: 2/3·(4 − 9.5)² = 20.2
    assertThat(assign(new WardTiers(2), new double[] {1, 2, 4, 9, 10})).containsExactly(2, 2, 2, 1, 1);
  }

  @Test
  @DisplayName("natural breaks and Ward refuse more than 20,000 different scores (their time grows with its square) and name the alternatives")
  void quadraticRulesAreBounded() {
    double[] s = new double[20_001];
    for (int i = 0; i < s.length; i++) s[i] = i;
    assertThatThrownBy(() -> assign(new JenksTiers(4), s)).hasMessageContaining("20000").hasMessageContaining("k-means");
    assertThatThrownBy(() -> assign(new WardTiers(4), s)).hasMessageContaining("20000").hasMessageContaining("quantile");
  }

  @Test
  @DisplayName("k-means (best of 50 seeded runs) reaches the exact optimum, Fisher's natural breaks, on at least 290 of 300 random score lists, and never beats it")
  void kMeansNearOptimal() {
    Random rnd = new Random(21);
    int optimal = 0;
    for (int trial = 0; trial < 300; trial++) {
      double[] s = new double[8 + rnd.nextInt(60)];
      for (int i = 0; i < s.length; i++) s[i] = Math.round(rnd.nextGaussian() * 100 + (rnd.nextBoolean() ? 300 : 0)) / 10.0;
      if (java.util.Arrays.stream(s).distinct().count() < 4) continue;
      double km = JenksTiers.withinSS(s, assign(new KMeansTiers(4, TierRules.DEFAULT_SEED), s));
      double exact = JenksTiers.withinSS(s, assign(new JenksTiers(4), s));
      assertThat(km).isGreaterThanOrEqualTo(exact - 1e-9 * Math.max(1, exact));
      if (km <= exact + 1e-9 * Math.max(1, exact)) optimal++;
    }
    assertThat(optimal).as("runs reaching the optimum").isGreaterThanOrEqualTo(290);
  }
}
