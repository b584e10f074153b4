package org.indexkit.method.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rank-sum ratio against the fixture of method-fixtures.md §2.12 (self-computed): eight units, x₁ benefit, x₂ and x₃
 * cost; ranks (6,4,6), (3,8,3), (8,3,8), (1,1,4), (4,7,2), (7,2,7), (2,5,1), (5,6,5).
 */
class RankSumRatioTest {
  static final double[][] ROWS = {{92, 14.1, 3.2}, {85, 11.4, 4.1}, {97, 15.2, 2.9}, {78, 18.9, 3.6}, {88, 12.3, 4.8}, {95, 16.0, 3.0},
      {81, 13.7, 4.9}, {90, 12.8, 3.5}};
  static final double[] RSR = {0.666667, 0.583333, 0.791667, 0.25, 0.541667, 0.666667, 0.333333, 0.666667};

  static IndexResult run(List<Double> weights) {
    List<Indicator> nodes = new java.util.ArrayList<>(List.of(Indicator.root("rsr", "RSR", "秩和比")));
    Direction[] dirs = {Direction.BENEFIT, Direction.COST, Direction.COST};
    for (int j = 0; j < 3; j++) nodes.add(Indicator.leaf("x" + (j + 1), null, null, "rsr", weights == null ? null : weights.get(j), dirs[j]));
    List<String> units = java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> "u" + i).toList();
    return Pipeline.run(new Table(units, List.of("x1", "x2", "x3"), ROWS), new IndicatorTree(nodes),
        Recipe.defaults().withAggregate(StepChoice.of("rank-sum-ratio")));
  }

  @Test
  @DisplayName("RSR = ΣR/(m·n) through the pipeline (cost indicators ranked highest value first), and WRSR with w = (0.5, 0.3, 0.2)")
  void rsrAndWeighted() {
    IndexResult r = run(null);
    for (int i = 0; i < 8; i++) assertThat(r.composite().scores()[i]).isCloseTo(RSR[i], within(5e-7));
    double[] wrsr = {0.675, 0.5625, 0.8125, 0.2, 0.5625, 0.6875, 0.3375, 0.6625};
    IndexResult w = run(List.of(0.5, 0.3, 0.2));
    for (int i = 0; i < 8; i++) assertThat(w.composite().scores()[i]).isCloseTo(wrsr[i], within(1e-12));
    assertThat(r.composite().ranks()).as("ties share the best rank").containsExactly(2, 5, 1, 8, 6, 2, 7, 2);
  }

  @Test
  @DisplayName("the distribution table, p with the last 1 − 1/(4n), Probit, and RSR = −0.376448 + 0.178502·Probit")
  void regression() {
    var reg = RankSumRatio.regression(RSR.clone());
    assertThat(reg.levels()).extracting(RankSumRatio.Level::meanRank).containsExactly(1.0, 2.0, 3.0, 4.0, 6.0, 8.0);
    assertThat(reg.levels()).extracting(RankSumRatio.Level::p).containsExactly(0.125, 0.25, 0.375, 0.5, 0.75, 0.96875);
    assertThat(reg.levels().get(4).frequency()).isEqualTo(3);
    double[] probit = {3.8497, 4.3255, 4.6814, 5.0, 5.6745, 6.8627};
    for (int k = 0; k < 6; k++) assertThat(reg.levels().get(k).probit()).isCloseTo(probit[k], within(5e-5));
    assertThat(reg.a()).isCloseTo(-0.376448, within(5e-6));
    assertThat(reg.b()).isCloseTo(0.178502, within(5e-6));
  }

  @Test
  @DisplayName("grades at Probit 4 and 6 (fitted RSR 0.337562 and 0.694566): unit 3 high, unit 4 low, the rest middle")
  void grades() {
    IndexResult r = run(null);
    double[] grade = r.composite().details().get("grade");
    assertThat(grade).containsExactly(2, 2, 1, 3, 2, 2, 2, 2);
    assertThat(r.composite().details().get("fitted RSR")[3]).isLessThan(-0.376448 + 0.178502 * 4);
    assertThat(r.provenance().variants()).anyMatch(v -> v.contains("rank-sum ratio") && v.contains("1 − 1/(4n)"));
  }

  @Test
  @DisplayName("every value tied: one distinct RSR, no regression and no grade, and a warning says so")
  void allTied() {
    double[][] children = {{1, 1, 1}, {2, 2, 2}};
    RankSumRatio rsr = new RankSumRatio(List.of(4.0, 6.0));
    assertThat(rsr.aggregate(children, new double[] {0.5, 0.5})).containsExactly(2 / 3.0, 2 / 3.0, 2 / 3.0);
    assertThat(rsr.details(children, new double[] {0.5, 0.5}).get("grade")).containsOnly(Double.NaN);
    assertThat(rsr.note(children, new double[] {0.5, 0.5})).contains("same RSR", "no Probit regression");
  }

  @Test
  @DisplayName("two entities: RSR scores them, but no regression is fitted on two points, and the note says so")
  void tooFewForTheRegression() {
    double[][] children = {{1, 2}, {3, 1}};
    RankSumRatio rsr = new RankSumRatio(List.of(4.0, 6.0));
    assertThat(rsr.aggregate(children, new double[] {0.5, 0.5})).containsExactly(0.75, 0.75);
    double[][] apart = {{1, 2}, {1, 2}};
    assertThat(rsr.aggregate(apart, new double[] {0.5, 0.5})).containsExactly(0.5, 1.0);
    assertThat(RankSumRatio.regression(new double[] {0.5, 1.0}).b()).isNaN();
    assertThat(rsr.note(apart, new double[] {0.5, 0.5})).contains("fewer than 3 entities");
  }
}
