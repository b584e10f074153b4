package org.indexkit.analysis.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.indexkit.SeedTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19 must-show 1: the verdicts on the published tables of seed-methods.md (fixtures F1–F7), copied from
 * ../shared/reference/seed-tables into src/test/resources/seed-tables.
 */
class PublishedFitTest {
  static PublishedFit.Result fit(String table, String parent, List<String> children, double[] printed) {
    SeedTable t = SeedTable.load(table);
    return PublishedFit.fit(PrintedColumn.of(parent, t.column(parent)), children.stream().map(c -> PrintedColumn.of(c, t.column(c))).toList(),
        t.column("city_en"), printed);
  }

  @Test
  @DisplayName("SET 2024 composite (F2): a weighted mean 0.2/0.3/0.5 of education, talent and S&T, max residual ≤ 0.007 within the "
      + "rounding bound 0.01 of 2-dp scores")
  void setComposite() {
    var r = fit("002_set_index_total", "set_total", List.of("education", "talent", "science_technology"), null);
    assertThat(r.verdict().variant()).isEqualTo(FitVariant.WEIGHTED_MEAN);
    assertThat(r.verdict().maxResidual()).as("the free fit").isLessThan(0.0072);
    assertThat(r.snappedFit().maxResidual()).as("0.2/0.3/0.5 exactly, New York").isLessThanOrEqualTo(0.007);
    assertThat(r.snappedFit().worst().get(0)).isEqualTo("New York");
    assertThat(r.snappedFit().bounds()[0]).isCloseTo(0.01, within(1e-12));
    assertThat(r.snapped()).extracting(Object::toString).containsExactly("0.2", "0.3", "0.5");
  }

  @Test
  @DisplayName("SET 2024 talent (F3): 0.35/0.35/0.30 fits the 1-dp sub-scores within 0.03 (bound 0.055); the printed 40/40/20 is "
      + "rejected, missing by 2.25 (Shenzhen)")
  void setTalent() {
    var r = fit("002_talent_dimension", "talent", List.of("research_talent", "industry_talent", "talent_potential"), new double[] {0.4, 0.4, 0.2});
    assertThat(r.verdict().variant()).isEqualTo(FitVariant.WEIGHTED_MEAN);
    assertThat(r.snapped()).extracting(Object::toString).containsExactly("0.35", "0.35", "0.3");
    assertThat(r.snappedFit().maxResidual()).as("0.03 exactly: 1-dp inputs").isLessThanOrEqualTo(0.03 + 1e-9);
    assertThat(r.printed().withinRounding()).isFalse();
    assertThat(r.printed().maxResidual()).isCloseTo(2.25, within(0.005));
    assertThat(r.printed().worst().get(0)).isEqualTo("Shenzhen");
  }

