package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.scoring.ScoringSetup;
import org.indexkit.core.Recipe;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule typologies by hand on QuadrantsTest's five metros: A 9, 7, 5, 3, 1 and R 2, 8, 5, 6, 4. */
class RuleTypologyTest {
  static RuleTypology.Result run(String... settings) {
    Map<String, String> s = new java.util.LinkedHashMap<>(Map.of("normalise", "none"));
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    IndexResult r = Pipeline.run(QuadrantsTest.DATA, QuadrantsTest.TREE, ScoringSetup.layer(Recipe.defaults(), "test", null, s));
    return (RuleTypology.Result) Analyses.run(r, r.provenance().recipe()).get(0);
  }

  @Test
  @DisplayName("strong = rank ≤ 2: m1 A only, m2 both (全能型), m3 neither, m4 R only; labels in any order of the codes")
  void byRank() {
    RuleTypology.Result t = run("analyses.typology", "rank", "analyses.typology.k", "2", "analyses.typology.labels",
        "[\"all: 全能型\", \"R+A: never used\", \"A: 集聚型\", \"none: 基础型\"]");
    assertThat(t.type()).containsExactly("集聚型", "全能型", "基础型", "strong in Radiation", "基础型");
    assertThat(t.strong()[1][3]).isTrue();
  }

  @Test
  @DisplayName("strong = at or above the mean (5, 5), the 0.75 quantile, or a threshold")
  void byScore() {
    assertThat(run("analyses.typology", "mean").type()).containsExactly("strong in Agglomeration", "strong in all", "strong in all",
        "strong in Radiation", "strong in none");
    // type-7 quantile 0.75 of A (1, 3, 5, 7, 9) is 7 and of R (2, 4, 5, 6, 8) is 6
    assertThat(run("analyses.typology", "quantile").type()).containsExactly("strong in Agglomeration", "strong in all", "strong in none",
        "strong in Radiation", "strong in none");
    assertThat(run("analyses.typology", "threshold", "analyses.typology.threshold", "8").type()[0]).isEqualTo("strong in Agglomeration");
    assertThatThrownBy(() -> run("analyses.typology", "threshold")).hasMessageContaining("needs its threshold");
    assertThatThrownBy(() -> run("analyses.typology", "mean", "analyses.typology.labels", "[\"Z: x\"]")).hasMessageContaining("\"Z\"");
    assertThatThrownBy(() -> run("analyses.typology", "mean", "analyses.typology.labels", "[\"no colon\"]")).hasMessageContaining("S+T: label");
  }
}
