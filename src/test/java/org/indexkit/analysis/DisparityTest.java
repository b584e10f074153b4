package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Regional disparity against method-fixtures.md §2.5 (self-computed, identity-checked): East, Central and West. */
class DisparityTest {
  static final List<String> NAMES = List.of("East", "Central", "West");
  static final List<double[]> GROUPS = List.of(new double[] {5.2, 6.1, 7.4, 8.0}, new double[] {3.9, 4.4, 5.0, 6.3},
      new double[] {2.8, 3.1, 3.6, 4.9, 5.5});

  @Test
  @DisplayName("Dagum: G = 0.168719 = Gw 0.037067 + Gnb 0.117011 + Gt 0.014641 (to 1e-12), within and between parts")
  void dagum() {
    DagumGini.Result d = DagumGini.of(NAMES, GROUPS);
    assertThat(d.gini()).isCloseTo(0.168719, within(5e-7));
    assertThat(d.gw() + d.gnb() + d.gt()).isCloseTo(d.gini(), within(1e-12));
    assertThat(d.gw()).isCloseTo(0.037067, within(5e-7));
    assertThat(d.gnb()).isCloseTo(0.117011, within(5e-7));
    assertThat(d.gt()).isCloseTo(0.014641, within(5e-7));
    assertThat(d.contributions()).containsExactly(new double[] {21.97, 69.35, 8.68}, within(0.005));
    assertThat(d.within()).containsExactly(new double[] {0.090824, 0.099490, 0.144724}, within(5e-7));
    double[][] pairs = {{0.167387, 0.916129}, {0.255748, 0.988991}, {0.156532, 0.661871}};
    for (int i = 0; i < 3; i++) {
      assertThat(d.pairs().get(i).gini()).isCloseTo(pairs[i][0], within(5e-7));
      assertThat(d.pairs().get(i).affluence()).isCloseTo(pairs[i][1], within(5e-7));
    }
    assertThat(d.pairs().get(0).richer()).isEqualTo("East");
    // G is the plain Gini of all 13 values: mean absolute difference / (2μ)
    double[] all = GROUPS.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    double s = 0, mu = java.util.Arrays.stream(all).average().orElseThrow();
    for (double a : all) for (double b : all) s += Math.abs(a - b);
    assertThat(d.gini()).isCloseTo(s / (2.0 * all.length * all.length * mu), within(1e-15));
  }

  @Test
  @DisplayName("degenerate groups: a group of one has Gjj = 0; two identical groups have D = 0 (0/0 taken as 0); negatives refused")
  void dagumDegenerate() {
    DagumGini.Result one = DagumGini.of(List.of("a", "b"), List.of(new double[] {3}, new double[] {1, 2}));
    assertThat(one.within()[0]).isZero();
    assertThat(one.gw() + one.gnb() + one.gt()).isCloseTo(one.gini(), within(1e-12));
    DagumGini.Result same = DagumGini.of(List.of("a", "b"), List.of(new double[] {2, 2}, new double[] {2, 2}));
    assertThat(same.pairs().get(0).affluence()).isZero();
    assertThat(same.gini()).isZero();
    assertThatThrownBy(() -> DagumGini.of(List.of("a"), List.of(new double[] {-1, 2}))).hasMessageContaining("values ≥ 0");
  }

  @Test
  @DisplayName("Theil: T = 0.044242 = within 0.020568 + between 0.023673")
  void theil() {
    TheilIndex.Result t = TheilIndex.of(GROUPS);
    assertThat(t.t()).isCloseTo(0.044242, within(5e-7));
    assertThat(t.within()).isCloseTo(0.020568, within(5e-7));
    assertThat(t.between()).isCloseTo(0.023673, within(5e-7));
    assertThat(t.within() + t.between()).isCloseTo(t.t(), within(1e-12));
    assertThat(TheilIndex.of(List.of(new double[] {0, 4})).t()).as("0·ln 0 = 0").isCloseTo(Math.log(2), within(1e-15));
  }

