package org.indexkit.method.linear;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.indexkit.core.Work;

/**
 * Eigenvalues and eigenvectors of a real symmetric matrix (a correlation matrix), in descending order
 * of eigenvalue. Commons Math's {@link EigenDecomposition} (Householder tridiagonalisation and QL) is
 * tried first, so results where it converges are unchanged; on rank-deficient matrices with many
 * (near-)zero eigenvalues — more indicators than entities — it can give up after its iteration limit,
 * and then the cyclic Jacobi method is used, which converges for every symmetric matrix (Golub &amp;
 * Van Loan, <i>Matrix Computations</i>, 4th ed., §8.5; rotation as in Numerical Recipes §11.1).
 */
public final class SymmetricEigen {
  private final double[] values;
  private final double[][] vectors; // vectors[h] is the unit eigenvector of values[h]
  private final boolean jacobi;

  private SymmetricEigen(double[] values, double[][] vectors, boolean jacobi) {
    this.values = values;
    this.vectors = vectors;
    this.jacobi = jacobi;
  }

  public static SymmetricEigen of(double[][] a) {
    try {
      EigenDecomposition e = new EigenDecomposition(new Array2DRowRealMatrix(a, true));
      double[] values = e.getRealEigenvalues();
      double[][] vectors = new double[values.length][];
      for (int h = 0; h < values.length; h++) vectors[h] = e.getEigenvector(h).toArray();
      return new SymmetricEigen(values, vectors, false);
    } catch (MaxCountExceededException e) {
      return jacobi(a);
    }
  }

  /** Cyclic Jacobi: sweeps of plane rotations, each zeroing one off-diagonal entry, until the off-diagonal mass vanishes. */
  static SymmetricEigen jacobi(double[][] a0) {
    int n = a0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) a[i] = a0[i].clone();
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) v[i][i] = 1;
    double scale = 0;
    for (double[] row : a) for (double x : row) scale += x * x;
    for (int sweep = 0; sweep < 100; sweep++) {
      Work.check();
      double off = 0;
      for (int p = 0; p < n; p++) for (int q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
      if (off <= 1e-30 * scale) break;
      for (int p = 0; p < n; p++)
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] == 0) continue;
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) t = 1;
          double c = 1 / Math.sqrt(t * t + 1), s = t * c;
          for (int k = 0; k < n; k++) { // A·J: columns p and q
            double akp = a[k][p], akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) { // Jᵀ·(A·J): rows p and q
            double apk = a[p][k], aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          a[p][q] = a[q][p] = 0;
          for (int k = 0; k < n; k++) { // V·J accumulates the eigenvectors as columns
            double vkp = v[k][p], vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
    double[] values = new double[n];
    double[][] vectors = new double[n][n];
    for (int h = 0; h < n; h++) {
      values[h] = a[order[h]][order[h]];
      for (int k = 0; k < n; k++) vectors[h][k] = v[k][order[h]];
    }
    return new SymmetricEigen(values, vectors, true);
  }

  /** The eigenvalues, largest first. */
  public double[] values() {
    return values.clone();
  }

  /** The unit eigenvector of {@code values()[h]}. */
  public double[] vector(int h) {
    return vectors[h].clone();
  }

  /** Whether the Jacobi fallback was needed (Commons Math did not converge). */
  public boolean byJacobi() {
    return jacobi;
  }
}
