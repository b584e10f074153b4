package org.indexkit.method.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.scoring.ScoringSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tiers from profiles, by hand: eight cities in four evident profile groups of two dimensions — leading (90, 90), (88, 92);
 * balanced (50, 50), (52, 50); strong in research only (95, 9), (93, 9); strong in industry only (9, 89), (9, 87). Centroid
 * means 90, 50.5, 51.5 and 48.5 number them 1 leading, 2 research, 3 balanced, 4 industry.
 */
class ProfileTiersTest {
  static final IndicatorTree TREE = new IndicatorTree(List.of(Indicator.root("index", "Index", null), Indicator.leaf("research", "index"),
      Indicator.leaf("industry", "index")));
  static final Table DATA = new Table(List.of("L1", "L2", "B1", "B2", "R1", "R2", "I1", "I2"), List.of("research", "industry"),
      new double[][] {{90, 90}, {88, 92}, {50, 50}, {52, 50}, {95, 9}, {93, 9}, {9, 89}, {9, 87}});

  static IndexResult run(String... settings) {
    Map<String, String> s = new java.util.LinkedHashMap<>(Map.of("normalise", "none"));
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    return Pipeline.run(DATA, TREE, ScoringSetup.layer(Recipe.defaults(), "test", null, s));
  }

  @Test
  @DisplayName("k-means and Ward of the profiles give the four groups, numbered by centroid mean, with the recipe's labels")
  void fourProfiles() {
    for (String method : List.of("profile-k-means", "profile-ward")) {
      IndexResult r = run("tiers", method, "tiers.k", "4", "tiers.labels", "[\"综合领先型\", \"特色追赶型\", \"均衡发展型\", \"基础追赶型\"]");
      assertThat(r.composite().tiers().levels()).as(method).containsExactly(1, 1, 3, 3, 2, 2, 4, 4);
      assertThat(r.composite().tiers().labels()[4]).isEqualTo("特色追赶型");
      assertThat(r.provenance().toString()).contains("of the profiles (the children's scores, Euclidean) into 4 tiers");
    }
  }

  @Test
  @DisplayName("a profile is not a level: B2 and R2 share the composite 51 and not a tier; one-score k-means tiers the composite instead")
  void notALevel() {
    IndexResult r = run("tiers", "profile-k-means", "tiers.k", "4");
    assertThat(r.composite().scores()[3]).isEqualTo(r.composite().scores()[5]).isEqualTo(51.0);
    assertThat(r.composite().tiers().levels()[3]).isNotEqualTo(r.composite().tiers().levels()[5]);
    IndexResult level = run("tiers", "k-means", "tiers.k", "4");
    assertThat(level.composite().tiers().levels()[3]).as("ties share a tier").isEqualTo(level.composite().tiers().levels()[5]);
  }

  @Test
  @DisplayName("more tiers than entities is refused, naming the node")
  void refused() {
    assertThatThrownBy(() -> run("tiers", "profile-ward", "tiers.k", "9")).hasMessageContaining("cannot cut \"index\" into tiers");
  }
}
