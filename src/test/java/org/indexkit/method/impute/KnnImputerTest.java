package org.indexkit.method.impute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * kNN imputation computes each row's distances once (reliability finding H3: 800 × 200 at 50 % missing
 * took 92 s when they were computed again for every missing cell). The numbers must not change: the
 * test keeps the definition cell by cell — for each missing cell, distances to the rows that observed its
 * column, the k closest (ties by row order), their mean — and compares bit for bit.
 */
class KnnImputerTest {
  /** The definition, one missing cell at a time (the implementation before the speed-up). */
  static void byCell(double[][] x, int k) {
    int n = x.length, p = x[0].length;
    double[] sd = new double[p];
    for (int c = 0; c < p; c++) {
      double[] o = Imputer.observed(x, c);
      double s = 0, ss = 0;
      for (double v : o) s += v;
      double mean = s / o.length;
      for (double v : o) ss += (v - mean) * (v - mean);
      sd[c] = o.length > 1 ? Math.sqrt(ss / (o.length - 1)) : 0;
    }
    double[][] original = new double[n][];
    for (int r = 0; r < n; r++) original[r] = x[r].clone();
    for (int r = 0; r < n; r++)
      for (int c = 0; c < p; c++) {
        if (!Double.isNaN(original[r][c])) continue;
        double[] dist = new double[n];
        List<Integer> donors = new ArrayList<>();
        for (int o = 0; o < n; o++) {
          if (o == r || Double.isNaN(original[o][c])) continue;
          double d = 0;
          int shared = 0;
          for (int j = 0; j < p; j++) {
            if (Double.isNaN(original[r][j]) || Double.isNaN(original[o][j]) || sd[j] == 0) continue;
            double diff = (original[r][j] - original[o][j]) / sd[j];
            d += diff * diff;
            shared++;
          }
          dist[o] = shared == 0 ? Double.MAX_VALUE : Math.sqrt(d * p / shared);
          donors.add(o);
        }
        donors.sort((a, b) -> Double.compare(dist[a], dist[b]) != 0 ? Double.compare(dist[a], dist[b]) : Integer.compare(a, b));
        int use = Math.min(k, donors.size());
        double s = 0;
        for (int i = 0; i < use; i++) s += original[donors.get(i)][c];
        x[r][c] = s / use;
      }
  }

  @Test
  @DisplayName("row-wise distances give bit-identical values to the cell-by-cell definition, with ties and rows that share no column")
  void sameAsDefinition() {
    Random rnd = new Random(42);
    for (int trial = 0; trial < 40; trial++) {
      int n = 5 + rnd.nextInt(60), p = 2 + rnd.nextInt(8), k = 1 + rnd.nextInt(7);
      double[][] x = new double[n][p];
      for (double[] row : x)
        for (int j = 0; j < p; j++) row[j] = rnd.nextInt(5) == 0 ? Double.NaN : rnd.nextInt(3) == 0 ? rnd.nextInt(4) : rnd.nextGaussian();
      for (int j = 0; j < p; j++) x[j % n][j] = 1.5; // every column observed at least once
      double[][] expected = new double[n][], actual = new double[n][];
      for (int r = 0; r < n; r++) { expected[r] = x[r].clone(); actual[r] = x[r].clone(); }
      byCell(expected, k);
      new KnnImputer(k).fill(actual);
      for (int r = 0; r < n; r++)
        for (int j = 0; j < p; j++)
          assertThat(Double.doubleToRawLongBits(actual[r][j])).as("trial %d cell (%d, %d)", trial, r, j)
              .isEqualTo(Double.doubleToRawLongBits(expected[r][j]));
    }
  }
}
