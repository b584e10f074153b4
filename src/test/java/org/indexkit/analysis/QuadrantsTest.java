package org.indexkit.analysis;

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

/** Quadrant types by hand: agglomeration (A) against radiation (R) for five metros. */
class QuadrantsTest {
  static final IndicatorTree TREE = new IndicatorTree(List.of(Indicator.root("index", "Index", null),
      Indicator.node("A", "Agglomeration", "集聚", "index", null), Indicator.node("R", "Radiation", "辐射", "index", null),
      Indicator.leaf("a", "A"), Indicator.leaf("r", "R")));
  // A: 9, 7, 5, 3, 1 (mean 5, median 5); R: 2, 8, 5, 6, 4 (mean 5, median 5)
  static final Table DATA = new Table(List.of("m1", "m2", "m3", "m4", "m5"), List.of("a", "r"),
      new double[][] {{9, 2}, {7, 8}, {5, 5}, {3, 6}, {1, 4}});

  static Quadrants.Result run(String... settings) {
    Map<String, String> s = new java.util.LinkedHashMap<>(Map.of("normalise", "none"));
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    IndexResult r = Pipeline.run(DATA, TREE, ScoringSetup.layer(Recipe.defaults(), "test", null, s));
    return (Quadrants.Result) Analyses.run(r, r.provenance().recipe()).get(0);
  }

  @Test
  @DisplayName("split at the means (5, 5): m1 high–low, m2 high–high, m3 at both splits high–high, m4 low–high, m5 low–low")
  void means() {
    Quadrants.Result q = run("analyses.quadrants", "mean");
    assertThat(q.quadrant()).containsExactly(1, 0, 0, 2, 3);
    assertThat(q.xSplit()[0]).isEqualTo(5.0);
    assertThat(q.labels().get(0)).isEqualTo("high Agglomeration – high Radiation");
  }

  @Test
  @DisplayName("at given values (6, 3), with the report's labels; refused without both values or with three labels")
  void values() {
    Quadrants.Result q = run("analyses.quadrants", "values", "analyses.quadrants.split-x", "6", "analyses.quadrants.split-y", "3",
        "analyses.quadrants.labels", "[\"双强型\", \"集聚型\", \"辐射型\", \"双弱型\"]");
    assertThat(q.quadrant()).containsExactly(1, 0, 2, 2, 2);
    assertThat(q.labels().get(q.quadrant()[1])).isEqualTo("双强型");
    assertThatThrownBy(() -> run("analyses.quadrants", "values", "analyses.quadrants.split-x", "6")).hasMessageContaining("split-x and split-y");
    assertThatThrownBy(() -> run("analyses.quadrants", "mean", "analyses.quadrants.labels", "[\"a\", \"b\", \"c\"]"))
        .hasMessageContaining("four labels");
    assertThatThrownBy(() -> run("analyses.quadrants", "mean", "analyses.quadrants.x", "Z")).hasMessageContaining("no node \"Z\"");
  }

  @Test
  @DisplayName("median split, axes named by node code (a leaf and a dimension): R's median of five is its middle value, 5")
  void median() {
    Quadrants.Result q = run("analyses.quadrants", "median", "analyses.quadrants.x", "a", "analyses.quadrants.y", "R");
    assertThat(q.x().code()).isEqualTo("a");
    assertThat(q.ySplit()[0]).isEqualTo(5.0);
  }

  @Test
  @DisplayName("development profiles: one joint min-max over both dimensions (min 1, max 9) to [0, 100], and the mean profile")
  void profiles() {
    IndexResult r = Pipeline.run(DATA, TREE, ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("normalise", "none",
        "analyses.profiles", "joint-min-max")));
    var p = (DevelopmentProfiles.Result) Analyses.run(r, r.provenance().recipe()).get(0);
    // A 9, 7, 5, 3, 1 and R 2, 8, 5, 6, 4 share min 1 and max 9: (x − 1)/8 × 100
    assertThat(p.profile()[0]).containsExactly(100, 75, 50, 25, 0);
    assertThat(p.profile()[1]).containsExactly(12.5, 87.5, 50, 62.5, 37.5);
    assertThat(p.means().get("").get("All")).containsExactly(50, 50);
  }
}
