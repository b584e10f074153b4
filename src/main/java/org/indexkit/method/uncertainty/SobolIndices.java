package org.indexkit.method.uncertainty;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Variance-based sensitivity indices of a model with k independent inputs, each uniform on [0, 1)
 * (the caller maps them to its own ranges): first-order S_i by Saltelli et al. (2010) and total ST_i
 * by Jansen (1999), from matrices A, B and A_B^(i) of N rows (N·(k + 2) model runs), with
 * 95 % bootstrap confidence intervals (percentile method). Each row's inputs come from a generator
 * seeded from {@code seed} and the row number, so results do not depend on threads.
 */
public final class SobolIndices {
  /** Point estimates and bootstrap intervals per input. */
  public record Result(double[] first, double[] total, double[][] firstInterval, double[][] totalInterval, int modelRuns) {}

  private SobolIndices() {}

  public static Result estimate(ToDoubleFunction<double[]> model, int k, int n, int bootstrap, long seed) {
    double[][] a = new double[n][k], b = new double[n][k];
    for (int j = 0; j < n; j++) {
      SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + j);
      for (int i = 0; i < k; i++) a[j][i] = rnd.nextDouble();
      for (int i = 0; i < k; i++) b[j][i] = rnd.nextDouble();
    }
    double[] fa = IntStream.range(0, n).parallel().mapToDouble(j -> model.applyAsDouble(a[j])).toArray();
    double[] fb = IntStream.range(0, n).parallel().mapToDouble(j -> model.applyAsDouble(b[j])).toArray();
    double[][] fab = new double[k][];
    for (int i = 0; i < k; i++) {
      org.indexkit.core.Work.check(); // between the input columns: a stopped analysis ends within one column's runs
      final int col = i;
      fab[i] = IntStream.range(0, n).parallel().mapToDouble(j -> {
        double[] x = a[j].clone();
        x[col] = b[j][col];
        return model.applyAsDouble(x);
      }).toArray();
    }
    int[] all = IntStream.range(0, n).toArray();
    double[] first = new double[k], total = new double[k];
    indices(fa, fb, fab, all, first, total);
    double[][] fi = new double[k][2], ti = new double[k][2];
    if (bootstrap > 0) {
      double[][] fs = new double[k][bootstrap], ts = new double[k][bootstrap];
      SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
      for (int s = 0; s < bootstrap; s++) {
        int[] pick = new int[n];
        for (int j = 0; j < n; j++) pick[j] = rnd.nextInt(n);
        double[] f = new double[k], t = new double[k];
        indices(fa, fb, fab, pick, f, t);
        for (int i = 0; i < k; i++) { fs[i][s] = f[i]; ts[i][s] = t[i]; }
      }
      for (int i = 0; i < k; i++) {
        Arrays.sort(fs[i]);
        Arrays.sort(ts[i]);
        fi[i] = new double[] {quantile(fs[i], 0.025), quantile(fs[i], 0.975)};
        ti[i] = new double[] {quantile(ts[i], 0.025), quantile(ts[i], 0.975)};
      }
    }
    return new Result(first, total, fi, ti, n * (k + 2));
  }

  private static void indices(double[] fa, double[] fb, double[][] fab, int[] rows, double[] first, double[] total) {
    int n = rows.length;
    double mean = 0;
    for (int j : rows) mean += fa[j] + fb[j];
    mean /= 2 * n;
    double var = 0;
    for (int j : rows) var += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
    var /= 2 * n - 1;
    for (int i = 0; i < first.length; i++) {
      double s = 0, t = 0;
      for (int j : rows) {
        s += fb[j] * (fab[i][j] - fa[j]);
        t += (fa[j] - fab[i][j]) * (fa[j] - fab[i][j]);
      }
      first[i] = var == 0 ? 0 : s / n / var;
      total[i] = var == 0 ? 0 : t / (2.0 * n) / var;
    }
  }
  /** R type 7 quantile of sorted values. */
  public static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
