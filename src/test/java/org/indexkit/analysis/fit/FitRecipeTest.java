package org.indexkit.analysis.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.indexkit.SeedTable;
import org.indexkit.core.IndicatorTree;
import org.indexkit.input.TableCsv;
import org.indexkit.scoring.Scoring;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/**
 * Issue 19 must-show 3: the recipe a verdict hands back, run through the normal scoring path (Scoring.setup, Scoring.score)
 * on the published children, gives the published parent within each row's rounding bound.
 */
class FitRecipeTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = ';', value = {
      "002_set_index_total; set_total; education talent science_technology",
      "002_talent_dimension; talent; research_talent industry_talent talent_potential",
      "002_industrial_development_top15; industrial_development; top1000_firm_count top1000_rd_intensity unicorn_performance startup_avg_valuation",
      "003_gihi2023_composite_top100; composite; science_center innovation_highland innovation_ecosystem",
      "003_gihi2023_minihubs; composite; science_center innovation_highland innovation_ecosystem",
      "003_gihi2023_science_center_top100; science_center; st_human_resources research_institutions science_infrastructure knowledge_creation"})
  @DisplayName("the recipe handed back re-scores the published children to the published parent, every row within rounding")
  void rescoresThePublishedParent(String table, String parentColumn, String childColumns) throws Exception {
    SeedTable t = SeedTable.load(table);
    List<String> children = List.of(childColumns.split(" "));
    TreeFit.Node node = TreeFit.of(t.printed(table), t.column("city_en"), parentColumn, children, null).nodes().get(0);
    PrintedColumn parent = node.parent();
    var fit = node.result();
    FitRecipe recipe = FitRecipe.of(new TreeFit(List.of(node), List.of(), t.column("city_en")));

    StringBuilder csv = new StringBuilder("city," + String.join(",", children) + "\n");
    for (int r = 0; r < t.rows().size(); r++) {
      csv.append('"').append(t.rows().get(r).get("city_en")).append('"');
      for (String c : children) csv.append(',').append(t.rows().get(r).get(c));
      csv.append('\n');
    }
    var input = TableCsv.read(table + ".csv", csv.toString());
    var scored = Scoring.score(input, Scoring.setup(input, null, new IndicatorTree(recipe.tree()), "fit", null, recipe.settings()), null,
        List.of());
    double[] scores = scored.result().composite().scores();
    var bounds = fit.snappedFit() != null ? fit.snappedFit().bounds() : fit.verdict().bounds();
    for (int r = 0; r < scores.length; r++)
      assertThat(Math.abs(scores[r] - parent.values()[r])).as("%s: %s", table, t.rows().get(r).get("city_en")).isLessThanOrEqualTo(bounds[r] + 1e-9);
  }
}
