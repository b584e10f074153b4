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

  // GIHI 附录七 by hand: agglomeration = a1, a2; radiation = r1 (each population sd 1, so z = v − mean)
  static final IndicatorTree GROUPS = new IndicatorTree(List.of(Indicator.root("index", "Index", null),
      Indicator.node("A", "Agglomeration", null, "index", null), Indicator.node("R", "Radiation", null, "index", null),
      Indicator.leaf("a1", "A"), Indicator.leaf("a2", "A"), Indicator.leaf("r1", "R")));
  static final Table GROUP_DATA = new Table(List.of("e1", "e2", "e3", "e4"), List.of("a1", "a2", "r1"),
      new double[][] {{2, 10, 3}, {4, 10, 1}, {2, 12, 3}, {4, 12, 1}});

  static Quadrants.Result runGroups(String... settings) {
    Map<String, String> s = new java.util.LinkedHashMap<>(Map.of("normalise", "none", "analyses.quadrants.x-indicators", "[\"a1\", \"a2\"]",
        "analyses.quadrants.y-indicators", "[\"r1\"]", "analyses.quadrants.x-name", "要素聚集", "analyses.quadrants.y-name", "辐射带动"));
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    IndexResult r = Pipeline.run(GROUP_DATA, GROUPS, ScoringSetup.layer(Recipe.defaults(), "test", null, s));
    return (Quadrants.Result) Analyses.run(r, r.provenance().recipe()).get(0);
  }

  @Test
  @DisplayName("indicator groups (附录七): z a1 = −1, 1, −1, 1 and a2 = −1, −1, 1, 1 average to −1, 0, 0, 1; r1's z = 1, −1, 1, −1; "
      + "one pooled min −1 and max 1 gives 0, 50, 50, 100 and 100, 0, 100, 0")
  void indicatorGroups() {
    Quadrants.Result q = runGroups("analyses.quadrants", "mean");
    assertThat(q.x().scores()).containsExactly(0, 50, 50, 100);
    assertThat(q.y().scores()).containsExactly(100, 0, 100, 0);
    assertThat(q.x().name()).isEqualTo("要素聚集");
    assertThat(q.xSplit()[0]).isEqualTo(50.0);
    assertThat(q.quadrant()).containsExactly(2, 1, 0, 1); // e2 and e4 sit on or right of the split: high 要素聚集
    assertThat(q.variant()).contains("mean z-scores of the indicator groups, pooled min-max to [0, 100]");
  }

  @Test
  @DisplayName("indicator groups with unequal spreads equal R's scale() (sample sd) recipe: the pooled min-max cancels sd's n/(n − 1)")
  void groupsMatchSampleSd() {
    Table data = new Table(List.of("e1", "e2", "e3", "e4", "e5"), List.of("a1", "a2", "r1"),
        new double[][] {{1, 40, 7}, {5, 10, 2}, {2, 25, 9}, {8, 30, 4}, {3, 12, 5}});
    IndexResult r = Pipeline.run(data, GROUPS, ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("normalise", "none",
        "analyses.quadrants", "median", "analyses.quadrants.x-indicators", "[\"a1\", \"a2\"]", "analyses.quadrants.y-indicators", "[\"r1\"]")));
    Quadrants.Result q = (Quadrants.Result) Analyses.run(r, r.provenance().recipe()).get(0);
    double[][] z = new double[3][];
    for (int c = 0; c < 3; c++) { // scale(): (v − mean) / sample sd
      double[] v = new double[5];
      for (int i = 0; i < 5; i++) v[i] = data.values()[i][c];
      double mean = java.util.Arrays.stream(v).average().orElseThrow();
      double sd = Math.sqrt(java.util.Arrays.stream(v).map(a -> (a - mean) * (a - mean)).sum() / 4);
      z[c] = java.util.Arrays.stream(v).map(a -> (a - mean) / sd).toArray();
    }
    double[] agg = new double[5], rad = z[2];
    for (int i = 0; i < 5; i++) agg[i] = (z[0][i] + z[1][i]) / 2;
    double min = Math.min(java.util.Arrays.stream(agg).min().orElseThrow(), java.util.Arrays.stream(rad).min().orElseThrow());
    double max = Math.max(java.util.Arrays.stream(agg).max().orElseThrow(), java.util.Arrays.stream(rad).max().orElseThrow());
    for (int i = 0; i < 5; i++) {
      assertThat(q.x().scores()[i]).isCloseTo((agg[i] - min) / (max - min) * 100, org.assertj.core.api.Assertions.within(1e-12));
      assertThat(q.y().scores()[i]).isCloseTo((rad[i] - min) / (max - min) * 100, org.assertj.core.api.Assertions.within(1e-12));
    }
    assertThat(q.x().name()).isEqualTo("Mean z of a1, a2");
  }

  @Test
  @DisplayName("three bands (the low-carbon types): both high 成效型, one high 成长型, both low 起步型; refusals name the parameter")
  void bands() {
    Quadrants.Result q = runGroups("analyses.quadrants", "mean", "analyses.quadrants.bands", "true",
        "analyses.quadrants.labels", "[\"成效型\", \"成长型\", \"起步型\"]");
    assertThat(q.quadrant()).containsExactly(1, 1, 0, 1);
    assertThat(q.labels().get(q.quadrant()[2])).isEqualTo("成效型");
    assertThat(run("analyses.quadrants", "mean", "analyses.quadrants.bands", "true").quadrant()).containsExactly(1, 0, 0, 1, 2);
    assertThatThrownBy(() -> runGroups("analyses.quadrants", "mean", "analyses.quadrants.bands", "true", "analyses.quadrants.labels",
        "[\"a\", \"b\", \"c\", \"d\"]")).hasMessageContaining("three labels");
    assertThatThrownBy(() -> runGroups("analyses.quadrants", "mean", "analyses.quadrants.y-indicators", "[\"R\"]"))
        .hasMessageContaining("analyses.quadrants.y-indicators: \"R\" is a node, not an indicator");
    assertThatThrownBy(() -> runGroups("analyses.quadrants", "mean", "analyses.quadrants.x-indicators", "[\"zz\"]"))
        .hasMessageContaining("no indicator \"zz\"");
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
