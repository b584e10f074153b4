package org.indexkit.method.tier;

import java.util.function.Supplier;
import org.indexkit.method.cluster.ClusterOrder;
import org.indexkit.method.cluster.KMeansClusters;
import org.indexkit.method.cluster.WardClusters;

/**
 * Tiers as clusters of profiles: the entities grouped by the scores of the node's children at once (Euclidean; k-means++
 * from a seed with Lloyd's iterations, or Ward's method), tier 1 the cluster whose centroid has the highest mean. Seed
 * 001's four 梯队 (综合领先型 / 均衡发展型 / 特色追赶型 / 基础追赶型) are such profiles: a city strong in one dimension and one
 * even across all may share a composite score and not a tier, and tied composites need not share a tier.
 */
public final class ProfileTiers implements TierRule {
  private final boolean ward;
  private final int k;
  private final long seed;

  public ProfileTiers(boolean ward, int k, long seed) {
    this.ward = ward;
    this.k = k;
    this.seed = seed;
  }

  @Override
  public int[] assign(double[] scores, int[] ranks) {
    throw new IllegalArgumentException("profile tiers cluster a node's children: a leaf has none");
  }

  @Override
  public int[] assign(double[] scores, int[] ranks, Supplier<double[][]> profile) {
    double[][] x = profile.get();
    if (x.length > 0 && x[0].length < 2) throw new IllegalArgumentException("a profile needs at least two children, found " + x[0].length);
    int[] cluster = ward ? WardClusters.of(x, k) : KMeansClusters.of(x, k, seed);
    return ClusterOrder.byCentroidMean(x, cluster, k).number();
  }

  @Override
  public String variant() {
    return (ward ? "Ward's method (ward.D2)" : "k-means (k-means++ seed " + seed + ", Lloyd, best of 20 runs)") + " of the profiles (the "
        + "children's scores, Euclidean) into " + k + " tiers; tier 1 = the cluster with the highest centroid mean";
  }
}
