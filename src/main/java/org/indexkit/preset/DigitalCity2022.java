package org.indexkit.preset;

import java.util.List;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;

/**
 * 2022 China digital city competitiveness (seed 004, CCID 表2): six dimensions, eighteen
 * second-level indicators, each typed 投入 input or 成效 outcome, with input and outcome sub-scores
 * reported beside the index (the report's input-vs-outcome view, 图8). The report publishes ranks
 * only; its method is not stated, so this preset states every choice it makes.
 */
final class DigitalCity2022 {
  private DigitalCity2022() {}

  static Preset preset() {
    return new Preset("digital-city-2022", "China digital city competitiveness 2022", "2022 中国数字城市竞争力研究报告",
        "赛迪顾问 (CCID Consulting) 数字转型研究中心, 《2022 中国数字城市竞争力研究报告》, 表2 (November 2022)",
        List.of(
            "digital-city-2022: the report publishes ranks and the 6 × 18 indicator system only; normalisation, weights and "
                + "aggregation are not stated",
            "digital-city-2022: assumed min-max to [0, 100] per indicator, equal weights at each level, weighted arithmetic mean",
            "digital-city-2022: each indicator's Type (input 投入 / outcome 成效, 表2) gives an input and an outcome sub-score",
            "digital-city-2022: the third-level indicators are not published; give the 18 second-level scores or extend the tree"),
        Preset.bundledTree("digital-city-2022"),
        Recipe.of("digital-city-2022").withNormalise(StepChoice.of("min-max", "min", 0.0, "max", 100.0)));
  }
}
