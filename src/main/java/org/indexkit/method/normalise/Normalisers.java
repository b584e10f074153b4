package org.indexkit.method.normalise;

import java.util.function.Function;
import org.indexkit.core.Direction;
import org.indexkit.core.Indicator;
import org.indexkit.core.Param;
import org.indexkit.method.MethodSpec;
import org.indexkit.method.StepSpec;

/**
 * The normalisations, registered (recipe key {@code normalise}), and the display rescale (recipe key
 * {@code rescale}). A normalisation's object is made per leaf, because distance to target reads the leaf's Target.
 */
public final class Normalisers {
  private Normalisers() {}

  public static final StepSpec<Function<Indicator, Normaliser>> STEP = StepSpec.of("normalise", "normalisation", "Normalisation", "标准化",
      "min-max",
      MethodSpec.<Function<Indicator, Normaliser>>of("min-max", "Min-max", "极差标准化 (min-max)",
          "a + (b − a)(x − min)/(max − min); cost indicators reversed. SET 2024 uses [60, 100].",
          "a + (b − a)(x − min)/(max − min)，逆向指标取反。SET 2024 采用 [60, 100]。",
          c -> leaf -> new MinMax(c.number("min"), c.number("max")),
          Param.number("min", 0.0, null, null, "Lowest score a", "最低分 a"), Param.number("max", 1.0, null, null, "Highest score b", "最高分 b"))
          .withRules(c -> rangeOf(c, "min-max")),
      MethodSpec.of("z-score", "Z-score", "Z分数标准化", "(x − mean)/sd with the sample sd (n − 1). GIHI 2023.",
          "(x − 均值)/样本标准差 (n − 1)。GIHI 2023 采用。", c -> leaf -> new ZScore()),
      MethodSpec.of("percentile", "Percentile rank", "百分位排名", "Share of entities below, 0 to 1; robust to outliers.",
          "低于该值的城市占比，0 到 1；不受极端值影响。", c -> leaf -> new PercentileRank()),
      MethodSpec.of("distance-to-target", "Distance to target", "目标距离法",
          "(x − min)/(target − min), capped at 1; needs a Target per indicator.", "(x − 最小值)/(目标值 − 最小值)，上限为 1；每个指标需设目标值。",
          c -> leaf -> new DistanceToTarget(leaf.direction() == Direction.COST ? -leaf.target() : leaf.target())),
      MethodSpec.<Function<Indicator, Normaliser>>of("goalposts", "Goalposts", "固定阈值标准化 (goalposts)",
          "scale·(x − Lower)/(Upper − Lower), truncated to [0, scale]; fixed posts per indicator (Lower, Upper), as the HDI.",
          "scale·(x − 下限)/(上限 − 下限)，截断到 [0, scale]；每个指标给定上下限（Lower、Upper），如人类发展指数。",
          c -> leaf -> Goalposts.of(leaf.lower(), leaf.upper(), leaf.direction() == Direction.COST, c.number("scale")),
          Param.number("scale", 1.0, 0.0, null, "Scale of the upper post", "上限对应的分值")).withRules(c -> {
            if (!(c.number("scale") > 0)) throw new IllegalArgumentException("goalposts need a scale > 0");
            return c;
          }),
      MethodSpec.of("none", "None (scores as given)", "不标准化（直接使用）", "Use the values as they are, e.g. published sub-scores.",
          "直接使用原值，例如已发布的分项得分。", c -> leaf -> new Identity()));

  public static final StepSpec<MinMax> RESCALE = StepSpec.of("rescale", "rescale", "Display scale", "展示量纲", "none",
      MethodSpec.of("none", "None", "不转换", "Scores as aggregated.", "保留合成结果。", null),
      MethodSpec.<MinMax>of("min-max", "Min-max every node", "各层级极差转换",
          "Each node's own aggregate mapped to [min, max], e.g. GIHI's 60–100.", "每一层级按自身合成值映射到 [min, max]，如 GIHI 的 60–100 分。",
          c -> new MinMax(c.number("min"), c.number("max")),
          Param.number("min", 0.0, null, null, "Lowest score", "最低分"), Param.number("max", 100.0, null, null, "Highest score", "最高分"))
          .withRules(c -> rangeOf(c, "rescale")));

  private static org.indexkit.core.StepChoice rangeOf(org.indexkit.core.StepChoice c, String what) {
    if (!(c.number("max") > c.number("min")))
      throw new IllegalArgumentException(what + " range needs max > min, got [" + c.number("min") + ", " + c.number("max") + "]");
    return c;
  }
}