  @Test
  @DisplayName("population-weighted Theil (§2.5): GDP 120, 80, 60, 40, 30 and people 40, 35, 50, 30, 45 in groups (1, 2), (3, 4, 5): "
      + "T = 0.130286 = between 0.109117 + within 0.021169")
  void weightedTheil() {
    double[] gdp = {120, 80, 60, 40, 30}, people = {40, 35, 50, 30, 45};
    double[] perHead = new double[5];
    for (int i = 0; i < 5; i++) perHead[i] = gdp[i] / people[i];
    TheilIndex.Result t = TheilIndex.weighted(List.of(java.util.Arrays.copyOfRange(perHead, 0, 2), java.util.Arrays.copyOfRange(perHead, 2, 5)),
        List.of(new double[] {40, 35}, new double[] {50, 30, 45}));
    assertThat(t.t()).isCloseTo(0.130286, within(5e-7));
    assertThat(t.between()).isCloseTo(0.109117, within(5e-7));
    assertThat(t.within()).isCloseTo(0.021169, within(5e-7));
    assertThat(t.within() + t.between()).isCloseTo(t.t(), within(1e-15));
    // T = Σ Yᵢ ln(Yᵢ/Pᵢ) written out: Yᵢ = GDPᵢ/330, Pᵢ = peopleᵢ/200
    double direct = 0;
    for (int i = 0; i < 5; i++) direct += gdp[i] / 330 * Math.log((gdp[i] / 330) / (people[i] / 200));
    assertThat(t.t()).isCloseTo(direct, within(1e-15));
    // equal populations give the plain index, whatever the common population
    TheilIndex.Result plain = TheilIndex.of(GROUPS), equal = TheilIndex.weighted(GROUPS, GROUPS.stream().map(g -> {
      double[] p = new double[g.length];
      java.util.Arrays.fill(p, 7.5);
      return p;
    }).toList());
    assertThat(equal.t()).isCloseTo(plain.t(), within(1e-15));
    assertThat(equal.within()).isCloseTo(plain.within(), within(1e-15));
    assertThatThrownBy(() -> TheilIndex.weighted(List.of(new double[] {1}), List.of(new double[] {0}))).hasMessageContaining("positive populations");
  }

  @Test
  @DisplayName("as an analysis of the composite by the Region column, per year: the same decomposition, and its sheet")
  void analysis() {
    List<String> entities = new java.util.ArrayList<>(), regions = new java.util.ArrayList<>();
    List<double[]> values = new java.util.ArrayList<>();
    for (int g = 0; g < 3; g++)
      for (double y : GROUPS.get(g)) {
        entities.add(NAMES.get(g) + " " + y);
        regions.add(NAMES.get(g));
        values.add(new double[] {y});
      }
    var t = new org.indexkit.core.Table(entities, List.of("x"), values.toArray(double[][]::new), null, null, regions);
    var tree = new org.indexkit.core.IndicatorTree(List.of(org.indexkit.core.Indicator.root("i", "Index", null),
        org.indexkit.core.Indicator.leaf("x", "i")));
    var r = org.indexkit.pipeline.Pipeline.run(t, tree, org.indexkit.scoring.ScoringSetup.layer(org.indexkit.core.Recipe.defaults(), "test",
        null, java.util.Map.of("normalise", "none", "analyses.disparity", "dagum-theil")));
    var out = Analyses.run(r, r.provenance().recipe());
    var d = (RegionalDisparity.Result) out.get(0);
    assertThat(d.segments()).singleElement().satisfies(s -> assertThat(s.dagum().gini()).isCloseTo(0.168719, within(5e-7)));
    var sheet = org.indexkit.sheet.SheetPlans.of(r, out, null, List.of()).stream().filter(p -> p.name().equals("Disparity")).findFirst()
        .orElseThrow();
    assertThat(sheet.rows().get(2).get(1)).isEqualTo("Gnb (net between regions)");
    assertThat((Double) sheet.rows().get(2).get(4)).isCloseTo(69.35, within(0.005));
    assertThat(sheet.rows()).noneMatch(row -> String.valueOf(row.get(1)).contains("population-weighted"));
    // with a population column (not an indicator): the weighted Theil rows too, checked against TheilIndex.weighted
    double[][] withPeople = new double[values.size()][];
    double[] people = new double[values.size()];
    for (int i = 0; i < values.size(); i++) withPeople[i] = new double[] {values.get(i)[0], people[i] = 10 + i};
    var tp = new org.indexkit.core.Table(entities, List.of("x", "people"), withPeople, null, null, regions);
    var rp = org.indexkit.pipeline.Pipeline.run(tp, tree, org.indexkit.scoring.ScoringSetup.layer(org.indexkit.core.Recipe.defaults(), "test",
        null, java.util.Map.of("normalise", "none", "analyses.disparity", "dagum-theil", "analyses.disparity.population", "people")));
    var weighted = (RegionalDisparity.Result) Analyses.run(rp, rp.provenance().recipe(), new Analysis.Context(tp, null)).get(0);
    var expected = TheilIndex.weighted(GROUPS, List.of(new double[] {10, 11, 12, 13}, new double[] {14, 15, 16, 17},
        new double[] {18, 19, 20, 21, 22}));
    assertThat(weighted.segments().get(0).weightedTheil().t()).isCloseTo(expected.t(), within(1e-15));
    assertThat(weighted.variant()).contains("population-weighted Theil");
    var wsheet = org.indexkit.sheet.SheetPlans.of(rp, List.of(weighted), null, List.of()).stream().filter(p -> p.name().equals("Disparity"))
        .findFirst().orElseThrow();
    assertThat(wsheet.rows()).anySatisfy(row -> assertThat(row.get(1)).isEqualTo("Theil between (population-weighted)"));
    assertThatThrownBy(() -> Analyses.run(rp, org.indexkit.scoring.ScoringSetup.layer(rp.provenance().recipe(), "test", null,
        java.util.Map.of("analyses.disparity.population", "pop")), new Analysis.Context(tp, null)))
        .hasMessageContaining("analyses.disparity.population: the Data has no column \"pop\"");
    var z = org.indexkit.pipeline.Pipeline.run(t, tree, org.indexkit.scoring.ScoringSetup.layer(org.indexkit.core.Recipe.defaults(), "test",
        null, java.util.Map.of("normalise", "z-score", "analyses.disparity", "dagum-theil")));
    assertThatThrownBy(() -> Analyses.run(z, z.provenance().recipe())).hasMessageContaining("needs values ≥ 0").hasMessageContaining("z-scores");
  }

