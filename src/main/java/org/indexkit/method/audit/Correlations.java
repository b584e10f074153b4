package org.indexkit.method.audit;

/** Pearson and Spearman correlation of two complete columns; NaN when either is constant. */
public final class Correlations {
  private Correlations() {}

  public static double pearson(double[] a, double[] b) {
    return pearsonMatrix(new double[][] {a, b})[0][1];
  }

  public static double spearman(double[] a, double[] b) {
    return spearmanMatrix(new double[][] {a, b})[0][1];
  }

  /** Pearson r of every pair of columns (1 on the diagonal, NaN beside a constant column): each column standardised once. */
  public static double[][] pearsonMatrix(double[][] columns) {
    int k = columns.length;
    double[][] z = new double[k][];
    for (int i = 0; i < k; i++) z[i] = constant(columns[i]) ? null : centredUnit(columns[i]);
    double[][] r = new double[k][k];
    for (int a = 0; a < k; a++) {
      org.indexkit.core.Work.check();
      r[a][a] = 1;
      for (int b = a + 1; b < k; b++) {
        double v = Double.NaN;
        if (z[a] != null && z[b] != null) v = Math.max(-1, Math.min(1, dot(z[a], z[b])));
        r[a][b] = r[b][a] = v;
      }
    }
    return r;
  }

  /** Spearman ρ of every pair: each column ranked once (ties averaged), then Pearson of the ranks. */
  public static double[][] spearmanMatrix(double[][] columns) {
    double[][] ranks = new double[columns.length][];
    for (int i = 0; i < columns.length; i++) ranks[i] = org.indexkit.method.rank.CompetitionRanking.averageRanks(columns[i]);
    return pearsonMatrix(ranks);
  }

  /** Four running sums, so the multiply-adds overlap instead of waiting on one another. */
  private static double dot(double[] x, double[] y) {
    double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int i = 0;
    for (; i + 3 < x.length; i += 4) {
      s0 += x[i] * y[i];
      s1 += x[i + 1] * y[i + 1];
      s2 += x[i + 2] * y[i + 2];
      s3 += x[i + 3] * y[i + 3];
    }
    for (; i < x.length; i++) s0 += x[i] * y[i];
    return (s0 + s1) + (s2 + s3);
  }

  /** (x − mean) scaled to unit length, so a dot product of two is their Pearson r. */
  private static double[] centredUnit(double[] x) {
    double mean = 0;
    for (double v : x) mean += v / x.length;
    double[] c = new double[x.length];
    double ss = 0;
    for (int i = 0; i < x.length; i++) {
      c[i] = x[i] - mean;
      ss += c[i] * c[i];
    }
    double norm = Math.sqrt(ss);
    for (int i = 0; i < c.length; i++) c[i] /= norm;
    return c;
  }

  /** Share of the variance on the first principal component of the columns' correlation matrix. */
  public static double firstComponentShare(double[][] columns) {
    int k = columns.length;
    if (k < 2) return Double.NaN;
    double[][] r = pearsonMatrix(columns);
    for (double[] row : r) for (double v : row) if (Double.isNaN(v)) return Double.NaN;
    double[] eigen = org.indexkit.method.linear.SymmetricEigen.of(r).values();
    return java.util.Arrays.stream(eigen).max().orElse(Double.NaN) / k;
  }

  private static boolean constant(double[] x) {
    for (double v : x) if (v != x[0]) return false;
    return true;
  }
}
