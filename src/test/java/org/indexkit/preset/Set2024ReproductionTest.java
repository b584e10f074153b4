package org.indexkit.preset;

import org.indexkit.core.StepChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.indexkit.SeedTable;
import org.indexkit.core.IndexResult;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The set-2024 preset rebuilds the published SET Index 2024 (seed 002) from its own lower-level
 * scores: fixtures F2 (composite from dimensions), F3 (dimensions from sub-dimensions) and F4
 * (sub-dimensions from third-level indicators) of seed-methods.md. The published scores are fed in
 * as indicators with normalise = none, exactly as a researcher would check the report.
 */
class Set2024ReproductionTest {
  static final Preset SET = Presets.get("set-2024");
  static final Recipe AS_GIVEN = SET.recipe().withNormalise(StepChoice.of("none"));
  /** Published scores have 2 decimals; a weighted mean of 2-dp inputs is off by at most 0.005 + 0.005. */
  static final double TWO_DP = 0.01;

  @Test
  @DisplayName("F2: SET = 0.2 education + 0.3 talent + 0.5 S&T for all 30 cities, within 0.01, in the published order")
  void compositeFromDimensions() {
    SeedTable published = SeedTable.load("002_set_index_total");
    Table dims = published.toTable("city_en", List.of("education", "talent", "science_technology"));

    IndexResult result = Pipeline.run(dims, SET.tree(), AS_GIVEN);

    assertThat(result.composite().code()).isEqualTo("set_total");
    assertThat(result.score("Boston")).isCloseTo(85.83, within(TWO_DP));
    for (int i = 0; i < published.rows().size(); i++) {
      String city = published.rows().get(i).get("city_en");
      assertThat(result.score(city)).as(city).isCloseTo(published.number(i, "set_total"), within(TWO_DP));
    }
    assertRanksMatchPublished(published, "set_total", result);
  }

  /**
   * Every computed rank equals the published one, except inside a group of cities the report shows
   * with the same 2-dp score: there the report ranked by unrounded scores it does not publish
   * (Austin and Guangzhou, both 73.67, ranks 23 and 24), so the computed rank must only fall in the
   * group's range.
   */
  static void assertRanksMatchPublished(SeedTable published, String scoreColumn, IndexResult result) {
    for (Map<String, String> row : published.rows()) {
      String city = row.get("city_en");
      int publishedRank = Integer.parseInt(row.get("rank"));
      List<Integer> tiedRanks = published.rows().stream().filter(r -> r.get(scoreColumn).equals(row.get(scoreColumn)))
          .map(r -> Integer.parseInt(r.get("rank"))).toList();
      if (tiedRanks.size() == 1) assertThat(result.rank(city)).as(city).isEqualTo(publishedRank);
      else assertThat(result.rank(city)).as(city + " (tied at " + row.get(scoreColumn) + " in the report)")
          .isBetween(tiedRanks.stream().min(Integer::compare).get(), tiedRanks.stream().max(Integer::compare).get());
    }
  }

  static Stream<Arguments> dimensions() {
    return Stream.of(
        Arguments.of("education", List.of("basic_education_top15", "higher_education_top15")),
        Arguments.of("talent", List.of("research_talent_top15", "industry_talent_top15", "talent_potential_top15")),
        Arguments.of("science_technology", List.of("scientific_research_top15", "technological_innovation_top15",
            "industrial_development_top15", "innovation_ecosystem_top15")));
  }

  @ParameterizedTest(name = "F3: {0} from its 2-dp sub-dimension scores, within 0.01")
  @MethodSource("dimensions")
  void dimensionFromSubDimensions(String dimension, List<String> subTables) {
    // The full dimension tables give sub-scores to 1 dp only; the top-15 tables give them to 2 dp,
    // so the check uses the cities present in every top-15 table of the dimension.
    List<SeedTable> subs = subTables.stream().map(t -> SeedTable.load("002_" + t)).toList();
    List<String> codes = subs.stream().map(s -> s.rows().get(0).keySet().stream().toList().get(3)).toList();
    List<String> cities = new ArrayList<>(subs.get(0).column("city_en"));
    subs.forEach(s -> cities.retainAll(s.column("city_en")));
    assertThat(cities).hasSizeGreaterThanOrEqualTo(5);
    double[][] values = new double[cities.size()][codes.size()];
    for (int r = 0; r < cities.size(); r++)
      for (int c = 0; c < codes.size(); c++)
        values[r][c] = Double.parseDouble(subs.get(c).row("city_en", cities.get(r)).get(codes.get(c)));

    IndexResult result = Pipeline.run(new Table(cities, codes, values), SET.tree().subtree(dimension), AS_GIVEN);

    SeedTable dimTable = SeedTable.load("002_" + (dimension.equals("science_technology") ? "scitech" : dimension) + "_dimension");
    for (String city : cities)
      assertThat(result.score(city)).as(city)
          .isCloseTo(Double.parseDouble(dimTable.row("city_en", city).get(dimension)), within(TWO_DP));
  }

