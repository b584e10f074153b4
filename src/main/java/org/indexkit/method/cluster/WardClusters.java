package org.indexkit.method.cluster;

/**
 * Agglomerative clustering with Ward's criterion on Euclidean profile vectors (Ward 1963; R's {@code hclust(method =
 * "ward.D2")} on Euclidean distances gives the same merges): start with every row its own cluster and repeatedly merge
 * the pair whose union raises the within-cluster sum of squares least, Δ = (nₐn_b/(nₐ + n_b))·‖μₐ − μ_b‖², until k
 * clusters remain; ties merge the pair found first. O(n³): meant for an index's few hundred entities.
 */
public final class WardClusters {
  private WardClusters() {}

  public static int[] of(double[][] x, int k) {
    int n = x.length, dims = x[0].length;
    if (n < k) throw new IllegalArgumentException("Ward clustering with k = " + k + " needs at least " + k + " entities, got " + n);
    double[][] mean = new double[n][];
    int[] size = new int[n], of = new int[n];
    boolean[] alive = new boolean[n];
    for (int i = 0; i < n; i++) {
      mean[i] = x[i].clone();
      size[i] = 1;
      of[i] = i;
      alive[i] = true;
    }
    for (int clusters = n; clusters > k; clusters--) {
      org.indexkit.core.Work.check();
      int ba = -1, bb = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int a = 0; a < n; a++) {
        if (!alive[a]) continue;
        for (int b = a + 1; b < n; b++) {
          if (!alive[b]) continue;
          double cost = size[a] * (double) size[b] / (size[a] + size[b]) * KMeansClusters.d2(mean[a], mean[b]);
          if (cost < best) { best = cost; ba = a; bb = b; }
        }
      }
      for (int j = 0; j < dims; j++) mean[ba][j] = (mean[ba][j] * size[ba] + mean[bb][j] * size[bb]) / (size[ba] + size[bb]);
      size[ba] += size[bb];
      alive[bb] = false;
      for (int i = 0; i < n; i++) if (of[i] == bb) of[i] = ba;
    }
    int[] id = new int[n];
    java.util.Arrays.fill(id, -1);
    int next = 0;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      if (id[of[i]] < 0) id[of[i]] = next++;
      out[i] = id[of[i]];
    }
    return out;
  }
}
