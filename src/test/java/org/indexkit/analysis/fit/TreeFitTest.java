package org.indexkit.analysis.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.indexkit.SeedTable;
import org.indexkit.core.IndicatorTree;
import org.indexkit.input.IndicatorsSheet;
import org.indexkit.input.TableCsv;
import org.indexkit.method.aggregate.Aggregators;
import org.indexkit.scoring.Scoring;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a whole tree of levels at once — every parent node an Indicators sheet names, fitted from one table of the
 * published levels (SET 2024's composite table joined with its three dimension tables, seed-tables/002_*; GIHI 2023's
 * composite joined with its dimension tables, 003_*), and the recipe of the tree re-scoring the top from the lowest
 * printed level.
 */
class TreeFitTest {
  static IndicatorTree tree(String csv) {
    return IndicatorsSheet.readCsv("Indicators", csv, Aggregators.STEP::resolve);
  }

  static SeedTable setLevels() {
    return SeedTable.load("002_set_index_total").join(SeedTable.load("002_education_dimension"), "city_en")
        .join(SeedTable.load("002_talent_dimension"), "city_en").join(SeedTable.load("002_scitech_dimension"), "city_en");
  }

  static IndicatorTree setPreset() throws Exception {
    try (var in = TreeFitTest.class.getResourceAsStream("/presets/set-2024.indicators.csv")) {
      return tree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  @DisplayName("SET 2024 with the preset's Indicators sheet: the composite and its three dimensions fitted top-down as weighted "
      + "means (F2, F3: 0.2/0.3/0.5; education 0.4/0.6; talent 0.35/0.35/0.3, as the preset prints it; S&T 0.3/0.3/0.3/0.1), the third-level nodes skipped naming the columns "
      + "the table lacks")
  void setTree() throws Exception {
    SeedTable t = setLevels();
    TreeFit fit = TreeFit.of(t.printed("SET"), t.column("city_en"), setPreset());
    assertThat(fit.nodes()).extracting(n -> n.result().parent()).containsExactly("set_total", "education", "talent", "science_technology");
    assertThat(fit.nodes()).allSatisfy(n -> assertThat(n.result().verdict().variant()).isEqualTo(FitVariant.WEIGHTED_MEAN));
    Map<String, String> weights = new java.util.LinkedHashMap<>();
    fit.nodes().forEach(n -> weights.put(n.result().parent(), FitWords.weights(n.result(), false)));
    assertThat(weights).containsEntry("set_total", "0.2, 0.3, 0.5").containsEntry("talent", "0.35, 0.35, 0.3")
        .containsEntry("education", "0.4, 0.6").containsEntry("science_technology", "0.3, 0.3, 0.3, 0.1");
    TreeFit.Node talent = fit.nodes().get(2);
    assertThat(talent.printedWeights()).as("the preset's Weight column, compared").containsExactly(0.35, 0.35, 0.3);
    assertThat(talent.result().printed().withinRounding()).isTrue();
    assertThat(fit.skipped()).extracting(Object::toString)
        .contains("basic_education: the table prints no avg_education_attainment, k12_stem_quality_pisa, k12_olympiad_awards");
    assertThat(FitWords.skipped(fit.skipped().get(0), true)).isEqualTo("未拟合：表中没有 avg_education_attainment、k12_stem_quality_pisa、k12_olympiad_awards 列");
    assertThat(FitRecipe.why(fit, false)).isNull();
  }

  @Test
  @DisplayName("must show 3 for a tree: SET's recipe, scored through the normal path from the nine printed sub-dimension scores, "
      + "gives each printed composite within the rounding bound carried up the tree (the composite's own bound plus each "
      + "dimension's weight times that dimension's bound)")
  void setTreeRecipeRescoresTheComposite() throws Exception {
    SeedTable t = setLevels();
    TreeFit fit = TreeFit.of(t.printed("SET"), t.column("city_en"), setPreset());
    FitRecipe recipe = FitRecipe.of(fit);
    assertThat(recipe.tree()).extracting(n -> n.code()).containsExactly("set_total", "education", "basic_education", "higher_education",
        "talent", "research_talent", "industry_talent", "talent_potential", "science_technology", "scientific_research",
        "technological_innovation", "industrial_development", "innovation_ecosystem");
    List<String> leaves = recipe.tree().stream().filter(n -> recipe.tree().stream().noneMatch(c -> n.code().equals(c.parent())))
        .map(n -> n.code()).toList();
    StringBuilder csv = new StringBuilder("city," + String.join(",", leaves) + "\n");
    for (var row : t.rows()) {
      csv.append('"').append(row.get("city_en")).append('"');
      for (String c : leaves) csv.append(',').append(row.get(c));
      csv.append('\n');
    }
    var input = TableCsv.read("set-leaves.csv", csv.toString());
    double[] scores = Scoring.score(input, Scoring.setup(input, null, new IndicatorTree(recipe.tree()), "fit", null, recipe.settings()), null,
        List.of()).result().composite().scores();
    TreeFit.Node top = fit.nodes().get(0);
    PublishedFit.Fit shown = top.result().snappedFit();
    double[] w = top.result().snapped().stream().mapToDouble(SimpleFractions.Fraction::value).toArray();
    for (int r = 0; r < scores.length; r++) {
      double carried = shown.bounds()[r];
      for (int d = 0; d < 3; d++) carried += w[d] * fit.nodes().get(d + 1).result().snappedFit().bounds()[r];
      assertThat(Math.abs(scores[r] - top.parent().values()[r])).as(t.rows().get(r).get("city_en")).isLessThanOrEqualTo(carried + 1e-9);
    }
  }

  @Test
  @DisplayName("GIHI 2023's composite and its three dimensions: each an affine map of its children, but each level rescaled to a "
      + "range of its own, so no single recipe — said in words, the ranges named")
  void gihiTree() {
    SeedTable t = SeedTable.load("003_gihi2023_composite_top100").join(SeedTable.load("003_gihi2023_science_center_top100"), "city_en")
        .join(SeedTable.load("003_gihi2023_innovation_highland_top100"), "city_en").join(SeedTable.load("003_gihi2023_innovation_ecosystem_top100"), "city_en");
    IndicatorTree tree = tree("""
        Code,Parent
        composite,
        science_center,composite
        innovation_highland,composite
        innovation_ecosystem,composite
        st_human_resources,science_center
        research_institutions,science_center
        science_infrastructure,science_center
        knowledge_creation,science_center
        tech_innovation_capability,innovation_highland
        innovative_enterprises,innovation_highland
        emerging_industries,innovation_highland
        economic_development,innovation_highland
        openness_cooperation,innovation_ecosystem
        entrepreneurship_support,innovation_ecosystem
        public_services,innovation_ecosystem
        innovation_culture,innovation_ecosystem
        """);
    TreeFit fit = TreeFit.of(t.printed("GIHI"), t.column("city_en"), tree);
    assertThat(fit.nodes()).hasSize(4).allSatisfy(n -> {
      assertThat(n.result().verdict().variant()).isEqualTo(FitVariant.AFFINE);
      assertThat(n.result().verdict().withinRounding()).isTrue();
    });
    assertThat(fit.nodes().get(0).result().verdict().intercept()).as("F5 on the composite's 100 rows").isCloseTo(-6.952277,
        org.assertj.core.api.Assertions.within(1e-4));
    assertThat(fit.nodes()).extracting(TreeFit.Node::rankColumn).as("the report's rank columns: its own for the top, each dimension's")
        .containsExactly("rank", "science_center_rank", "innovation_highland_rank", "innovation_ecosystem_rank");
    TreeFit.Node science = fit.nodes().get(1);
    assertThat(java.util.Arrays.stream(science.publishedRanks()).max().orElseThrow()).as("ranks among all cities become places among the rows")
        .isLessThanOrEqualTo(science.result().rows().size());
    assertThat(FitWords.ranks(fit.nodes().get(0).result().shown(), fit.nodes().get(0).result().rows(), fit.nodes().get(0).publishedRanks(), false))
        .startsWith("Rank order against the published ranks: ");
    assertThat(FitRecipe.of(fit)).isNull();
    assertThat(FitRecipe.why(fit, false)).startsWith("no recipe: each level is rescaled to a range of its own (composite [")
        .contains("science_center [");
  }

  @Test
  @DisplayName("a tree whose fitted nodes do not meet (two dimensions without their parent's column) hands back no recipe and says so")
  void separateTrees() {
    SeedTable t = SeedTable.load("002_education_dimension").join(SeedTable.load("002_talent_dimension"), "city_en");
    TreeFit fit = TreeFit.of(t.printed("SET"), t.column("city_en"), tree("""
        Code,Parent
        set_total,
        education,set_total
        talent,set_total
        basic_education,education
        higher_education,education
        research_talent,talent
        industry_talent,talent
        talent_potential,talent
        """));
    assertThat(fit.skipped()).extracting(Object::toString).containsExactly("set_total: the table prints no set_total");
    assertThat(FitRecipe.why(fit, false)).isEqualTo("no recipe: the fitted nodes form 2 separate trees (education, talent); fit them one at a time");
  }
}
