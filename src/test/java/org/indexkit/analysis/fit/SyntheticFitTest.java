package org.indexkit.analysis.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 must-show 2: indices built by IndexKit with known weights 0.2/0.3/0.5 over three dimensions of two indicators,
 * printed to 2 dp as a report would, and fitted back: the variant and the weights are recovered within the rounding bound.
 */
class SyntheticFitTest {
  static final IndicatorTree TREE = new IndicatorTree(List.of(Indicator.node("index", "Index", null, null, null),
      Indicator.node("d1", "D1", null, "index", 0.2), Indicator.node("d2", "D2", null, "index", 0.3),
      Indicator.node("d3", "D3", null, "index", 0.5), Indicator.leaf("a", "d1"), Indicator.leaf("b", "d1"), Indicator.leaf("c", "d2"),
      Indicator.leaf("e", "d2"), Indicator.leaf("f", "d3"), Indicator.leaf("g", "d3")));
  static final List<String> DIMENSIONS = List.of("d1", "d2", "d3");

  static Table data() {
    Random rnd = new Random(2019);
    List<String> names = new ArrayList<>();
    double[][] v = new double[40][6];
    for (int i = 0; i < 40; i++) {
      names.add("City " + i);
      for (int j = 0; j < 6; j++) v[i][j] = 1 + 99 * rnd.nextDouble();
    }
    return new Table(names, List.of("a", "b", "c", "e", "f", "g"), v);
  }

  /** The node's scores as a report prints them, to 2 dp. */
  static PrintedColumn printed(IndexResult r, String code) {
    return PrintedColumn.of(code, java.util.Arrays.stream(r.node(code).scores()).mapToObj(x -> String.format(Locale.ROOT, "%.2f", x)).toList());
  }

  static PublishedFit.Result fitComposite(IndexResult r) {
    return PublishedFit.fit(printed(r, "index"), DIMENSIONS.stream().map(d -> printed(r, d)).toList(), r.entities(), null);
  }

  static final Recipe BASE = Recipe.defaults().withNormalise(StepChoice.of("min-max", "min", 10.0, "max", 100.0));

  @Test
  @DisplayName("a weighted mean (arithmetic aggregation, no rescaling): the weighted mean, 0.2/0.3/0.5, every row within rounding")
  void weightedMean() {
    var f = fitComposite(Pipeline.run(data(), TREE, BASE));
    assertThat(f.verdict().variant()).isEqualTo(FitVariant.WEIGHTED_MEAN);
    assertThat(f.snapped()).extracting(Object::toString).containsExactly("0.2", "0.3", "0.5");
    assertThat(f.snappedFit().withinRounding()).isTrue();
  }

  @Test
  @DisplayName("a geometric mean (geometric aggregation): the geometric mean fitted in logs, 0.2/0.3/0.5, within rounding; the "
      + "weighted arithmetic mean does not fit")
  void geometricMean() {
    var f = fitComposite(Pipeline.run(data(), TREE, BASE.withAggregate(StepChoice.of("geometric"))));
    assertThat(f.verdict().variant()).isEqualTo(FitVariant.GEOMETRIC);
    assertThat(f.snapped()).extracting(Object::toString).containsExactly("0.2", "0.3", "0.5");
    assertThat(f.snappedFit().withinRounding()).isTrue();
    assertThat(f.fits().stream().filter(x -> x.variant() == FitVariant.WEIGHTED_MEAN).findFirst().orElseThrow().withinRounding()).isFalse();
  }

  @Test
  @DisplayName("each level rescaled to [60, 100] on its own: an affine map whose slopes are W·range(dimension)/range(composite), "
      + "the ranges of the unrescaled aggregates (the GIHI relation), within rounding; the weighted mean does not fit")
  void perLevelRescale() {
    IndexResult rescaled = Pipeline.run(data(), TREE, BASE.withRescale(StepChoice.of("min-max", "min", 60.0, "max", 100.0)));
    IndexResult raw = Pipeline.run(data(), TREE, BASE);
    var f = fitComposite(rescaled);
    assertThat(f.verdict().variant()).isEqualTo(FitVariant.AFFINE);
    assertThat(f.verdict().withinRounding()).isTrue();
    double[] w = {0.2, 0.3, 0.5};
    for (int a = 0; a < 3; a++) {
      double expected = w[a] * range(raw.node(DIMENSIONS.get(a)).scores()) / range(raw.composite().scores());
      // the slopes are fitted from 2-dp scores: their error is of the order of the rounding over the range
      assertThat(f.verdict().weights()[a]).as(DIMENSIONS.get(a)).isCloseTo(expected, within(0.002));
    }
    assertThat(f.fits().stream().filter(x -> x.variant() == FitVariant.WEIGHTED_MEAN).findFirst().orElseThrow().withinRounding()).isFalse();
  }

  static double range(double[] v) {
    return java.util.Arrays.stream(v).max().orElseThrow() - java.util.Arrays.stream(v).min().orElseThrow();
  }
}
