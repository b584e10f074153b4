package org.indexkit.method.impute;

/**
 * k nearest neighbours: each missing cell gets the mean of that column over the k entities closest
 * to its row, by Euclidean distance on standardised columns (z-scores of the observed values), using
 * the columns both rows have and scaling up for the ones they lack; only entities that observed the
 * column are donors.
 */
public final class KnnImputer implements Imputer {
  private final int k;

  public KnnImputer(int k) {
    this.k = k;
  }

  @Override
  public void fill(double[][] x) {
    int n = x.length, p = n == 0 ? 0 : x[0].length;
    double[] mean = new double[p], sd = new double[p];
    for (int c = 0; c < p; c++) {
      double[] o = Imputer.observed(x, c);
      double s = 0;
      for (double v : o) s += v;
      mean[c] = s / o.length;
      double ss = 0;
      for (double v : o) ss += (v - mean[c]) * (v - mean[c]);
      sd[c] = o.length > 1 ? Math.sqrt(ss / (o.length - 1)) : 0;
    }
    double[][] original = new double[n][];
    for (int r = 0; r < n; r++) original[r] = x[r].clone();
    double[] dist = new double[n];
    for (int r = 0; r < n; r++) {
      if (!hasMissing(original[r])) continue;
      org.indexkit.core.Work.check();
      // the distance to each other entity does not depend on the missing column: computed once per row
      for (int o = 0; o < n; o++) {
        if (o == r) continue;
        double d = 0;
        int shared = 0;
        for (int j = 0; j < p; j++) {
          if (Double.isNaN(original[r][j]) || Double.isNaN(original[o][j]) || sd[j] == 0) continue;
          double diff = (original[r][j] - original[o][j]) / sd[j];
          d += diff * diff;
          shared++;
        }
        dist[o] = shared == 0 ? Double.MAX_VALUE : Math.sqrt(d * p / shared);
      }
      Integer[] order = new Integer[n - 1];
      for (int o = 0, i = 0; o < n; o++) if (o != r) order[i++] = o;
      java.util.Arrays.sort(order, (a, b) -> Double.compare(dist[a], dist[b]) != 0 ? Double.compare(dist[a], dist[b]) : Integer.compare(a, b));
      for (int c = 0; c < p; c++) {
        if (!Double.isNaN(original[r][c])) continue;
        int use = 0;
        double s = 0;
        for (int i = 0; i < order.length && use < k; i++) // the k closest that observed the column, closest first
          if (!Double.isNaN(original[order[i]][c])) {
            s += original[order[i]][c];
            use++;
          }
        x[r][c] = s / use;
      }
    }
  }

  private static boolean hasMissing(double[] row) {
    for (double v : row) if (Double.isNaN(v)) return true;
    return false;
  }

  @Override
  public String variant() {
    return "k nearest neighbours (k = " + k + "), Euclidean distance on standardised columns, mean of the donors";
  }
}
