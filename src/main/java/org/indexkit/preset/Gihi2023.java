package org.indexkit.preset;

import java.util.List;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;

/**
 * Global Innovation Hubs Index 2023 (seed 003, 附录三): z-score every indicator, weighted sums of
 * z-scores, then every displayed node min-max to [60, 100] from its own weighted z-sum; the
 * mini-hubs (population under 1 million) form a league of their own (表4).
 */
final class Gihi2023 {
  private Gihi2023() {}

  static Preset preset() {
    return new Preset("gihi-2023", "Global Innovation Hubs Index 2023 (GIHI2023)", "国际科技创新中心指数 2023",
        "清华大学产业发展与环境治理研究中心 (CIDEG) and Nature Research, 《国际科技创新中心指数 2023》, 表1 and 附录三",
        List.of(
            "gihi-2023: the 30 third-level weights are not published; each indicator takes an equal share of its "
                + "second-level node",
            "gihi-2023: z-scores use the sample sd; the convention cancels in the min-max to [60, 100]",
            "gihi-2023: every node, leaves included, is shown min-max to [60, 100] of its own weighted z-sum "
                + "(the composite is therefore not the weighted mean of the displayed dimension scores)",
            "gihi-2023: put mini-hubs (population < 1 million) in a Group column to score them as their own league",
            "gihi-2023: indicators 01, 09, 23, 26, 28, 30 are per million people: give them per capita, or add a "
                + "population column and set their Transform to per-capita(population, 1000000)"),
        Preset.bundledTree("gihi-2023"),
        Recipe.of("gihi-2023").withNormalise(StepChoice.of("z-score"))
            .withRescale(StepChoice.of("min-max", "min", 60.0, "max", 100.0)).withLeagues(true));
  }
}
