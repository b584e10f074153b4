package org.indexkit.method.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The statistical audit against values worked by hand. */
class AuditStatisticsTest {
  @Test
  @DisplayName("Cronbach's alpha by hand: items (1,2,3,4) and (2,4,6,8): variances 5/3 and 20/3, total (3,6,9,12) 15 → α = 0.8889")
  void cronbach() {
    assertThat(CronbachAlpha.of(new double[][] {{1, 2, 3, 4}, {2, 4, 6, 8}})).isCloseTo(2 * (1 - (5.0 / 3 + 20.0 / 3) / 15), within(1e-12))
        .isCloseTo(0.8889, within(0.0001));
    assertThat(CronbachAlpha.of(new double[][] {{1, 2, 3}, {3, 2, 1}})).as("the total is constant").isNaN();
  }

  @Test
  @DisplayName("correlations by hand: (1,2,3,4) vs (1,3,2,4): cov 4/3, variances 5/3 → Pearson 0.8; Spearman 0.8; first component (1 + 0.8)/2 = 90%")
  void correlations() {
    double[] a = {1, 2, 3, 4}, b = {1, 3, 2, 4};
    assertThat(Correlations.pearson(a, b)).isCloseTo(0.8, within(1e-12));
    assertThat(Correlations.spearman(a, b)).isCloseTo(0.8, within(1e-12));
    assertThat(Correlations.firstComponentShare(new double[][] {a, b})).isCloseTo(0.9, within(1e-12));
    assertThat(Correlations.pearson(a, new double[] {2, 2, 2, 2})).isNaN();
  }

  @Test
  @DisplayName("the matrices (each column standardised or ranked once) equal Commons Math's pairwise Pearson and Spearman, ties included")
  void matricesEqualPairwise() {
    var rnd = new java.util.Random(3);
    double[][] cols = new double[6][50];
    for (double[] c : cols) for (int i = 0; i < c.length; i++) c[i] = rnd.nextInt(12) + rnd.nextGaussian();
    cols[2] = cols[2].clone();
    for (int i = 0; i < 50; i++) cols[2][i] = Math.round(cols[2][i]); // ties for Spearman's average ranks
    cols[5] = new double[50]; // constant → NaN
    double[][] p = Correlations.pearsonMatrix(cols), s = Correlations.spearmanMatrix(cols);
    for (int a = 0; a < 6; a++)
      for (int b = 0; b < 6; b++) {
        if (a == b) {
          assertThat(p[a][b]).isEqualTo(1);
          continue;
        }
        double pe = a == 5 || b == 5 ? Double.NaN : new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(cols[a], cols[b]);
        double sp = a == 5 || b == 5 ? Double.NaN : new org.apache.commons.math3.stat.correlation.SpearmansCorrelation().correlation(cols[a], cols[b]);
        if (Double.isNaN(pe)) assertThat(p[a][b]).isNaN();
        else assertThat(p[a][b]).isCloseTo(pe, within(1e-12));
        if (Double.isNaN(sp)) assertThat(s[a][b]).isNaN();
        else assertThat(s[a][b]).isCloseTo(sp, within(1e-12));
      }
  }

  @Test
  @DisplayName("statistics by hand: (2, 4, 4, 4, 5, 5, 7, 9) has mean 5 and sample sd √(32/7); a missing cell is counted")
  void statistics() {
    IndicatorStatistics s = IndicatorStatistics.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9, Double.NaN});
    assertThat(s.n()).isEqualTo(8);
    assertThat(s.missing()).isEqualTo(1);
    assertThat(s.mean()).isEqualTo(5);
    assertThat(s.sd()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    assertThat(s.min()).isEqualTo(2);
    assertThat(s.max()).isEqualTo(9);
    assertThat(s.outlierFlag()).isFalse();
  }

  @Test
  @DisplayName("in a run: near-duplicate indicators are flagged (|r| > 0.92), opposite ones inside a dimension too, alpha reported")
  void inARun() {
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.node("index", null, null, null, null),
        Indicator.node("d", null, null, "index", null), Indicator.leaf("a", null, null, "d", null, null),
        Indicator.leaf("b", null, null, "d", null, null), Indicator.leaf("c", null, null, "d", null, null)));
    Table t = new Table(List.of("P", "Q", "R", "S"), List.of("a", "b", "c"),
        new double[][] {{1, 2, 4}, {2, 4, 3}, {3, 6, 2}, {4, 8.5, 1}});
    IndexResult r = Pipeline.run(t, tree, Recipe.defaults());
    assertThat(r.statistics().flags()).anyMatch(f -> f.startsWith("\"a\" and \"b\" correlate at r = 0.99"))
        .anyMatch(f -> f.contains("\"a\" and \"c\" in \"d\" correlate at r = -1.000: they pull in opposite directions"));
    assertThat(r.statistics().dimensions()).singleElement().satisfies(d -> assertThat(d.indicators()).isEqualTo(3));
    assertThat(r.statistics().indicators().get(0).rDimension()).isNotNaN();
    // a and c are exact opposites: Pearson and Spearman −1; a and b are monotone: Spearman exactly 1
    assertThat(r.statistics().pearson()[0][2]).isCloseTo(-1, within(1e-12));
    assertThat(r.statistics().spearman()[0][1]).isCloseTo(1, within(1e-12));
    var sheet = org.indexkit.sheet.SheetPlans.of(r, null).stream().filter(p -> p.name().equals("Correlations")).findFirst().orElseThrow();
    assertThat(sheet.rows()).hasSize(3);
    assertThat((Double) sheet.rows().get(1).get(1)).as("below the diagonal: Spearman(b, a)").isCloseTo(1, within(1e-12));
  }
}