  @Test
  @DisplayName("F3 on all 30 cities: the 1-dp sub-scores rebuild each dimension within their rounding bound 0.05")
  void dimensionsFromOneDecimalTables() {
    for (String dim : List.of("education", "talent", "scitech")) {
      SeedTable t = SeedTable.load("002_" + dim + "_dimension");
      List<String> header = List.copyOf(t.rows().get(0).keySet());
      String dimCode = header.get(3);
      IndexResult result = Pipeline.run(t.toTable("city_en", header.subList(4, header.size())),
          SET.tree().subtree(dimCode), AS_GIVEN);
      for (int i = 0; i < t.rows().size(); i++) {
        String city = t.rows().get(i).get("city_en");
        // 1-dp inputs are off by ≤ 0.05 each and the weights sum to 1; the 2-dp output adds 0.005.
        assertThat(result.score(city)).as(dim + " " + city).isCloseTo(t.number(i, dimCode), within(0.055));
      }
    }
  }

  @Test
  @DisplayName("Talent's printed 40/40/20 does not reproduce the scores; the preset's 35/35/30 does")
  void talentWeightsAreTheOnesTheScoresShow() {
    assertThat(SET.tree().get("research_talent").weight()).isEqualTo(0.35);
    assertThat(SET.tree().get("industry_talent").weight()).isEqualTo(0.35);
    assertThat(SET.tree().get("talent_potential").weight()).isEqualTo(0.30);
    assertThat(SET.notes()).anyMatch(n -> n.contains("35") && n.contains("40/40/20"));

    SeedTable t = SeedTable.load("002_talent_dimension");
    Table subs = t.toTable("city_en", List.of("research_talent", "industry_talent", "talent_potential"));
    IndicatorTree printed = new IndicatorTree(SET.tree().subtree("talent").nodes().stream()
        .map(n -> switch (n.code()) {
          case "research_talent", "industry_talent" -> n.withWeight(0.4);
          case "talent_potential" -> n.withWeight(0.2);
          default -> n;
        }).toList());
    IndexResult wrong = Pipeline.run(subs, printed, AS_GIVEN);
    double worst = 0;
    for (int i = 0; i < t.rows().size(); i++)
      worst = Math.max(worst, Math.abs(wrong.score(t.rows().get(i).get("city_en")) - t.number(i, "talent")));
    assertThat(worst).as("largest error with the printed weights (Shenzhen: 80.91 vs 78.66)").isGreaterThan(2.0);
  }

  static Stream<String> secondLevelTables() {
    return Stream.of("basic_education", "higher_education", "research_talent", "industry_talent", "talent_potential",
        "scientific_research", "technological_innovation", "industrial_development", "innovation_ecosystem");
  }

  @ParameterizedTest(name = "F4: {0} from its third-level scores with the recovered weights, within 0.01")
  @MethodSource("secondLevelTables")
  void secondLevelFromThirdLevel(String code) {
    SeedTable t = SeedTable.load("002_" + code + "_top15");
    List<String> header = List.copyOf(t.rows().get(0).keySet());
    assertThat(header.get(3)).isEqualTo(code);
    List<String> leaves = header.subList(4, header.size());
    assertThat(leaves).containsExactlyElementsOf(SET.tree().children(code));

    IndexResult result = Pipeline.run(t.toTable("city_en", leaves), SET.tree().subtree(code), AS_GIVEN);

    for (int i = 0; i < t.rows().size(); i++)
      assertThat(result.score(t.rows().get(i).get("city_en"))).as(t.rows().get(i).get("city_en"))
          .isCloseTo(t.number(i, code), within(TWO_DP));
  }

  @Test
  @DisplayName("The whole tree's effective weights are the report's global weights and sum to 1")
  void effectiveWeightsAreProductsOfLevelWeights() {
    var weights = Pipeline.run(SeedTable.load("002_set_index_total").toTable("city_en",
        List.of("education", "talent", "science_technology")), SET.tree(), AS_GIVEN).weights();
    assertThat(weights).filteredOn(w -> w.code().equals("talent")).singleElement()
        .satisfies(w -> assertThat(w.effective()).isEqualTo(0.3));
    // On the full tree: research talent 0.3 × 0.35 × 0.75 = 0.07875 for S&E researcher competitiveness.
    var full = org.indexkit.method.weight.LevelWeights.resolve(SET.tree(), SET.recipe().weights(), new ArrayList<>());
    assertThat(full).filteredOn(w -> w.code().equals("stem_researcher_competitiveness")).singleElement()
        .satisfies(w -> assertThat(w.effective()).isCloseTo(0.3 * 0.35 * 0.75, within(1e-12)));
    assertThat(full.stream().filter(w -> w.leaf()).mapToDouble(w -> w.effective()).sum()).isCloseTo(1.0, within(1e-12));
    assertThat(full).filteredOn(w -> w.leaf()).hasSize(31);
  }
}