  @Test
  @DisplayName("the verdicts in words, English and Chinese, and the printed weights' comparison; Austin and Guangzhou's tie at 73.67")
  void words() {
    var r = fit("002_talent_dimension", "talent", List.of("research_talent", "industry_talent", "talent_potential"), new double[] {0.4, 0.4, 0.2});
    assertThat(FitWords.verdict(r, false)).isEqualTo("talent is a weighted mean of research_talent, industry_talent, talent_potential, "
        + "weights 0.35, 0.35, 0.3: all 30 rows within rounding (max residual 0.0300, bound 0.0550).");
    assertThat(FitWords.verdict(r, true)).isEqualTo("talent 是 research_talent、industry_talent、talent_potential 的加权平均，权重 0.35、0.35、0.3："
        + "30 行全部在舍入误差内（最大残差 0.0300，界限 0.0550）。");
    assertThat(FitWords.printed(r, new double[] {0.4, 0.4, 0.2}, false)).isEqualTo("The printed weights 0.4, 0.4, 0.2 miss by 2.25 (Shenzhen): rejected.");
    var gihi = fit("003_gihi2023_composite_top100", "composite", List.of("science_center", "innovation_highland", "innovation_ecosystem"), null);
    assertThat(FitWords.verdict(gihi, false)).startsWith("composite is an affine map (each level rescaled on its own) of science_center, "
        + "innovation_highland, innovation_ecosystem, slopes 0.33903").contains("intercept -6.952");
    SeedTable t = SeedTable.load("002_set_index_total");
    assertThat(FitWords.ties(PrintedColumn.of("set_total", t.column("set_total")).values(), t.column("city_en")))
        .containsExactly(List.of("Austin", "Guangzhou"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "002_basic_education_top15; basic_education; avg_education_attainment k12_stem_quality_pisa k12_olympiad_awards; 0.5 0.3 0.2",
      "002_higher_education_top15; higher_education; world_class_discipline_competitiveness world_class_university_count research_institution_growth_rate; 0.65 0.3 0.05",
      "002_research_talent_top15; research_talent; stem_researcher_competitiveness top_researcher_count; 0.75 0.25",
      "002_industry_talent_top15; industry_talent; top1000_firm_employees top1000_hightech_employee_share engineering_elite_count_ieee_fellows; 0.3 0.3 0.4",
      "002_talent_potential_top15; talent_potential; young_active_researcher_share young_researcher_growth researcher_inflow_ratio; 0.4 0.2 0.4",
      "002_scientific_research_top15; scientific_research; high_quality_output_cns high_quality_output_growth citation_impact_fwci cited_by_intl_patents_rate interdisciplinarity; 0.25 0.35 0.25 0.05 0.1",
      "002_technological_innovation_top15; technological_innovation; granted_pct_families_total granted_pct_families_per_capita patent_citation_impact top10pct_patent_growth; 0.35 0.3 0.25 0.1",
      "002_industrial_development_top15; industrial_development; top1000_firm_count top1000_rd_intensity unicorn_performance startup_avg_valuation; 0.2 2/15 1/3 1/3",
      "002_innovation_ecosystem_top15; innovation_ecosystem; large_science_facilities industry_academia_collaboration cross_region_collab_diversity gdp_performance; 0.25 0.25 0.25 0.25"})
  @DisplayName("SET 2024 third level (F4): each top-15 table a weighted mean of its indicators' scores, snapped to the weights of "
      + "the preset (industrial development 0.2, 2/15, 1/3, 1/3), every row within rounding (max residual ≤ 0.008)")
  void setThirdLevel(String table, String parent, String children, String weights) {
    var r = fit(table, parent, List.of(children.split(" ")), null);
    assertThat(r.verdict().variant()).isEqualTo(FitVariant.WEIGHTED_MEAN);
    assertThat(r.snapped()).extracting(Object::toString).containsExactly(weights.split(" "));
    assertThat(r.snappedFit().maxResidual()).isLessThanOrEqualTo(0.008);
    assertThat(r.snappedFit().withinRounding()).isTrue();
    assertThat(r.determined()).isTrue();
  }

  @Test
  @DisplayName("GIHI 2023 composite (F5): affine, (−6.952277, 0.339030, 0.459701, 0.293064) within 1e-4, max residual ≤ 0.009; "
      + "the weighted mean of the printed dimensions is rejected (residuals over 3), and so is the printed 0.3/0.3/0.4")
  void gihiComposite() {
    var r = fit("003_gihi2023_composite_top100", "composite", List.of("science_center", "innovation_highland", "innovation_ecosystem"),
        new double[] {0.3, 0.3, 0.4});
    assertThat(r.verdict().variant()).isEqualTo(FitVariant.AFFINE);
    assertThat(r.verdict().intercept()).isCloseTo(-6.952277, within(1e-4));
    assertThat(r.verdict().weights()).containsExactly(new double[] {0.339030, 0.459701, 0.293064}, within(1e-4));
    assertThat(r.verdict().maxResidual()).isLessThanOrEqualTo(0.009);
    var mean = r.fits().stream().filter(f -> f.variant() == FitVariant.WEIGHTED_MEAN).findFirst().orElseThrow();
    assertThat(mean.withinRounding()).isFalse();
    assertThat(mean.maxResidual()).isGreaterThan(1);
    assertThat(r.printed().maxResidual()).isGreaterThan(3);
    assertThat(r.snapped()).as("slopes of an affine map are range ratios, not weights to snap").isNull();
  }

  @Test
  @DisplayName("GIHI 2023 mini-hubs (F6): their own affine map (−54.400, 0.77796, 0.43021, 0.47899), max residual ≤ 0.0052")
  void gihiMiniHubs() {
    var r = fit("003_gihi2023_minihubs", "composite", List.of("science_center", "innovation_highland", "innovation_ecosystem"), null);
    assertThat(r.verdict().variant()).isEqualTo(FitVariant.AFFINE);
    assertThat(r.verdict().intercept()).isCloseTo(-54.400, within(5e-3));
    assertThat(r.verdict().weights()).containsExactly(new double[] {0.77796, 0.43021, 0.47899}, within(5e-5));
    assertThat(r.verdict().maxResidual()).isLessThanOrEqualTo(0.0052);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "003_gihi2023_science_center_top100; science_center; st_human_resources research_institutions science_infrastructure knowledge_creation; -13.287; 0.34604 0.35653 0.15413 0.36462; 0.0076",
      "003_gihi2023_innovation_highland_top100; innovation_highland; tech_innovation_capability innovative_enterprises emerging_industries economic_development; -7.123; 0.28132 0.32754 0.30901 0.19254; 0.0071",
      "003_gihi2023_innovation_ecosystem_top100; innovation_ecosystem; openness_cooperation entrepreneurship_support public_services innovation_culture; -15.282; 0.23972 0.47011 0.21817 0.28710; 0.0082"})
  @DisplayName("GIHI 2023 dimensions (F7): each affine in its four sub-scores, with seed-methods' coefficients and max residuals "
      + "(0.0076, 0.0071, 0.0082 as printed there, to 4 dp)")
  void gihiDimensions(String table, String parent, String children, double intercept, String slopes, double maxResidual) {
    var r = fit(table, parent, List.of(children.split(" ")), null);
    assertThat(r.verdict().variant()).isEqualTo(FitVariant.AFFINE);
    assertThat(r.verdict().intercept()).isCloseTo(intercept, within(5e-3));
    double[] expected = java.util.Arrays.stream(slopes.split(" ")).mapToDouble(Double::parseDouble).toArray();
    assertThat(r.verdict().weights()).containsExactly(expected, within(5e-5));
    assertThat(r.verdict().maxResidual()).isLessThan(maxResidual + 0.00005);
    assertThat(r.verdict().withinRounding()).isTrue();
    assertThat(r.determined()).isTrue();
  }

