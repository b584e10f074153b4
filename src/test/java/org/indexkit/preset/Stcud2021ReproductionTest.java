package org.indexkit.preset;

import org.indexkit.core.StepChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import org.indexkit.SeedTable;
import org.indexkit.core.IndexResult;
import org.indexkit.pipeline.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fixture F1 of seed-methods.md: the STCUD 2021 composite (seed 000) is the mean of its four sub-indices. */
class Stcud2021ReproductionTest {
  static final Preset STCUD = Presets.get("stcud-2021");
  static final List<String> SUB_INDICES = List.of("tech_development_index", "tech_economy_index",
      "tech_governance_index", "tech_livelihood_index");

  @Test
  @DisplayName("F1: for the 15 cities published in all five tables, composite = mean of 4 within the 3-dp rounding bound")
  void compositeIsTheMeanOfFourSubIndices() {
    SeedTable complete = SeedTable.load("000_joined_subindices_vs_composite").where(r -> r.get("n_subindices_known").equals("4"));
    assertThat(complete.rows()).hasSize(15);

    IndexResult result = Pipeline.run(complete.toTable("city_en", SUB_INDICES), STCUD.tree(),
        STCUD.recipe().withNormalise(StepChoice.of("none")));

    // Beijing by hand: (0.811 + 0.820 + 0.671 + 0.790) / 4 = 0.773
    assertThat(result.score("Beijing")).isCloseTo(0.773, within(1e-12));
    for (int i = 0; i < complete.rows().size(); i++) {
      String city = complete.rows().get(i).get("city_en");
      // the mean of 3-dp values is exact to 0.00025 steps; the published composite rounds it to 3 dp
      assertThat(result.score(city)).as(city).isCloseTo(complete.number(i, "composite_index"), within(0.0005 + 1e-12));
    }
    // Ranked among themselves, they keep the published order (composite ranks 1–12, 14, 17, 18).
    List<String> publishedOrder = complete.rows().stream()
        .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.get("composite_rank")))).map(r -> r.get("city_en")).toList();
    for (int i = 0; i < publishedOrder.size(); i++) assertThat(result.rank(publishedOrder.get(i))).isEqualTo(i + 1);
  }

  @Test
  @DisplayName("The tree weights the four sub-indices ¼ each and marks work-safety accidents as a cost")
  void treeStatesTheReportsStructure() {
    assertThat(STCUD.tree().children("composite_index")).containsExactlyElementsOf(SUB_INDICES);
    SUB_INDICES.forEach(s -> assertThat(STCUD.tree().get(s).weight()).isEqualTo(0.25));
    assertThat(STCUD.tree().get("G2").direction()).isEqualTo(org.indexkit.core.Direction.COST);
    assertThat(STCUD.tree().leaves()).hasSize(28);
  }
}
