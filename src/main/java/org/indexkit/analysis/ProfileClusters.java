package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;
import org.indexkit.method.cluster.ClusterOrder;
import org.indexkit.method.cluster.KMeansClusters;
import org.indexkit.method.cluster.WardClusters;

/**
 * Clusters of profiles: entities grouped by several node scores at once (the composite's children by default), by
 * k-means or Ward's method on Euclidean distance, per year and league — seed 001's four 梯队 (综合领先型 / 均衡发展型 /
 * 特色追赶型 / 基础追赶型) describe profiles, not levels of one score. Clusters are numbered by the mean of their
 * centroid, 1 = highest, and labelled by the recipe's labels in that order.
 */
public final class ProfileClusters implements Analysis {
  static final String KEY = "analyses.clusters";
  private final boolean ward;
  private final int k;
  private final long seed;
  private final List<String> nodes, labels;

  public ProfileClusters(boolean ward, int k, long seed, List<String> nodes, List<String> labels) {
    if (labels != null && labels.size() != k) throw new IllegalArgumentException(k + " clusters need " + k + " labels, got " + labels.size());
    this.ward = ward;
    this.k = k;
    this.seed = seed;
    this.nodes = nodes == null ? null : List.copyOf(nodes);
    this.labels = labels == null ? null : List.copyOf(labels);
  }

  /** @param cluster per row, 1 = the centroid with the highest mean; @param centroids [segment index … flattened] per label */
  public record Result(List<NodeResult> nodes, int[] cluster, List<String> labels, Map<String, double[][]> centroids, String variant,
                       List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    List<NodeResult> chosen = ChosenNodes.of(r, nodes, KEY + ".nodes", 2, "a profile needs");
    int n = r.entities().size();
    Map<String, List<Integer>> segments = ResultSegments.of(r, true);
    int[] cluster = new int[n];
    Map<String, double[][]> centroids = new LinkedHashMap<>();
    for (var seg : segments.entrySet()) {
      List<Integer> rows = seg.getValue();
      double[][] x = new double[rows.size()][chosen.size()];
      for (int i = 0; i < rows.size(); i++) for (int j = 0; j < chosen.size(); j++) x[i][j] = chosen.get(j).scores()[rows.get(i)];
      int[] a;
      try {
        a = ward ? WardClusters.of(x, k) : KMeansClusters.of(x, k, seed);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Problem.ofKey(KEY + ".k", KEY + ": " + e.getMessage() + (seg.getKey().isEmpty() ? "" : " in " + seg.getKey())));
      }
      ClusterOrder order = ClusterOrder.byCentroidMean(x, a, k);
      for (int i = 0; i < rows.size(); i++) cluster[rows.get(i)] = order.number()[i];
      centroids.put(seg.getKey(), order.centroids());
    }
    List<String> names = labels != null ? labels : java.util.stream.IntStream.rangeClosed(1, k).mapToObj(c -> "Cluster " + c).toList();
    return new Result(chosen, cluster, names, centroids, (ward ? "Ward's method (ward.D2)" : "k-means (k-means++ from seed " + seed
        + ", Lloyd, best of 20 runs)") + " of the profiles " + chosen.stream().map(NodeResult::code).toList() + " into " + k
        + " clusters per year and league, Euclidean; cluster 1 = the highest centroid mean", List.of());
  }
}