  @Test
  @DisplayName("STCUD 2021 composite (F1): equal quarters of the four sub-indices, on the 15 cities with all four printed")
  void stcudComposite() {
    var r = fit("000_joined_subindices_vs_composite", "composite_index", List.of("tech_development_index", "tech_economy_index",
        "tech_governance_index", "tech_livelihood_index"), null);
    assertThat(r.rows()).hasSize(15);
    assertThat(r.verdict().variant()).isEqualTo(FitVariant.WEIGHTED_MEAN);
    assertThat(r.snapped()).extracting(Object::toString).containsExactly("0.25", "0.25", "0.25", "0.25");
    assertThat(r.snappedFit().maxResidual()).isLessThanOrEqualTo(0.0005 + 1e-9);
  }

  @Test
  @DisplayName("a child printed twice (education copied as a fourth column) leaves the split of its weight open: the verdict "
      + "still fits and says the weights are not unique; the seed tables' fits are all determined")
  void undeterminedWeights() {
    SeedTable t = SeedTable.load("002_set_index_total");
    List<PrintedColumn> kids = List.of(PrintedColumn.of("education", t.column("education")), PrintedColumn.of("talent", t.column("talent")),
        PrintedColumn.of("science_technology", t.column("science_technology")), PrintedColumn.of("education_again", t.column("education")));
    var r = PublishedFit.fit(PrintedColumn.of("set_total", t.column("set_total")), kids, t.column("city_en"), null);
    assertThat(r.verdict().withinRounding()).isTrue();
    assertThat(r.verdict().weights()[0] + r.verdict().weights()[3]).as("the two copies share education's 0.2").isCloseTo(0.2, within(0.002));
    assertThat(r.determined()).isFalse();
    assertThat(FitWords.verdict(r, false)).endsWith(" The weights are not unique: the children's columns are linearly dependent, so other "
        + "weights fit as well.");
    assertThat(fit("002_set_index_total", "set_total", List.of("education", "talent", "science_technology"), null).determined()).isTrue();
  }
}
