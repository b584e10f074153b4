package org.indexkit.method;

/**
 * How the years of a panel share normalisation and objective weights, registered: recipe key {@code panel}. The
 * pipeline carries each mode out (no method object).
 * <ul>
 *   <li>{@code per-year}: each year normalised and weighted on its own (a cross-section per year);</li>
 *   <li>{@code pooled}: the cross-section method applied to the stacked year × entity rows as one table (the 面板熵值法:
 *       min and max over all years, entropy with k = 1/ln(m·T), TOPSIS ideals and rescaling over all years), then ranked
 *       and tiered per year, so scores are comparable over time.</li>
 *   <li>{@code base-year}: as pooled, but the normalisation's statistics (min and max, mean and sd) and the objective
 *       weights come from the base year's rows only (COINr's goalposts from a reference year): a later value beyond the
 *       base year's range scores beyond it. Only the normalisations a base year fixes: min-max, z-score, goalposts, none.</li>
 * </ul>
 */
public final class PanelModes {
  private PanelModes() {}

  public static final String PER_YEAR = "per-year", POOLED = "pooled", BASE_YEAR = "base-year";

  public static final StepSpec<Void> STEP = StepSpec.of("panel", "panel mode", "Panel years", "面板年份", PER_YEAR,
      MethodSpec.<Void>of(PER_YEAR, "Each year on its own", "逐年单独计算", "Each year normalised and weighted as a cross-section.",
          "每年单独标准化、单独赋权。", null),
      MethodSpec.<Void>of(POOLED, "Pooled over the years", "全部年份合并（面板）",
          "Min, max and objective weights from all years' rows together; scores comparable over time.",
          "用全部年份的数据统一求最值和客观权重，得分可跨年比较。", null),
      MethodSpec.<Void>of(BASE_YEAR, "Fixed from a base year", "以基期为准", "Normalisation statistics and objective weights from "
          + "the base year, applied to every year; later values may score beyond [0, 1].", "以基期数据确定标准化参数和客观权重，"
          + "用于各年；后续年份得分可能超出 [0, 1]。", null,
          org.indexkit.core.Param.integer("year", null, null, null, "Base year (default the first)", "基期（默认为第一年）")));
}
