package org.indexkit.method.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The eigen-decomposition behind PCA weights and the audit's first-component share. Checked by the
 * identities every eigen-decomposition satisfies (A·v = λ·v, orthonormal vectors, Σλ = trace A), on
 * the correlation matrices of reliability finding H5: more indicators than entities, where Commons
 * Math's QL iteration gave up and the server answered 500.
 */
class SymmetricEigenTest {
  /** The correlation matrix of n random entities on p indicators (values 0–100 with 3 decimals, as the tester sent). */
  static double[][] correlation(int n, int p, long seed) {
    Random r = new Random(seed);
    double[][] data = new double[n][p];
    for (double[] row : data) for (int j = 0; j < p; j++) row[j] = Math.round(r.nextDouble() * 100_000) / 1000.0;
    return new PearsonsCorrelation(data).getCorrelationMatrix().getData();
  }

  static void assertDecomposes(double[][] a, SymmetricEigen e) {
    int n = a.length;
    double[] l = e.values();
    double trace = 0, sum = 0;
    for (int i = 0; i < n; i++) { trace += a[i][i]; sum += l[i]; }
    assertThat(sum).as("Σλ = trace").isCloseTo(trace, within(1e-8 * n));
    for (int h = 0; h < n; h++) {
      if (h > 0) assertThat(l[h]).as("descending").isLessThanOrEqualTo(l[h - 1] + 1e-12);
      double[] v = e.vector(h);
      for (int i = 0; i < n; i++) {
        double av = 0;
        for (int k = 0; k < n; k++) av += a[i][k] * v[k];
        assertThat(av).as("(A·v - λ·v)[%d] of vector %d", i, h).isCloseTo(l[h] * v[i], within(1e-8));
      }
      for (int g = 0; g <= h; g += Math.max(1, h / 7)) {
        double dot = 0;
        double[] w = e.vector(g);
        for (int k = 0; k < n; k++) dot += v[k] * w[k];
        assertThat(dot).as("v%d·v%d", h, g).isCloseTo(g == h ? 1 : 0, within(1e-8));
      }
    }
  }

  @Test
  @DisplayName("Jacobi decomposes a full-rank and a rank-deficient correlation matrix (30 entities × 100 indicators: rank 29)")
  void jacobi() {
    assertDecomposes(correlation(200, 20, 1), SymmetricEigen.jacobi(correlation(200, 20, 1)));
    double[][] deficient = correlation(30, 100, 2);
    SymmetricEigen e = SymmetricEigen.jacobi(deficient);
    assertDecomposes(deficient, e);
    long zero = java.util.Arrays.stream(e.values()).filter(v -> Math.abs(v) < 1e-8).count();
    assertThat(zero).as("eigenvalues that vanish: p − (n − 1)").isEqualTo(100 - 29);
  }

  @Test
  @DisplayName("where Commons Math converges its answer is kept unchanged; where it gives up (finding H5) Jacobi answers")
  void fallback() {
    double[][] full = correlation(200, 20, 3);
    var cm = new org.apache.commons.math3.linear.EigenDecomposition(new org.apache.commons.math3.linear.Array2DRowRealMatrix(full));
    SymmetricEigen e = SymmetricEigen.of(full);
    assertThat(e.byJacobi()).isFalse();
    assertThat(e.values()).containsExactly(cm.getRealEigenvalues());
    int fellBack = 0;
    for (long seed = 1; seed <= 6; seed++) {
      double[][] a = correlation(100, 150, seed);
      SymmetricEigen s = SymmetricEigen.of(a);
      assertDecomposes(a, s);
      if (s.byJacobi()) fellBack++;
    }
    assertThat(fellBack).as("matrices (100 × 150) on which Commons Math gave up and Jacobi answered").isPositive();
  }
}