  @Test
  @DisplayName("kernel density of the 13 pooled values: Silverman bw 0.8495408036 (R and numpy), exact f(4) 0.1967070888, f(6) 0.1772559553")
  void kernelDensity() {
    double[] all = GROUPS.stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    double h = KernelDensity.bandwidth(all);
    assertThat(h).isCloseTo(0.8495408036, within(1e-10));
    assertThat(KernelDensity.at(all, h, 4)).isCloseTo(0.1967070888, within(1e-10));
    assertThat(KernelDensity.at(all, h, 6)).isCloseTo(0.1772559553, within(1e-10));
    // R's density() (FFT binning, 512 points) gives 0.19688 and 0.17741: within 2e-3 of the exact sum
    assertThat(KernelDensity.at(all, h, 4)).isCloseTo(0.19688, within(2e-3));
  }

  @Test
  @DisplayName("as an analysis: one density per year on a common grid, each integrating to 1 over it (trapezoid, ±3h margins)")
  void densityPerYear() {
    var t = new org.indexkit.core.Table(List.of("a", "b", "c", "d", "a", "b", "c", "d"), List.of("x"),
        new double[][] {{1}, {2}, {4}, {7}, {2}, {3}, {3.5}, {9}}, null, List.of(2020, 2020, 2020, 2020, 2021, 2021, 2021, 2021));
    var tree = new org.indexkit.core.IndicatorTree(List.of(org.indexkit.core.Indicator.root("i", "Index", null),
        org.indexkit.core.Indicator.leaf("x", "i")));
    var r = org.indexkit.pipeline.Pipeline.run(t, tree, org.indexkit.scoring.ScoringSetup.layer(org.indexkit.core.Recipe.defaults(), "test",
        null, java.util.Map.of("normalise", "none", "analyses.density", "gaussian", "analyses.density.points", "801")));
    var d = (KernelDensity.Result) Analyses.run(r, r.provenance().recipe()).get(0);
    assertThat(d.years()).containsExactly("2020", "2021");
    for (double[] f : d.density()) {
      double area = 0;
      for (int k = 1; k < f.length; k++) area += (f[k] + f[k - 1]) / 2 * (d.grid()[k] - d.grid()[k - 1]);
      assertThat(area).isCloseTo(1.0, within(0.01));
    }
    assertThat(d.bandwidth()[0]).isCloseTo(KernelDensity.bandwidth(new double[] {1, 2, 4, 7}), within(1e-15));
  }
}
