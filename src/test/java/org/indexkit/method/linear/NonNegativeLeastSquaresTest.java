package org.indexkit.method.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NonNegativeLeastSquaresTest {
  @Test
  @DisplayName("by hand: A = [1 0; 0 1; 1 1], b = (2, −1, 1): least squares gives (2, −1); with x ≥ 0, x₂ = 0 and x₁ minimises "
      + "(x₁ − 2)² + (x₁ − 1)², so 1.5")
  void byHand() {
    double[][] a = {{1, 0}, {0, 1}, {1, 1}};
    double[] x = NonNegativeLeastSquares.solve(a, new double[] {2, -1, 1});
    assertThat(x[0]).isCloseTo(1.5, within(1e-12));
    assertThat(x[1]).isZero();
  }

  @Test
  @DisplayName("an unconstrained column (an intercept) may go negative: y = −3 + 2x exactly is recovered")
  void intercept() {
    double[][] a = {{1, 1}, {1, 2}, {1, 4}, {1, 7}};
    double[] x = NonNegativeLeastSquares.solve(a, new double[] {-1, 1, 5, 11}, new boolean[] {true, false});
    assertThat(x[0]).isCloseTo(-3, within(1e-12));
    assertThat(x[1]).isCloseTo(2, within(1e-12));
  }

  @Test
  @DisplayName("on 200 random problems the Karush–Kuhn–Tucker conditions hold: x ≥ 0, the gradient Aᵀ(b − Ax) is 0 where x > 0 "
      + "and ≤ 0 where x = 0 — the optimality certificate of the solution")
  void optimality() {
    Random rnd = new Random(19);
    for (int t = 0; t < 200; t++) {
      int m = 5 + rnd.nextInt(30), n = 1 + rnd.nextInt(6);
      double[][] a = new double[m][n];
      double[] b = new double[m];
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) a[i][j] = rnd.nextGaussian();
        b[i] = rnd.nextGaussian() * 3;
      }
      double[] x = NonNegativeLeastSquares.solve(a, b);
      for (int j = 0; j < n; j++) {
        double g = 0;
        for (int i = 0; i < m; i++) {
          double r = b[i];
          for (int k = 0; k < n; k++) r -= a[i][k] * x[k];
          g += a[i][j] * r;
        }
        assertThat(x[j]).as("problem %d, x%d", t, j).isGreaterThanOrEqualTo(0);
        if (x[j] > 0) assertThat(g).as("problem %d: gradient at a positive x%d", t, j).isCloseTo(0, within(1e-9));
        else assertThat(g).as("problem %d: gradient at x%d = 0", t, j).isLessThan(1e-9);
      }
    }
  }
}
