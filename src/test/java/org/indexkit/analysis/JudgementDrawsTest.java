package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Perturbing AHP judgements as an input of the Monte Carlo. */
class JudgementDrawsTest {
  /** UncertaintyAnalysisTest's tree, its two dimensions judged: d1 three times as important as d2. */
  static final IndicatorTree JUDGED;

  static {
    List<Indicator> nodes = new ArrayList<>(UncertaintyAnalysisTest.TREE.nodes());
    nodes.set(0, nodes.get(0).withJudgements("3"));
    JUDGED = new IndicatorTree(nodes);
  }

  static final Recipe AHP = Recipe.defaults().withWeights(StepChoice.of("ahp"));

  @Test
  @DisplayName("Saaty's scale has 17 points 1/9 … 1 … 9; a judgement moves along it, reciprocal kept, clamped at the ends")
  void scale() {
    assertThat(JudgementDraws.SCALE).hasSize(17);
    assertThat(JudgementDraws.SCALE[0]).isEqualTo(1 / 9.0);
    assertThat(JudgementDraws.SCALE[8]).isEqualTo(1.0);
    assertThat(JudgementDraws.SCALE[16]).isEqualTo(9.0);
    assertThat(JudgementDraws.nearest(0.33)).isEqualTo(6); // 1/3
    double[][] a = {{1, 3, 9}, {1 / 3.0, 1, 1 / 2.0}, {1 / 9.0, 2, 1}};
    SplittableRandom rnd = new SplittableRandom(7);
    for (int t = 0; t < 200; t++) {
      double[][] m = JudgementDraws.moved(a, 1, rnd);
      for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
          assertThat(m[i][j] * m[j][i]).isCloseTo(1.0, within(1e-12));
          if (i < j) assertThat(Math.abs(JudgementDraws.nearest(m[i][j]) - JudgementDraws.nearest(a[i][j]))).isLessThanOrEqualTo(1);
        }
      assertThat(m[0][2]).as("9 cannot move up").isIn(8.0, 9.0);
    }
    assertThat(JudgementDraws.moved(a, 0, rnd)).isDeepEqualTo(new double[][] {{1, 3, 9}, {1 / 3.0, 1, 0.5}, {1 / 9.0, 2, 1}});
  }

  @Test
  @DisplayName("with judgement steps the judged node is one input instead of its children's weights; each run's d1 weight is "
      + "a priority of a moved judgement: 2/3, 3/4 or 4/5 for 2, 3 or 4")
  void monteCarlo() {
    UncertaintyAnalysis ua = UncertaintyAnalysis.runs(200).weightSpread(0.25).seed(2).judgementSteps(1);
    assertThat(ua.inputs(JUDGED, AHP)).contains("judgements of index", "weight of x0").doesNotContain("weight of d1", "weight of d2");
    var res = ua.run(UncertaintyAnalysisTest.TABLE, JUDGED, AHP);
    int d1 = JUDGED.nodes().indexOf(JUDGED.get("d1"));
    var seen = new java.util.TreeSet<Double>();
    for (var run : res.runs()) seen.add(Math.round(run.localWeights().get(d1) * 1e9) / 1e9);
    assertThat(seen).containsExactly(0.666666667, 0.75, 0.8);
    assertThat(ua.variant()).contains("each judgement moved by up to 1 point(s) of Saaty's scale");
    assertThat(UncertaintyAnalysis.runs(10).judgementSteps(1).inputs(JUDGED, Recipe.defaults())).as("fixed weights: no judgements")
        .doesNotContain("judgements of index");
  }
}
