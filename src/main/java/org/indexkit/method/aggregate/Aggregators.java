package org.indexkit.method.aggregate;

import org.indexkit.core.Param;
import org.indexkit.method.MethodSpec;
import org.indexkit.method.StepSpec;

/** The aggregation methods, registered: recipe key {@code aggregate}, and a node's Aggregation in the Indicators sheet. */
public final class Aggregators {
  private Aggregators() {}

  public static final StepSpec<Aggregator> STEP = StepSpec.of("aggregate", "aggregation", "Aggregation", "合成方法", "arithmetic",
      MethodSpec.of("arithmetic", "Weighted arithmetic mean", "加权算术平均", "Σ w·s, level by level; fully compensatory.",
          "逐层 Σ w·s，完全可补偿。", c -> new WeightedArithmetic()),
      MethodSpec.of("geometric", "Weighted geometric mean", "加权几何平均", "Π s^w; scores must be > 0; a weak dimension weighs more.",
          "Π s^w；得分须大于 0，短板影响更大。", c -> new WeightedGeometric()),
      MethodSpec.of("harmonic", "Weighted harmonic mean", "加权调和平均", "1/Σ(w/s); scores must be > 0; least compensatory.",
          "1/Σ(w/s)；得分须大于 0，补偿性最弱。", c -> new WeightedHarmonic()),
      MethodSpec.<Aggregator>of("topsis", "TOPSIS closeness", "TOPSIS 贴近度",
          "D⁻/(D⁺ + D⁻) to the ideal and anti-ideal from the data (Euclidean).", "到正、负理想解的欧氏距离：D⁻/(D⁺ + D⁻)。",
          c -> new Topsis("min-max".equals(c.text("norm")) ? Topsis.Norm.MIN_MAX : Topsis.Norm.VECTOR, c.number("best"), c.number("worst")),
          Param.choice("norm", "vector", "Normalisation inside TOPSIS", "TOPSIS 内部标准化", "vector", "min-max"),
          Param.number("best", null, null, null, "Fixed ideal (optional, with worst)", "固定正理想值（可选，需同时给负理想值）"),
          Param.number("worst", null, null, null, "Fixed anti-ideal (optional)", "固定负理想值（可选）"))
          .withRules(c -> {
            Double best = c.number("best"), worst = c.number("worst");
            if ((best == null) != (worst == null) || (best != null && !(best > worst)))
              throw new IllegalArgumentException("a fixed TOPSIS ideal needs both best and worst, best > worst");
            return c;
          }),
      MethodSpec.of("vikor", "VIKOR", "VIKOR 法", "Compromise ranking; score = 1 − Q.", "折衷排序；得分 = 1 − Q。",
          c -> new Vikor(c.number("v")), Param.number("v", 0.5, 0.0, 1.0, "Weight of group utility v", "群体效用权重 v")),
      MethodSpec.<Aggregator>of("grey-relational", "Grey relational grade", "灰色关联度", "Σ w·ξ, ξ = (Δmin + ρΔmax)/(Δ + ρΔmax) to the ideal "
          + "(column best); grey-TOPSIS: r⁺/(r⁺ + r⁻).", "Σ w·ξ，ξ = (Δmin + ρΔmax)/(Δ + ρΔmax)，参考序列为各指标最优值；灰色 TOPSIS：r⁺/(r⁺ + r⁻)。",
          c -> new GreyRelational(c.number("rho"), c.flag("topsis")),
          Param.number("rho", 0.5, 0.0, 1.0, "Distinguishing coefficient ρ", "分辨系数 ρ"),
          Param.flag("topsis", false, "Grey-TOPSIS (relate to the anti-ideal too)", "灰色 TOPSIS（同时计算与负理想的关联度）"))
          .withRules(c -> {
            new GreyRelational(c.number("rho"), false); // ρ in (0, 1]
            return c;
          }),
      MethodSpec.of("copeland", "Copeland outranking", "Copeland 优序法", "Entities outranked minus entities outranking, from weighted "
          + "pairwise majorities; non-compensatory.", "按加权两两比较：优于的个体数减劣于的个体数；不可补偿。", c -> new Copeland()),
      MethodSpec.<Aggregator>of("benefit-of-the-doubt", "Benefit of the doubt (DEA)", "“有利推定”法（DEA）", "Each entity's most favourable weights "
          + "by a linear programme; best practice scores 1. The tree's weights are not used.", "每个个体取对自身最有利的权重（线性规划），"
          + "最佳实践者得 1；不使用指标体系中的权重。", c -> new BenefitOfTheDoubt(c.number("min-share"), c.number("max-share")),
          Param.number("min-share", 0.0, 0.0, 1.0, "Minimum share of each child in the score", "各子项在得分中的最低占比"),
          Param.number("max-share", 1.0, 0.0, 1.0, "Maximum share of each child in the score", "各子项在得分中的最高占比"))
          .withRules(c -> {
            new BenefitOfTheDoubt(c.number("min-share"), c.number("max-share"));
            return c;
          }),
      MethodSpec.<Aggregator>of("rank-sum-ratio", "Rank-sum ratio (RSR)", "秩和比法 (RSR)", "Weighted mean rank / n per entity, with the Probit "
          + "regression and grades beside it.", "加权平均秩 / n，并给出 Probit 回归与分档。", c -> new RankSumRatio(c.numbers("cuts")),
          new Param("cuts", "number-list", java.util.List.of(4.0, 6.0), null, null,
              org.indexkit.core.Label.of("Probit cut-offs of the grades, ascending", "分档的 Probit 临界值（从低到高）")))
          .withRules(c -> {
            new RankSumRatio(c.numbers("cuts"));
            return c;
          }),
      MethodSpec.of("mazziotta-pareto", "Mazziotta–Pareto (penalised mean)", "Mazziotta–Pareto 惩罚均值",
          "Mean minus a penalty for unbalanced profiles: M − S²/M; scores must be > 0.", "均值减去不均衡惩罚：M − S²/M；得分须大于 0。",
          c -> new MazziottaPareto()),
      MethodSpec.<Aggregator>of("generalised-mean", "Generalised mean (power p)", "广义均值（幂 p）",
          "(Σ w·s^p)^(1/p): p = 1 arithmetic, −1 harmonic, → 0 geometric; the lower p, the less compensation.",
          "(Σ w·s^p)^(1/p)：p = 1 为算术平均，−1 为调和平均，趋于 0 为几何平均；p 越小补偿性越弱。",
          c -> new GeneralisedMean(c.number("p")), Param.number("p", null, -10.0, 10.0, "Power p (≠ 0)", "幂次 p（≠ 0）"))
          .withRules(c -> {
            if (c.number("p") == null || c.number("p") == 0)
              throw new IllegalArgumentException("the generalised mean needs a power p ≠ 0 (aggregate.p; for p → 0 use geometric)");
            return c;
          }));
}
