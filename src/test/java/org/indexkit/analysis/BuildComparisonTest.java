package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.input.LocatedTable;
import org.indexkit.input.TableCsv;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.preset.Presets;
import org.indexkit.scoring.Scoring;
import org.indexkit.scoring.ScoringSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Comparing two builds, and the dimensions' correlations, on SET 2024's template data (the 30 cities' published sub-dimension scores). */
class BuildComparisonTest {
  static LocatedTable data() throws Exception {
    try (var in = BuildComparisonTest.class.getResourceAsStream("/templates/set-2024.data.csv")) {
      return TableCsv.read("set-2024.data.csv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static Scoring.Scored score(Map<String, String> settings) throws Exception {
    LocatedTable input = data();
    Map<String, String> s = new java.util.LinkedHashMap<>(Map.of("normalise", "none"));
    s.putAll(settings);
    ScoringSetup setup = Scoring.setup(input, "set-2024", null, "test", null, s);
    return Scoring.score(input, setup, null, List.of());
  }

  static BuildComparison.Result compare(Scoring.Scored s) {
    return (BuildComparison.Result) s.analyses().stream().filter(a -> a instanceof BuildComparison.Result).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("a build compared with itself: every shift 0, ρ = τ = 1")
  void itself() throws Exception {
    var s = score(Map.of("analyses.compare", "changes"));
    BuildComparison.Result c = compare(s);
    assertThat(c.other()).containsExactly(s.result().composite().scores());
    assertThat(c.spearman()).isEqualTo(1.0);
    assertThat(c.kendall()).isEqualTo(1.0);
    var sheet = s.sheets().stream().filter(p -> p.name().equals("Compare")).findFirst().orElseThrow();
    for (var row : sheet.rows().subList(0, 30)) assertThat((Double) row.get(3)).isZero();
  }

  @Test
  @DisplayName("SET 2024's talent weights 35/35/30 against the printed 40/40/20: shifts equal the difference of the two score tables")
  void talentWeights() throws Exception {
    var s = score(Map.of("analyses.compare", "changes", "analyses.compare.weights",
        "[\"research_talent=0.4\", \"industry_talent=0.4\", \"talent_potential=0.2\"]"));
    BuildComparison.Result c = compare(s);
    List<Indicator> nodes = new ArrayList<>();
    Map<String, Double> printed = Map.of("research_talent", 0.4, "industry_talent", 0.4, "talent_potential", 0.2);
    for (Indicator n : Presets.get("set-2024").tree().nodes()) nodes.add(printed.containsKey(n.code()) ? n.withWeight(printed.get(n.code())) : n);
    IndexResult other = Pipeline.run(data().table(), new IndicatorTree(nodes), s.result().provenance().recipe().withAnalyses(null));
    double maxShift = 0;
    for (int i = 0; i < 30; i++) {
      double shift = c.other()[i] - s.result().composite().scores()[i];
      assertThat(shift).isCloseTo(other.composite().scores()[i] - s.result().composite().scores()[i], within(1e-12));
      maxShift = Math.max(maxShift, Math.abs(shift));
    }
    assertThat(maxShift).as("the printed weights do move scores").isGreaterThan(0.1);
    assertThat(c.spearman()).isBetween(0.9, 1.0);
    assertThat(c.description()).contains("research_talent=0.4");
  }

  @Test
  @DisplayName("SET 2024's data and tree against STCUD 2021's recipe (min-max, equal weights): the other column is that pipeline run's composite")
  void presetRecipe() throws Exception {
    var s = score(Map.of("analyses.compare", "preset", "analyses.compare.preset", "stcud-2021"));
    BuildComparison.Result c = compare(s);
    IndexResult other = Pipeline.run(data().table(), Presets.get("set-2024").tree(),
        org.indexkit.method.MethodRegistry.resolve(Presets.get("stcud-2021").recipe()));
    assertThat(c.other()).containsExactly(other.composite().scores(), within(1e-12));
    assertThat(c.otherRanks()).containsExactly(other.composite().ranks());
    assertThat(c.description()).isEqualTo("the recipe of stcud-2021");
    assertThat(c.other()).as("a different build").isNotEqualTo(s.result().composite().scores());
    assertThatThrownBy(() -> score(Map.of("analyses.compare", "preset", "analyses.compare.preset", "gihi-2033")))
        .hasMessageContaining("analyses.compare.preset: no preset \"gihi-2033\"");
    assertThatThrownBy(() -> score(Map.of("analyses.compare", "preset"))).hasMessageContaining("needs its id");
  }

  @Test
  @DisplayName("Kendall τ-b by hand, with a tie: (1, 2, 3, 4) against (1, 3, 2, 2)")
  void kendall() {
    // pairs: (1,2) c, (1,3) c, (1,4) c, (2,3) d, (2,4) d, (3,4) tie in b; τ-b = (3 − 2)/√(6 · 5)
    assertThat(BuildComparison.kendall(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 2})).isCloseTo(1 / Math.sqrt(30), within(1e-15));
  }

  @Test
  @DisplayName("a change that is not KEY=VALUE, or a node not in the tree, is refused with its key")
  void refusals() {
    assertThatThrownBy(() -> score(Map.of("analyses.compare", "changes", "analyses.compare.set", "[\"weights\"]")))
        .hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> score(Map.of("analyses.compare", "changes", "analyses.compare.weights", "[\"nowhere=0.4\"]")))
        .hasMessageContaining("no node \"nowhere\"");
  }

  @Test
  @DisplayName("SET 2024's dimensions correlate in the report's order: talent–S&T highest (report 0.777), education–talent lowest (0.290)")
  void dimensionCorrelations() throws Exception {
    var s = score(Map.of("analyses.correlations", "pearson-spearman"));
    NodeCorrelations.Result c = (NodeCorrelations.Result) s.analyses().get(0);
    List<String> codes = c.nodes().stream().map(n -> n.code()).toList();
    double[][] p = c.pearson().get("");
    int edu = codes.indexOf("education"), talent = codes.indexOf("talent"), st = codes.indexOf("science_technology");
    assertThat(p[talent][st]).isGreaterThan(p[edu][st]).isGreaterThan(p[edu][talent]);
    // from the 1-dp published sub-dimension scores: 0.777 and 0.291, within the rounding of the inputs
    assertThat(p[talent][st]).isCloseTo(0.777, within(0.002));
    assertThat(p[edu][talent]).isCloseTo(0.290, within(0.002));
  }
}
