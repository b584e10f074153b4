package org.indexkit.method.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Objective weights against published examples and a hand calculation. */
class ObjectiveWeightsTest {
  static double[][] columns(double[][] rows) {
    double[][] c = new double[rows[0].length][rows.length];
    for (int i = 0; i < rows.length; i++) for (int j = 0; j < rows[0].length; j++) c[j][i] = rows[i][j];
    return c;
  }

  @Test
  @DisplayName("entropy by hand: columns (1, 1) and (1, 3) over n = 2")
  void entropyByHand() {
    // column 1: p = (½, ½), e = ln 2 / ln 2 = 1, d = 0. column 2: p = (¼, ¾),
    // e = −(¼ ln ¼ + ¾ ln ¾) / ln 2 = 0.811278, d = 0.188722 → weights (0, 1)
    double[] w = new EntropyWeights(false).weights(new double[][] {{1, 1}, {1, 3}});
    assertThat(w[0]).isCloseTo(0, within(1e-12));
    assertThat(w[1]).isCloseTo(1, within(1e-12));
    // three columns: (1, 3), (0, 2) with 0·ln0 = 0 (e = 0, d = 1), (2, 2) (d = 0): w = (0.188722, 1, 0)/1.188722
    double d2 = 1 + (0.25 * Math.log(0.25) + 0.75 * Math.log(0.75)) / Math.log(2);
    double[] w3 = new EntropyWeights(false).weights(new double[][] {{1, 3}, {0, 2}, {2, 2}});
    assertThat(w3[0]).isCloseTo(d2 / (d2 + 1), within(1e-12));
    assertThat(w3[1]).isCloseTo(1 / (d2 + 1), within(1e-12));
    assertThat(w3[2]).isCloseTo(0, within(1e-12));
  }

  @Test
  @DisplayName("entropy, Xu (2004) EJOR 156(2) 530–532: 0.4630, 0.3992, 0.1378, 0.0000")
  void entropyXu() {
    double[][] rows = {{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}};
    double[] w = new EntropyWeights(false).weights(columns(rows));
    double[] published = {0.4630, 0.3992, 0.1378, 0.0000};
    for (int j = 0; j < 4; j++) assertThat(w[j]).as("w" + (j + 1)).isCloseTo(published[j], within(0.00005));
  }

  @Test
  @DisplayName("entropy refuses negative values, or shifts them by |min| + 0.01 and says so")
  void entropyNegatives() {
    double[][] z = {{-1, 0, 1}, {1, 2, 3}};
    assertThatThrownBy(() -> new EntropyWeights(false).weights(z)).hasMessageContaining("column 1 has a negative value (-1.0)")
        .hasMessageContaining("shift");
    EntropyWeights shifting = new EntropyWeights(true);
    double[] w = shifting.weights(z);
    assertThat(w[0] + w[1]).isCloseTo(1, within(1e-12));
    assertThat(shifting.shifted()).extracting(Object::toString).containsExactly("column 1 shifted by 1.01");
    // shifted column 1 is (0.01, 1.01, 2.01): compare with the unshifted call on those values
    assertThat(w).containsExactly(new EntropyWeights(false).weights(new double[][] {{0.01, 1.01, 2.01}, {1, 2, 3}}), within(1e-12));
  }

  @Test
  @DisplayName("CRITIC, Tuş & Aytaç Adalı (2019) Opsearch 56(2): 0.157, 0.249, 0.168, 0.121, 0.154, 0.151")
  void critic() {
    double[][] rows = {{5000, 3, 3, 4, 3, 2}, {680, 5, 3, 2, 2, 1}, {2000, 3, 2, 3, 4, 3}, {600, 4, 3, 1, 2, 2}, {800, 2, 4, 3, 3, 4}};
    double[][] c = columns(rows);
    // the paper's CRITIC works on min-max normalised columns: (x − min)/(max − min)
    for (double[] col : c) {
      double min = java.util.Arrays.stream(col).min().orElseThrow(), max = java.util.Arrays.stream(col).max().orElseThrow();
      for (int i = 0; i < col.length; i++) col[i] = (col[i] - min) / (max - min);
    }
    double[] w = new CriticWeights().weights(c);
    double[] published = {0.157, 0.249, 0.168, 0.121, 0.154, 0.151};
    for (int j = 0; j < 6; j++) assertThat(w[j]).as("w" + (j + 1)).isCloseTo(published[j], within(0.0005));
  }

  @Test
  @DisplayName("standard deviation, Sałabun et al. (2020) Symmetry 12(9) 1549: 0.217, 0.294, 0.488")
  void standardDeviation() {
    double[][] rows = {{0.619, 0.449, 0.447}, {0.862, 0.466, 0.006}, {0.458, 0.698, 0.771}, {0.777, 0.631, 0.491}, {0.567, 0.992, 0.968}};
    double[] w = new StandardDeviationWeights().weights(columns(rows));
    double[] published = {0.217, 0.294, 0.488};
    for (int j = 0; j < 3; j++) assertThat(w[j]).isCloseTo(published[j], within(0.0005));
  }

  @Test
  @DisplayName("coefficient of variation by hand: (1, 3) has cv √2/2, (2, 4) has √2/3 → weights 0.6, 0.4; mean 0 refused")
  void variation() {
    double[] w = new VariationWeights().weights(new double[][] {{1, 3}, {2, 4}});
    assertThat(w[0]).isCloseTo(0.6, within(1e-12));
    assertThat(w[1]).isCloseTo(0.4, within(1e-12));
    assertThatThrownBy(() -> new VariationWeights().weights(new double[][] {{-1, 1}})).hasMessageContaining("mean 0");
  }

  @Test
  @DisplayName("PCA by hand: x and 2x + 3 (r = 1) and an uncorrelated z: eigenvalues 2, 1, 0, only 2 > 1 is kept → (½, ½, 0)")
  void pca() {
    double[] x = {1, 2, 3, 4};
    double[] y = {5, 7, 9, 11};
    double[] z = {1, -1, -1, 1}; // Σ (x − x̄)(z − z̄) = 0
    double[] w = new PcaWeights().weights(new double[][] {x, y, z});
    assertThat(w[0]).isCloseTo(0.5, within(1e-9));
    assertThat(w[1]).isCloseTo(0.5, within(1e-9));
    assertThat(w[2]).isCloseTo(0, within(1e-9));
  }
}
