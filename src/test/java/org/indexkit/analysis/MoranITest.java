package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Moran's I, local I and Geary's C against method-fixtures.md §2.7 (own numpy and R spdep 1.2-7): a 4 × 4 lattice, rook
 * contiguity, x = 8, 6, 6, 3, 7, 5, 4, 2, 6, 5, 3, 1, 4, 3, 2, 1 row by row.
 */
class MoranITest {
  static final double[] X = {8, 6, 6, 3, 7, 5, 4, 2, 6, 5, 3, 1, 4, 3, 2, 1};
  static final List<String> CELLS = java.util.stream.IntStream.rangeClosed(1, 16).mapToObj(i -> "cell " + i).toList();

  /** Cell centres (column, row): rook neighbours are those at distance 1. */
  static double[][] lattice() {
    double[][] xy = new double[16][];
    for (int i = 0; i < 16; i++) xy[i] = new double[] {i % 4, i / 4};
    return xy;
  }

  @Test
  @DisplayName("row-standardised W: I = 0.69818573, E = −1/15, Var 0.03483932 (normality, z 4.097725) and 0.03686086 (randomisation, z 3.983776), Geary 0.24850092, every local I")
  void rowStandardised() {
    var w = SpatialWeights.finish(SpatialWeights.band(lattice(), 1), true, CELLS);
    assertThat(w.islands()).isEmpty();
    MoranI.Result m = MoranI.of(X, w.w(), 999, 1);
    assertThat(m.i()).isCloseTo(0.69818573, within(5e-9));
    assertThat(m.expected()).isCloseTo(-1 / 15.0, within(1e-15));
    assertThat(m.varianceNormal()).isCloseTo(0.03483932, within(5e-9));
    assertThat(m.zNormal()).isCloseTo(4.097725, within(5e-7));
    assertThat(m.varianceRandom()).isCloseTo(0.03686086, within(5e-9));
    assertThat(m.zRandom()).isCloseTo(3.983776, within(5e-7));
    assertThat(m.geary()).isCloseTo(0.24850092, within(5e-9));
    double[] local = {2.173432, 0.977860, 0.092251, 0.033210, 1.499385, 0.284133, 0.003690, 0.731857, 0.535055, 0.025830, 0.298893,
        1.568266, -0.011070, 0.121771, 0.899139, 1.937269};
    for (int i = 0; i < 16; i++) assertThat(m.local()[i]).as("cell " + (i + 1)).isCloseTo(local[i], within(5e-7));
    assertThat(m.quadrant()[0]).isEqualTo("High-High");
    assertThat(m.quadrant()[15]).isEqualTo("Low-Low");
    assertThat(m.permutationP()).as("strong clustering: few permutations reach it").isLessThan(0.01);
  }

  @Test
  @DisplayName("binary W: I = 0.62484625, Var (normality) 0.03259259; neighbour lists give the same matrix as the band")
  void binary() {
    MoranI.Result m = MoranI.of(X, SpatialWeights.finish(SpatialWeights.band(lattice(), 1), false, CELLS).w(), 0, 1);
    assertThat(m.i()).isCloseTo(0.62484625, within(5e-9));
    assertThat(m.varianceNormal()).isCloseTo(0.03259259, within(5e-9));
    java.util.Map<String, List<String>> lists = new java.util.HashMap<>();
    double[][] band = SpatialWeights.band(lattice(), 1);
    for (int i = 0; i < 16; i++) {
      List<String> n = new java.util.ArrayList<>();
      for (int j = 0; j < 16; j++) if (band[i][j] == 1) n.add(CELLS.get(j));
      lists.put(CELLS.get(i), n);
    }
    assertThat(SpatialWeights.lists(CELLS, lists)).isDeepEqualTo(band);
    assertThat(SpatialWeights.nearest(lattice(), 2)[0]).as("cell 1's two nearest: cells 2 and 5").containsExactly(
        0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  @Test
  @DisplayName("an island is named; fewer than 4 entities or constant values are refused")
  void degenerate() {
    double[][] xy = {{0, 0}, {1, 0}, {2, 0}, {10, 10}};
    var w = SpatialWeights.finish(SpatialWeights.band(xy, 1), true, List.of("a", "b", "c", "far"));
    assertThat(w.islands()).containsExactly("far");
    assertThat(MoranI.of(new double[] {1, 2, 3, 4}, w.w(), 0, 1).i()).isFinite();
    assertThatThrownBy(() -> MoranI.of(new double[] {1, 2, 3}, new double[3][3], 0, 1)).hasMessageContaining("at least 4");
    assertThatThrownBy(() -> MoranI.of(new double[] {2, 2, 2, 2}, w.w(), 0, 1)).hasMessageContaining("vary");
  }

  @Test
  @DisplayName("as an analysis: coordinates from two Data columns (band 1 = rook) reproduce I; neighbour lists from the recipe too")
  void analysis() {
    double[][] rows = new double[16][];
    for (int i = 0; i < 16; i++) rows[i] = new double[] {X[i], i % 4, i / 4};
    var t = new org.indexkit.core.Table(CELLS, List.of("x", "col", "row"), rows);
    var tree = new org.indexkit.core.IndicatorTree(List.of(org.indexkit.core.Indicator.root("i", "Index", null),
        org.indexkit.core.Indicator.leaf("x", "i")));
    java.util.function.Function<java.util.Map<String, String>, SpatialAutocorrelation.Result> run = settings -> {
      var recipe = org.indexkit.scoring.ScoringSetup.layer(org.indexkit.core.Recipe.defaults(), "test", null, settings);
      var r = org.indexkit.pipeline.Pipeline.run(t, tree, recipe);
      return (SpatialAutocorrelation.Result) Analyses.run(r, recipe, new Analysis.Context(t, null)).get(0);
    };
    var m = run.apply(java.util.Map.of("normalise", "none", "analyses.moran", "coordinates", "analyses.moran.x", "col",
        "analyses.moran.y", "row", "analyses.moran.weights", "band", "analyses.moran.band", "1"));
    assertThat(m.segments().get(0).moran().i()).isCloseTo(0.69818573, within(5e-9));
    var lists = run.apply(java.util.Map.of("normalise", "none", "analyses.moran", "neighbours", "analyses.moran.style", "binary",
        "analyses.moran.lists", "[\"cell 1: cell 2, cell 5\", \"cell 2: cell 1\", \"cell 5: cell 1\"]"));
    assertThat(lists.warnings()).singleElement().asString().contains("islands").contains("cell 3");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> run.apply(java.util.Map.of("analyses.moran", "coordinates"))))
        .hasMessageContaining("the Data has no column \"lon\" (name it in analyses.moran.x)");
  }
}
