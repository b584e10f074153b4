package org.indexkit.method.tier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.clustering.MultiKMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * k-means clusters of the scores (seed 001: "聚类分析" into four 梯队), made deterministic and
 * ordered: k-means++ seeding from a fixed seed, the best of 10 runs by within-cluster variance,
 * clusters numbered by centroid score so tier 1 holds the highest scores. Commons Math 3.6.1.
 */
public final class KMeansTiers implements TierRule {
  private static final int TRIALS = 10;
  private static final int MAX_ITERATIONS = 300;
  private final int k;
  private final long seed;

  public KMeansTiers(int k, long seed) {
    this.k = k;
    this.seed = seed;
  }

  @Override
  public int[] assign(double[] scores, int[] ranks) {
    long distinct = Arrays.stream(scores).distinct().count();
    if (distinct < k)
      throw new IllegalArgumentException("k-means with k = " + k + " needs at least " + k
          + " different scores, found " + distinct);
    List<DoublePoint> points = new ArrayList<>(scores.length);
    for (double s : scores) points.add(new DoublePoint(new double[] {s}));
    var one = new KMeansPlusPlusClusterer<DoublePoint>(k, MAX_ITERATIONS, new EuclideanDistance(),
        new JDKRandomGenerator((int) seed ^ (int) (seed >>> 32)));
    List<CentroidCluster<DoublePoint>> clusters = new MultiKMeansPlusPlusClusterer<>(one, TRIALS).cluster(points);
    clusters = new ArrayList<>(clusters);
    clusters.sort(Comparator.comparingDouble((CentroidCluster<DoublePoint> c) -> c.getCenter().getPoint()[0]).reversed());
    int[] tiers = new int[scores.length];
    // Clusters hold the point objects; map each back by identity to its row.
    var rowOf = new java.util.IdentityHashMap<DoublePoint, Integer>();
    for (int i = 0; i < points.size(); i++) rowOf.put(points.get(i), i);
    for (int t = 0; t < clusters.size(); t++)
      for (DoublePoint p : clusters.get(t).getPoints()) tiers[rowOf.get(p)] = t + 1;
    return tiers;
  }

  @Override
  public String variant() {
    return "k-means (k = " + k + ", k-means++ seed " + seed + ", best of " + TRIALS
        + " runs) on the node's scores; tiers ordered by centroid, tier 1 = highest";
  }
}
