package org.indexkit.method.audit;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/** Pearson and Spearman correlation of two complete columns; NaN when either is constant. */
public final class Correlations {
  private Correlations() {}

  public static double pearson(double[] a, double[] b) {
    return constant(a) || constant(b) ? Double.NaN : new PearsonsCorrelation().correlation(a, b);
  }

  public static double spearman(double[] a, double[] b) {
    return constant(a) || constant(b) ? Double.NaN : new SpearmansCorrelation().correlation(a, b);
  }

  /** Share of the variance on the first principal component of the columns' correlation matrix. */
  public static double firstComponentShare(double[][] columns) {
    int k = columns.length;
    if (k < 2) return Double.NaN;
    double[][] r = new double[k][k];
    for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) r[i][j] = i == j ? 1 : pearson(columns[i], columns[j]);
    for (double[] row : r) for (double v : row) if (Double.isNaN(v)) return Double.NaN;
    double[] eigen = new org.apache.commons.math3.linear.EigenDecomposition(
        new org.apache.commons.math3.linear.Array2DRowRealMatrix(r)).getRealEigenvalues();
    return java.util.Arrays.stream(eigen).max().orElse(Double.NaN) / k;
  }

  private static boolean constant(double[] x) {
    for (double v : x) if (v != x[0]) return false;
    return true;
  }
}
