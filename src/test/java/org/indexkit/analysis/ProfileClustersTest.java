package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Table;
import org.indexkit.method.cluster.KMeansClusters;
import org.indexkit.method.cluster.WardClusters;
import org.indexkit.method.tier.WardTiers;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.scoring.ScoringSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Clustering of profiles (several node scores at once). */
class ProfileClustersTest {
  /** Three well-separated profiles: strong everywhere, strong in S only, weak everywhere. */
  static final double[][] PROFILES = {{0.9, 0.85}, {0.92, 0.9}, {0.88, 0.95}, {0.8, 0.2}, {0.85, 0.15}, {0.75, 0.25}, {0.1, 0.1},
      {0.15, 0.2}, {0.2, 0.05}};

  @Test
  @DisplayName("k-means and Ward recover three well-separated profiles, the same partition")
  void recoverProfiles() {
    int[] km = KMeansClusters.of(PROFILES, 3, 7), wd = WardClusters.of(PROFILES, 3);
    for (int[] a : List.of(km, wd)) {
      assertThat(a[0]).isEqualTo(a[1]).isEqualTo(a[2]);
      assertThat(a[3]).isEqualTo(a[4]).isEqualTo(a[5]).isNotEqualTo(a[0]);
      assertThat(a[6]).isEqualTo(a[7]).isEqualTo(a[8]).isNotEqualTo(a[0]).isNotEqualTo(a[3]);
    }
  }

  @Test
  @DisplayName("on one dimension Ward's merges equal WardTiers' (the tiers' one-dimensional Ward): 0, 1, 5, 6, 20 into 2 and 3")
  void wardAgreesWithTiers() {
    double[] v = {0, 1, 5, 6, 20, 5.5, 0.5};
    double[][] x = java.util.Arrays.stream(v).mapToObj(d -> new double[] {d}).toArray(double[][]::new);
    for (int k : new int[] {2, 3}) {
      int[] a = WardClusters.of(x, k), t = new WardTiers(k).assign(v, org.indexkit.method.rank.CompetitionRanking.rank(v));
      for (int i = 0; i < v.length; i++) for (int j = 0; j < v.length; j++) assertThat(a[i] == a[j]).isEqualTo(t[i] == t[j]);
    }
  }

  @Test
  @DisplayName("as an analysis: clusters numbered by centroid mean (1 = all-round), labelled, per year; k above the entities refused")
  void analysis() {
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.root("i", "Index", null), Indicator.node("S", "S&T", null, "i", null),
        Indicator.node("T", "Talent", null, "i", null), Indicator.leaf("s", "S"), Indicator.leaf("t", "T")));
    List<String> names = java.util.stream.IntStream.range(0, 9).mapToObj(i -> "c" + i).toList();
    Table table = new Table(names, List.of("s", "t"), PROFILES);
    IndexResult r = Pipeline.run(table, tree, ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("normalise", "none",
        "analyses.clusters", "ward", "analyses.clusters.k", "3", "analyses.clusters.labels", "[\"综合领先型\", \"特色追赶型\", \"基础追赶型\"]")));
    ProfileClusters.Result c = (ProfileClusters.Result) Analyses.run(r, r.provenance().recipe()).get(0);
    assertThat(c.cluster()).containsExactly(1, 1, 1, 2, 2, 2, 3, 3, 3);
    assertThat(c.labels().get(c.cluster()[4] - 1)).isEqualTo("特色追赶型");
    assertThat(c.centroids().get("")[0][0]).isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-12));
    assertThatThrownBy(() -> ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("analyses.clusters", "k-means",
        "analyses.clusters.labels", "[\"a\"]"))).hasMessageContaining("4 clusters need 4 labels");
    IndexResult small = Pipeline.run(new Table(List.of("a", "b"), List.of("s", "t"), new double[][] {{1, 2}, {2, 1}}), tree,
        Recipe.defaults().withAnalyses(Map.of("clusters", StepChoice.of("k-means"))));
    assertThatThrownBy(() -> Analyses.run(small, ScoringSetup.layer(small.provenance().recipe(), "test", null, Map.of())))
        .hasMessageContaining("needs at least 4 entities");
  }
}
