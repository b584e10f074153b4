package org.indexkit.method.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** TOPSIS, VIKOR and the harmonic mean against published worked examples. */
class TopsisVikorTest {
  /** children[criterion][alternative] from rows[alternative][criterion]. */
  static double[][] columns(double[][] rows) {
    double[][] c = new double[rows[0].length][rows.length];
    for (int i = 0; i < rows.length; i++) for (int j = 0; j < rows[0].length; j++) c[j][i] = rows[i][j];
    return c;
  }

  @Test
  @DisplayName("TOPSIS, Hwang & Yoon (1981) fighter aircraft: closeness 0.643, 0.268, 0.614, 0.312")
  void fighterAircraft() {
    // max speed, ferry range, max payload, purchasing cost (cost), reliability, manoeuvrability
    double[][] rows = {{2.0, 1500, 20000, 5.5, 5, 9}, {2.5, 2700, 18000, 6.5, 3, 5}, {1.8, 2000, 21000, 4.5, 7, 7},
        {2.2, 1800, 20000, 5.0, 5, 5}};
    double[][] c = columns(rows);
    for (int i = 0; i < 4; i++) c[3][i] = -c[3][i]; // the pipeline mirrors cost criteria before aggregating
    double[] closeness = new Topsis(Topsis.Norm.VECTOR).aggregate(c, new double[] {0.2, 0.1, 0.1, 0.1, 0.2, 0.3});
    assertThat(closeness[0]).isCloseTo(0.643, within(0.002));
    assertThat(closeness[1]).isCloseTo(0.268, within(0.002));
    assertThat(closeness[2]).isCloseTo(0.614, within(0.002));
    assertThat(closeness[3]).isCloseTo(0.312, within(0.002));
  }

  @Test
  @DisplayName("TOPSIS, Tzeng & Huang (2011) Multiple Attribute Decision Making, CRC Press: 0.5037, 0.6581, 0.7482, 0.3340")
  void tzengHuang() {
    double[][] rows = {{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6}};
    double[] closeness = new Topsis(Topsis.Norm.VECTOR).aggregate(columns(rows), new double[] {0.3, 0.4, 0.3});
    double[] published = {0.5037, 0.6581, 0.7482, 0.3340};
    for (int i = 0; i < 4; i++) assertThat(closeness[i]).as("A" + (i + 1)).isCloseTo(published[i], within(0.00005));
  }

  @Test
  @DisplayName("TOPSIS, Ersoy (2021) LogForum 17(3) equipment selection: 0.308, 0.254, 0.327, 0.263, 0.857, 0.192")
  void equipmentSelection() {
    double[][] rows = {{256, 8, 41, 1.6, 1.77, 7347.16}, {256, 8, 32, 1.0, 1.8, 6919.99}, {256, 8, 53, 1.6, 1.9, 8400},
        {256, 8, 41, 1.0, 1.75, 6808.9}, {512, 8, 35, 1.6, 1.7, 8479.99}, {256, 4, 35, 1.6, 1.7, 7499.99}};
    double[][] c = columns(rows);
    for (int j : new int[] {4, 5}) for (int i = 0; i < 6; i++) c[j][i] = -c[j][i]; // two cost criteria
    double[] closeness = new Topsis(Topsis.Norm.VECTOR).aggregate(c, new double[] {0.405, 0.221, 0.134, 0.199, 0.007, 0.034});
    double[] published = {0.308, 0.254, 0.327, 0.263, 0.857, 0.192};
    for (int i = 0; i < 6; i++) assertThat(closeness[i]).as("A" + (i + 1)).isCloseTo(published[i], within(0.005));
  }

  @Test
  @DisplayName("VIKOR, Papathanasiou & Ploskas (2018) ch. 2 example, v = 0.625: Q = 0.640, 1.000, 0.693, 0.271, 0.000, 0.694")
  void vikor() {
    double[][] rows = {{8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4}};
    Vikor vikor = new Vikor(0.625);
    double[][] srq = vikor.sRQ(columns(rows), new double[] {0.4, 0.3, 0.1, 0.2});
    double[] published = {0.640, 1.000, 0.693, 0.271, 0.000, 0.694};
    for (int i = 0; i < 6; i++) assertThat(srq[2][i]).as("Q of A" + (i + 1)).isCloseTo(published[i], within(0.0005));
    assertThat(vikor.aggregate(columns(rows), new double[] {0.4, 0.3, 0.1, 0.2})[4]).as("score = 1 − Q").isCloseTo(1.0, within(1e-12));
    assertThatThrownBy(() -> new Vikor(1.5)).hasMessageContaining("[0, 1]");
  }

  @Test
  @DisplayName("harmonic mean by hand: 1/(0.5/1 + 0.5/4) = 1.6; zeros are refused")
  void harmonic() {
    var h = new WeightedHarmonic();
    assertThat(h.aggregate(new double[][] {{1}, {4}}, new double[] {0.5, 0.5})[0]).isCloseTo(1.6, within(1e-12));
    assertThat(h.unusable(new double[][] {{0, 1}, {2, 3}}, new double[] {0.5, 0.5})).containsExactly(new int[] {0, 0});
    assertThat(h.unusableReason()).contains("harmonic mean needs scores > 0");
  }

  @Test
  @DisplayName("Mazziotta–Pareto by hand: (100, 120) → 110 − 100/110 = 109.0909; an even profile (110, 110) keeps 110")
  void mazziottaPareto() {
    double[] mp = new MazziottaPareto().aggregate(new double[][] {{100, 110}, {120, 110}}, new double[] {0.5, 0.5});
    assertThat(mp[0]).isCloseTo(110 - 100.0 / 110, within(1e-12));
    assertThat(mp[1]).isCloseTo(110, within(1e-12));
  }

  @Test
  @DisplayName("TOPSIS with a fixed ideal 100 and anti-ideal 0: one criterion at 50 sits halfway, whatever the others score")
  void fixedIdeal() {
    // one child, weight 1: v = x/100, D⁺ = 1 − v, D⁻ = v → closeness = v
    double[] c = new Topsis(Topsis.Norm.VECTOR, 100.0, 0.0).aggregate(new double[][] {{50, 80, 90}}, new double[] {1});
    assertThat(c).containsExactly(new double[] {0.5, 0.8, 0.9}, within(1e-12));
    assertThatThrownBy(() -> new Topsis(Topsis.Norm.VECTOR, 0.0, 100.0)).hasMessageContaining("best > worst");
  }
}
