package org.indexkit.analysis;

import java.util.List;
import java.util.Map;

/**
 * A spatial weights matrix W for n entities: from coordinates — binary neighbours within a distance band, the k nearest,
 * or inverse distance 1/d — or from neighbour lists; then row-standardised (each row sums to 1, spdep's style "W") or kept
 * binary / raw ("B"). An entity without neighbours (an island) keeps a zero row, and is named.
 */
public final class SpatialWeights {
  private SpatialWeights() {}

  public record Matrix(double[][] w, List<String> islands) {}

  public static double[][] band(double[][] xy, double d) {
    int n = xy.length;
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (i != j && dist(xy[i], xy[j]) <= d + 1e-12) w[i][j] = 1;
    return w;
  }

  public static double[][] nearest(double[][] xy, int k) {
    int n = xy.length;
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      final int at = i;
      java.util.stream.IntStream.range(0, n).filter(j -> j != at).boxed()
          .sorted(java.util.Comparator.<Integer>comparingDouble(j -> dist(xy[at], xy[j])).thenComparingInt(j -> j)).limit(k)
          .forEach(j -> w[at][j] = 1);
    }
    return w;
  }

  public static double[][] inverseDistance(double[][] xy) {
    int n = xy.length;
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++) {
        double d = dist(xy[i], xy[j]);
        if (i != j) w[i][j] = d == 0 ? 0 : 1 / d;
      }
    return w;
  }

  /** @param neighbours entity → its neighbours' names; an unknown name is refused by the caller's message */
  public static double[][] lists(List<String> entities, Map<String, List<String>> neighbours) {
    int n = entities.size();
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++)
      for (String other : neighbours.getOrDefault(entities.get(i), List.of())) {
        int j = entities.indexOf(other);
        if (j < 0) throw new IllegalArgumentException("\"" + entities.get(i) + "\"'s neighbour \"" + other + "\" is not an entity");
        if (j != i) w[i][j] = 1;
      }
    return w;
  }

  /** Row-standardised (style W) or as built (style B); islands named. */
  public static Matrix finish(double[][] w, boolean rowStandardise, List<String> entities) {
    List<String> islands = new java.util.ArrayList<>();
    double[][] out = new double[w.length][];
    for (int i = 0; i < w.length; i++) {
      double sum = java.util.Arrays.stream(w[i]).sum();
      if (sum == 0) islands.add(entities.get(i));
      out[i] = w[i].clone();
      if (rowStandardise && sum > 0) for (int j = 0; j < w.length; j++) out[i][j] /= sum;
    }
    return new Matrix(out, List.copyOf(islands));
  }

  private static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }
}
