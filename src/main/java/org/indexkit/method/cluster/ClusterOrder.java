package org.indexkit.method.cluster;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Clusters found in no order, numbered by the mean of their centroid's coordinates: 1 = the highest (equal means keep the
 * clusters' first-found order), as a tier 1 is the best.
 *
 * @param number per row, 1 … k
 * @param centroids the centroids in that order, [number − 1][dimension]
 */
public record ClusterOrder(int[] number, double[][] centroids) {

  /** @param x [row][dimension]; @param cluster per row, 0 … k − 1 */
  public static ClusterOrder byCentroidMean(double[][] x, int[] cluster, int k) {
    int dims = x.length == 0 ? 0 : x[0].length;
    double[][] mean = new double[k][dims];
    int[] count = new int[k];
    for (int i = 0; i < x.length; i++) {
      count[cluster[i]]++;
      for (int j = 0; j < dims; j++) mean[cluster[i]][j] += x[i][j];
    }
    for (int c = 0; c < k; c++) for (int j = 0; j < dims; j++) mean[c][j] /= Math.max(1, count[c]);
    Integer[] order = IntStream.range(0, k).boxed()
        .sorted(Comparator.comparingDouble((Integer c) -> -Arrays.stream(mean[c]).average().orElse(0)).thenComparingInt(c -> c))
        .toArray(Integer[]::new);
    int[] numberOf = new int[k];
    double[][] sorted = new double[k][];
    for (int pos = 0; pos < k; pos++) {
      numberOf[order[pos]] = pos + 1;
      sorted[pos] = mean[order[pos]];
    }
    int[] number = new int[x.length];
    for (int i = 0; i < x.length; i++) number[i] = numberOf[cluster[i]];
    return new ClusterOrder(number, sorted);
  }
}
