package org.indexkit.preset;

import java.util.List;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;

/**
 * SET Index 2024 (seed 002, appendix 2 and §1.2): every raw indicator min-max to [60, 100], fixed
 * weights at every level, weighted sums level by level, no rescaling (the composite maximum is 85.83).
 */
final class Set2024 {
  private Set2024() {}

  static Preset preset() {
    return new Preset("set-2024", "SET Index 2024: education, science & technology and talent in 30 global innovation cities",
        "全球创新城市教育科技人才协同发展评估报告 暨 SET 指数 2024",
        "深圳国际科技信息中心, 清华大学产业发展与环境治理研究中心 (CIDEG) and Elsevier, "
            + "《全球创新城市教育科技人才协同发展评估报告 暨 SET 指数 2024》, appendix 2 and Table 1.2.1",
        List.of(
            "set-2024: talent = 0.35 research + 0.35 industry + 0.30 potential, as the published scores show; "
                + "Table 1.2.1 prints 40/40/20, which misses Shenzhen's talent score by 2.25 points",
            "set-2024: third-level weights were never published; they are recovered from the published top-15 "
                + "tables (every one reproduces within 0.008); industrial development uses 0.2, 2/15, 1/3, 1/3",
            "set-2024: the 31 third-level indicators are the leaves; where the report combines two raw "
                + "sub-indicators (38 in all), give their combination or extend the tree (the split is unpublished)",
            "set-2024: the report's unspecified extreme-value treatment (极值处理) before min-max is not applied",
            "set-2024: to rebuild the index from published scores, give those columns and set normalise = none"),
        Preset.bundledTree("set-2024"),
        Recipe.of("set-2024").withNormalise(StepChoice.of("min-max", "min", 60.0, "max", 100.0)));
  }
}
