package org.indexkit.analysis.fit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Least squares on the simplex, {@code min ‖b − a − X·w‖₂ subject to w ≥ 0, Σ w = 1} (with or without a free intercept a),
 * solved exactly: the problem is convex, so its solution is the equality-constrained least-squares solution on its own
 * support; every support S is solved (w_s = 1 − Σ of the others eliminated, the rest by QR) and the feasible one with the
 * least sum of squares is the minimum. 2^k supports: for the few children a published level has ({@value #MAX_COLUMNS} at most).
 */
final class SimplexLeastSquares {
  static final int MAX_COLUMNS = 16;

  private SimplexLeastSquares() {}

  /** (a, w₁ … w_k) with an intercept, else (w₁ … w_k). */
  static double[] solve(double[][] x, double[] b, boolean intercept) {
    int m = b.length, k = x[0].length, off = intercept ? 1 : 0;
    if (k > MAX_COLUMNS) throw new IllegalArgumentException(k + " children: at most " + MAX_COLUMNS + " can be fitted as a weighted mean");
    double[] best = null;
    double bestSs = Double.POSITIVE_INFINITY;
    for (int subset = 1; subset < 1 << k; subset++) {
      final int set = subset;
      int[] s = java.util.stream.IntStream.range(0, k).filter(j -> (set >> j & 1) == 1).toArray();
      int last = s[s.length - 1], free = s.length - 1 + off;
      if (free >= m) continue;
      double[] coef = new double[free];
      if (free > 0) { // b − x_last = a + Σ_{j ≠ last} w_j (x_j − x_last)
        RealMatrix a = new Array2DRowRealMatrix(m, free);
        double[] y = new double[m];
        for (int r = 0; r < m; r++) {
          if (intercept) a.setEntry(r, 0, 1);
          for (int c = 0; c < s.length - 1; c++) a.setEntry(r, off + c, x[r][s[c]] - x[r][last]);
          y[r] = b[r] - x[r][last];
        }
        var solver = new QRDecomposition(a, 1e-14).getSolver();
        if (!solver.isNonSingular()) continue;
        coef = solver.solve(new ArrayRealVector(y)).toArray();
      }
      double[] sol = new double[off + k];
      if (intercept) sol[0] = coef[0];
      double rest = 1;
      for (int c = 0; c < s.length - 1; c++) {
        sol[off + s[c]] = coef[off + c];
        rest -= coef[off + c];
      }
      sol[off + last] = rest;
      boolean feasible = true;
      for (int j = off; j < sol.length; j++) feasible &= sol[j] >= -1e-12;
      if (!feasible) continue;
      double ss = 0;
      for (int r = 0; r < m; r++) {
        double e = b[r] - (intercept ? sol[0] : 0);
        for (int j = 0; j < k; j++) e -= sol[off + j] * x[r][j];
        ss += e * e;
      }
      if (best == null || ss < bestSs - 1e-12 * Math.max(1, bestSs)) {
        bestSs = ss;
        best = sol;
      }
    }
    for (int j = off; j < best.length; j++) best[j] = Math.max(0, best[j]);
    return best;
  }
}
