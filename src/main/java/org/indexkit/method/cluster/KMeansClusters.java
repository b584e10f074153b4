package org.indexkit.method.cluster;

import java.util.SplittableRandom;

/**
 * k-means on profile vectors (rows × Euclidean dimensions), deterministic: k-means++ seeding from a fixed seed, Lloyd's
 * iterations to a fixed point, the best of 20 runs by within-cluster sum of squares (Hartigan &amp; Wong's objective; the
 * algorithm is Lloyd's, as R's {@code kmeans(algorithm = "Lloyd")}). Clusters are numbered 0 … k − 1 in no order.
 */
public final class KMeansClusters {
  private static final int TRIALS = 20, MAX_ITERATIONS = 300;

  private KMeansClusters() {}

  /** @param x [row][dimension] */
  public static int[] of(double[][] x, int k, long seed) {
    int n = x.length;
    if (n < k) throw new IllegalArgumentException("k-means with k = " + k + " needs at least " + k + " entities, got " + n);
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] best = null;
    double bestSS = Double.POSITIVE_INFINITY;
    for (int t = 0; t < TRIALS; t++) {
      org.indexkit.core.Work.check();
      int[] a = lloyd(x, seeds(x, k, rnd), k);
      double ss = withinSS(x, a, k);
      if (best == null || ss < bestSS - 1e-12 * Math.abs(bestSS)) {
        best = a;
        bestSS = ss;
      }
    }
    return best;
  }

  static double d2(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) s += (a[j] - b[j]) * (a[j] - b[j]);
    return s;
  }

  private static double[][] seeds(double[][] x, int k, SplittableRandom rnd) {
    int n = x.length;
    double[][] c = new double[k][];
    double[] dist = new double[n];
    java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
    c[0] = x[rnd.nextInt(n)].clone();
    for (int m = 1; m < k; m++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        dist[i] = Math.min(dist[i], d2(x[i], c[m - 1]));
        total += dist[i];
      }
      int pick = n - 1;
      double u = rnd.nextDouble() * total;
      for (int i = 0; i < n; i++) if ((u -= dist[i]) < 0 && dist[i] > 0) { pick = i; break; }
      c[m] = x[pick].clone();
    }
    return c;
  }

  private static int[] lloyd(double[][] x, double[][] c, int k) {
    int n = x.length, dims = x[0].length;
    int[] a = new int[n];
    java.util.Arrays.fill(a, -1);
    for (int it = 0; it < MAX_ITERATIONS; it++) {
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        int best = 0;
        for (int m = 1; m < k; m++) if (d2(x[i], c[m]) < d2(x[i], c[best])) best = m;
        if (best != a[i]) { a[i] = best; changed = true; }
      }
      if (!changed) break;
      double[][] sum = new double[k][dims];
      int[] count = new int[k];
      for (int i = 0; i < n; i++) {
        count[a[i]]++;
        for (int j = 0; j < dims; j++) sum[a[i]][j] += x[i][j];
      }
      for (int m = 0; m < k; m++) if (count[m] > 0) for (int j = 0; j < dims; j++) c[m][j] = sum[m][j] / count[m];
    }
    return a;
  }

  /** Σ over clusters of the squared distances to the cluster's mean. */
  public static double withinSS(double[][] x, int[] a, int k) {
    int dims = x[0].length;
    double[][] mean = new double[k][dims];
    int[] count = new int[k];
    for (int i = 0; i < x.length; i++) {
      count[a[i]]++;
      for (int j = 0; j < dims; j++) mean[a[i]][j] += x[i][j];
    }
    for (int m = 0; m < k; m++) if (count[m] > 0) for (int j = 0; j < dims; j++) mean[m][j] /= count[m];
    double ss = 0;
    for (int i = 0; i < x.length; i++) ss += d2(x[i], mean[a[i]]);
    return ss;
  }
}
