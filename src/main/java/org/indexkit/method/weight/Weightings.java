package org.indexkit.method.weight;

import org.indexkit.core.Param;
import org.indexkit.core.StepChoice;
import org.indexkit.method.MethodSpec;
import org.indexkit.method.StepSpec;

/**
 * Where the weights come from, registered (recipe key {@code weights}). {@code fixed} and {@code equal} are
 * the tree's levels ({@link LevelWeights}) and have no object; the objective methods derive weights from the
 * data, among the indicators of each dimension ({@code scope = within-dimension}; the levels above keep the
 * tree's weights) or across all indicators at once ({@code all-indicators}; a dimension then weighs the sum
 * of its indicators' weights), from the normalised values ({@code on = normalised}, as the Chinese reports
 * do) or the raw ones ({@code raw}: after transforms, imputation and outlier treatment, cost not mirrored —
 * the common Python flow, e.g. pymcdm's entropy weights before TOPSIS).
 */
public final class Weightings {
  private Weightings() {}

  public static final String WITHIN = "within-dimension", ALL = "all-indicators", NORMALISED = "normalised", RAW = "raw";

  private static final Param SCOPE = Param.choice("scope", WITHIN, "Weigh within each dimension or across all indicators",
      "在各维度内赋权或在全部指标间赋权", WITHIN, ALL);
  private static final Param ON = Param.choice("on", NORMALISED, "Derive from the normalised values or the raw values",
      "基于标准化后的数据或原始数据赋权", NORMALISED, RAW);

  /** AHP's own parameters, also those of a combination whose subjective source is AHP. */
  static final Param[] AHP_PARAMS = {
      Param.choice("priorities", "eigenvector", "How priorities are found", "权重计算方法", "eigenvector", "sum-product", "geometric"),
      Param.numbers("ri-values", "RI table for n = 3, 4, … (empty: Saaty's)", "随机一致性指标 RI（n = 3, 4, …；留空用 Saaty 表）"),
      Param.choice("group", "aij", "Several experts: combine judgements or priorities", "多位专家：合并判断矩阵或合并权重", "aij", "aip"),
      Param.numbers("expert-weights", "Weights of the experts (empty: equal)", "专家权重（留空为等权）")};

  public static final StepSpec<ObjectiveWeights> STEP = StepSpec.of("weights", "weighting", "Weights", "权重", "fixed",
      MethodSpec.of("fixed", "Fixed per level", "逐层固定权重", "The tree's weights; missing ones share what is left equally.",
          "使用指标体系中的权重；未填者平分剩余权重。", null),
      MethodSpec.of("equal", "Equal", "等权", "Every node an equal share of its parent.", "同一上级下各指标权重相等。", null),
      MethodSpec.<ObjectiveWeights>of("ahp", "AHP (judgement matrices)", "层次分析法（判断矩阵）", "Each node's Judgements (Saaty 1–9, upper "
          + "triangle, 1/3 accepted) give its children's weights; λmax, CI, RI and CR per node, CR < 0.10 accepted; nodes without "
          + "judgements keep the tree's weights.", "各节点的判断矩阵（Saaty 1–9 标度，填上三角，可写 1/3）给出其下级权重；逐节点报告 λmax、CI、RI、CR，"
          + "CR < 0.10 为通过；未填判断矩阵的节点沿用指标体系中的权重。", null,
          AHP_PARAMS).withRules(c -> {
            new AhpJudgements(c); // refuses a bad RI table at once
            return c;
          }),
      MethodSpec.of("entropy", "Entropy", "熵权法", "From the information in the data: (1 − e)/Σ(1 − e), 0·ln0 = 0; "
          + "needs values ≥ 0 (use min-max) unless shifted.", "按数据信息量赋权：(1 − e)/Σ(1 − e)，0·ln0 = 0；需非负值（先极差标准化），或开启平移。",
          c -> new EntropyWeights(c.flag("shift")), SCOPE,
          Param.flag("shift", false, "Shift negative columns by |min| + 0.01", "负值列平移 |min| + 0.01"), ON),
      MethodSpec.of("critic", "CRITIC", "CRITIC 法", "Contrast × conflict: sd × Σ(1 − r).", "对比强度 × 冲突性：标准差 × Σ(1 − r)。",
          c -> new CriticWeights(), SCOPE, ON),
      MethodSpec.of("standard-deviation", "Standard deviation", "标准差法", "w = sd/Σ sd.", "w = 标准差/Σ 标准差。",
          c -> new StandardDeviationWeights(), SCOPE, ON),
      MethodSpec.of("coefficient-of-variation", "Coefficient of variation", "变异系数法", "w = (sd/|mean|)/Σ; not for z-scores.",
          "w = (标准差/|均值|)/Σ；不适用于 Z 分数。", c -> new VariationWeights(), SCOPE, ON),
      MethodSpec.of("pca", "Principal components", "主成分分析法", "Squared loadings of the components with eigenvalue > 1, "
          + "weighted by explained variance.", "特征值大于 1 的主成分的载荷平方，按方差贡献加权。", c -> new PcaWeights(), SCOPE, ON),
      MethodSpec.<ObjectiveWeights>of("combined", "Subjective + objective combined", "主客观组合赋权", "Subjective weights (the tree's, "
          + "or AHP) with objective ones from the data: linear α·a + (1 − α)·b, multiplicative a∘b/Σa∘b, or game-theoretic.",
          "主观权重（指标体系中的权重或层次分析法）与客观权重组合：线性 α·a + (1 − α)·b、乘法 a∘b/Σa∘b 或博弈论组合。",
          c -> new CombinedWeights(c.text("subjective"), c.text("objective"), objectivePart(c), CombinedWeights.Rule.of(c.text("rule")),
              c.number("alpha")),
          Param.choice("subjective", "fixed", "Subjective weights", "主观权重", "fixed", "ahp"),
          Param.choice("objective", "entropy", "Objective weights", "客观权重", "entropy", "critic", "standard-deviation",
              "coefficient-of-variation", "pca"),
          Param.choice("rule", "linear", "How they are combined", "组合方式", "linear", "multiplicative", "game-theory"),
          Param.number("alpha", 0.5, 0.0, 1.0, "Share α of the subjective weights (linear)", "主观权重占比 α（线性组合）"),
          SCOPE, Param.flag("shift", false, "Shift negative columns by |min| + 0.01 (entropy)", "负值列平移 |min| + 0.01（熵权法）"), ON,
          AHP_PARAMS[0], AHP_PARAMS[1], AHP_PARAMS[2], AHP_PARAMS[3]).withRules(c -> {
            AhpJudgements.of(c); // refuses a bad RI table at once
            return c;
          }));

  /** The objective method a combination uses (entropy with the combination's shift). */
  private static ObjectiveWeights objectivePart(StepChoice c) {
    String method = c.text("objective");
    return STEP.make("entropy".equals(method) ? StepChoice.of("entropy", "shift", c.flag("shift")) : StepChoice.of(method));
  }

  /** Derived from the data rather than given. */
  public static boolean objective(StepChoice weights) {
    return STEP.method(weights.method() == null ? STEP.defaultMethod() : weights.method()).factory() != null;
  }
}
