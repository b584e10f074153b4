package org.indexkit.method.outlier;

import org.indexkit.core.Param;
import org.indexkit.method.MethodSpec;
import org.indexkit.method.StepSpec;

/**
 * Outlier treatment of each indicator before normalisation, registered (recipe key {@code outliers}; seed 002
 * "极值处理"). {@code coinr}: COINr's default ({@code Treat()}: winsorise, then {@code log_CT}, tested by
 * {@code check_SkewKurt}) — see {@link OutlierTreatment}.
 */
public final class OutlierRules {
  private OutlierRules() {}

  public static final StepSpec<OutlierTreatment> STEP = StepSpec.of("outliers", "outlier treatment", "Outliers", "极值处理", "none",
      MethodSpec.of("none", "None", "不处理", "Values used as they are.", "保留原值。", null),
      MethodSpec.<OutlierTreatment>of("winsorise", "Winsorise by quantile", "分位数缩尾", "Values outside the quantiles are set to them.",
          "超出分位数的值设为分位数。", OutlierTreatment::new,
          Param.number("lower", 0.05, 0.0, 1.0, "Lower quantile", "下分位数"), Param.number("upper", 0.95, 0.0, 1.0, "Upper quantile", "上分位数"))
          .withRules(c -> {
            if (!(c.number("lower") < c.number("upper")))
              throw new IllegalArgumentException("winsorising needs 0 ≤ lower < upper ≤ 1, got " + c.number("lower") + " and " + c.number("upper"));
            return c;
          }),
      MethodSpec.of("coinr", "COINr rule", "COINr 规则", "|skew| ≥ 2 and kurtosis ≥ 3.5: winsorise up to 5 points, "
          + "else log the original values, ln(x − min + 0.01·(max − min)) (COINr's log_CT; ct: the COIN Tool's ln x).",
          "偏度绝对值 ≥ 2 且峰度 ≥ 3.5 时缩尾最多 5 个点，否则对原值取对数 ln(x − min + 0.01·(max − min))（ct：COIN Tool 的 ln x）。",
          OutlierTreatment::new,
          Param.integer("maxPoints", 5L, 1.0, null, "Points to winsorise at most", "最多缩尾点数"),
          Param.number("skew", 2.0, 0.0, null, "|Skewness| from which a column is treated", "偏度绝对值阈值"),
          Param.number("kurtosis", 3.5, null, null, "Excess kurtosis from which a column is treated", "超额峰度阈值"),
          Param.choice("log", "coinr", "Log step: coinr or ct (COIN Tool)", "对数步骤：coinr 或 ct（COIN Tool）", "coinr", "ct")),
      MethodSpec.of("log", "Log", "对数变换", "ln x (shifted when values ≤ 0).", "取自然对数（有非正值时平移）。", OutlierTreatment::new),
      MethodSpec.of("box-cox", "Box–Cox", "Box–Cox 变换", "Power transform with λ by maximum likelihood.", "按最大似然选择 λ 的幂变换。",
          OutlierTreatment::new));
}
