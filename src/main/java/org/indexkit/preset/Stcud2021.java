package org.indexkit.preset;

import java.util.List;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;

/**
 * Index of S&T capability for promoting urban development 2021 (seed 000, T/CRSUD 002—2021): the
 * composite is the equal-weight mean of four sub-indices on a [0, 1] scale (verified on the 15 cities
 * published in all five tables, |error| ≤ 0.0005).
 */
final class Stcud2021 {
  private Stcud2021() {}

  static Preset preset() {
    return new Preset("stcud-2021", "Index of S&T capability for promoting urban development 2021",
        "促进城市发展科技能力指数 2021",
        "中国社会科学院中国城市发展研究会 et al., 《促进城市发展科技能力指数研究报告2021》 (T/CRSUD 002—2021)",
        List.of(
            "stcud-2021: composite = (S1 + S2 + S3 + S4)/4, as the published tables show",
            "stcud-2021: indicator weights inside each sub-index are not published; equal shares are used",
            "stcud-2021: the normalisation is not stated; min-max to [0, 1] is inferred from the published [0, 1] "
                + "scores whose maximum is below 1",
            "stcud-2021: work-safety accidents per 10,000 people (G2) is a cost indicator; 5G pilot (G8) is 1/0",
            "stcud-2021: to rebuild the composite from published sub-index scores, set normalise = none"),
        Preset.bundledTree("stcud-2021"),
        Recipe.of("stcud-2021").withNormalise(StepChoice.of("min-max", "min", 0.0, "max", 1.0)));
  }
}
