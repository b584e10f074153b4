package org.indexkit.method.linear;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Non-negative least squares, {@code min ‖A·x − b‖₂ subject to x ≥ 0}, by the active-set algorithm of Lawson and Hanson
 * (Solving Least Squares Problems, 1974, ch. 23, algorithm NNLS): variables move from the zero set to the free set by the
 * largest gradient {@code w = Aᵀ(b − A·x)}, each free subproblem solved by QR (Commons Math), and a step that would make a
 * free variable negative is cut back to the boundary. Columns marked free ({@code unconstrained}) are never held at zero: an
 * intercept.
 */
public final class NonNegativeLeastSquares {
  private NonNegativeLeastSquares() {}

  /** The solution x, one entry per column of {@code a}. */
  public static double[] solve(double[][] a, double[] b) {
    return solve(a, b, new boolean[a[0].length]);
  }

  /**
   * @param unconstrained columns whose coefficient may take any sign (solved by least squares together with the free set)
   */
  public static double[] solve(double[][] a, double[] b, boolean[] unconstrained) {
    int n = a[0].length;
    double[] x = new double[n];
    boolean[] free = unconstrained.clone();
    double tol = 1e-12 * norm(a) * Math.max(1, norm(b));
    if (anyFree(free)) x = sub(a, b, free); // the unconstrained columns first, alone
    for (int iter = 0; iter < 30 * n + 30; iter++) {
      double[] w = gradient(a, b, x);
      int enter = -1;
      for (int j = 0; j < n; j++) if (!free[j] && w[j] > tol && (enter < 0 || w[j] > w[enter])) enter = j;
      if (enter < 0) return x;
      free[enter] = true;
      while (true) { // the inner loop: keep the free set's solution feasible
        double[] z = sub(a, b, free);
        double alpha = 1;
        int leave = -1;
        for (int j = 0; j < n; j++)
          if (free[j] && !unconstrained[j] && z[j] <= 0) {
            double step = x[j] / (x[j] - z[j]);
            if (step < alpha) {
              alpha = step;
              leave = j;
            }
          }
        if (leave < 0) {
          x = z;
          break;
        }
        for (int j = 0; j < n; j++) x[j] += alpha * (z[j] - x[j]);
        for (int j = 0; j < n; j++) if (free[j] && !unconstrained[j] && x[j] <= tol) {
          free[j] = false;
          x[j] = 0;
        }
      }
    }
    return x;
  }

  /** The least-squares solution on the free columns, zero elsewhere. */
  private static double[] sub(double[][] a, double[] b, boolean[] free) {
    int m = a.length, k = 0;
    int[] cols = new int[a[0].length];
    for (int j = 0; j < free.length; j++) if (free[j]) cols[k++] = j;
    RealMatrix s = new Array2DRowRealMatrix(m, k);
    for (int i = 0; i < m; i++) for (int c = 0; c < k; c++) s.setEntry(i, c, a[i][cols[c]]);
    double[] sol = new QRDecomposition(s, 1e-14).getSolver().solve(new ArrayRealVector(b)).toArray();
    double[] z = new double[free.length];
    for (int c = 0; c < k; c++) z[cols[c]] = sol[c];
    return z;
  }

  private static double[] gradient(double[][] a, double[] b, double[] x) {
    double[] w = new double[x.length];
    for (int i = 0; i < a.length; i++) {
      double r = b[i];
      for (int j = 0; j < x.length; j++) r -= a[i][j] * x[j];
      for (int j = 0; j < x.length; j++) w[j] += a[i][j] * r;
    }
    return w;
  }

  private static boolean anyFree(boolean[] f) {
    for (boolean b : f) if (b) return true;
    return false;
  }

  private static double norm(double[][] a) {
    return Math.sqrt(Arrays.stream(a).flatMapToDouble(Arrays::stream).map(v -> v * v).sum());
  }

  private static double norm(double[] b) {
    return Math.sqrt(Arrays.stream(b).map(v -> v * v).sum());
  }
}
