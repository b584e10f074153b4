package org.indexkit.preset;

import java.util.List;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;

/**
 * China urban new-quality productive forces index (seed 001): drop high-missing cities and fill the
 * rest by MICE, entropy weights, TOPSIS, four cluster tiers and a six-to-one star grading. The report
 * is a news write-up that names the methods only; every choice below is stated in the notes.
 */
final class NqpfEntropyTopsis {
  static final List<String> TIERS = List.of("综合领先型", "均衡发展型", "特色追赶型", "基础追赶型");

  private NqpfEntropyTopsis() {}

  static Preset preset() {
    return new Preset("nqpf-entropy-topsis", "China urban new-quality productive forces index", "中国城市新质生产力发展指数",
        "浙江大学杭州国际科创中心新质生产力与创新战略研究院, 《中国城市新质生产力发展指数报告》 (2025): 熵权-TOPSIS, 多重插补, 聚类梯队, 六星至一星",
        List.of(
            "nqpf-entropy-topsis: cities missing more than 30% of the 24 indicators are dropped (the report says only "
                + "\"选择性剔除高缺失率的城市\"); the rest are filled by MICE (m = 5)",
            "nqpf-entropy-topsis: direction-aware min-max to [0, 1], then entropy weights across all 24 indicators "
                + "(the report does not say whether per dimension)",
            "nqpf-entropy-topsis: TOPSIS on the min-max values at every node: each dimension from its indicators, the index "
                + "from the three dimension scores weighted by their indicators' summed entropy weights",
            "nqpf-entropy-topsis: four k-means tiers named 综合领先型 / 均衡发展型 / 特色追赶型 / 基础追赶型 and six quantile star "
                + "bands (the report states neither rule)",
            "nqpf-entropy-topsis: 主体能级 sits under 产业创新 and 全要素生产率 under 市场效能, as the report's text reads "
                + "(its table misplaces both rows)"),
        Preset.bundledTree("nqpf-entropy-topsis"),
        Recipe.of("nqpf-entropy-topsis").withNormalise(StepChoice.of("min-max", "min", 0.0, "max", 1.0))
            .withWeights(StepChoice.of("entropy", "scope", "all-indicators"))
            .withAggregate(StepChoice.of("topsis", "norm", "min-max"))
            .withTiers(StepChoice.of("k-means", "k", 4, "labels", TIERS)).withStars(StepChoice.of("quantile", "k", 6))
            .withImpute(StepChoice.of("mice", "maxMissingShare", 0.3)));
  }
}
