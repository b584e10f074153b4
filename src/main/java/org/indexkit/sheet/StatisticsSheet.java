package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.core.IndexResult;

/** The Statistics sheet of the statistical audit: per indicator the raw values' statistics, an outlier flag and its correlations with its dimension and the index. */
final class StatisticsSheet {
  private StatisticsSheet() {}

  /** Per indicator: raw-value statistics, outlier flag, correlation with its dimension and with the index. */
  static SheetPlan of(IndexResult r) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("code", "Indicator", "@"), new SheetPlan.Column("dimension", "Dimension", "@"),
        new SheetPlan.Column("n", "n", "0"), new SheetPlan.Column("missing", "Missing", "0"), new SheetPlan.Column("mean", "Mean", "0.000"),
        new SheetPlan.Column("sd", "SD", "0.000"), new SheetPlan.Column("min", "Min", "0.000"), new SheetPlan.Column("max", "Max", "0.000"),
        new SheetPlan.Column("skew", "Skewness", "0.00"), new SheetPlan.Column("kurtosis", "Kurtosis", "0.00"),
        new SheetPlan.Column("outlier", "Outlier flag", "@"), new SheetPlan.Column("r.dimension", "r with dimension", "0.000"),
        new SheetPlan.Column("r.index", "r with index", "0.000"));
    List<List<Object>> rows = new ArrayList<>();
    for (var i : r.statistics().indicators())
      rows.add(Arrays.asList(i.code(), i.dimension(), i.n(), i.missing(), SheetPlans.finite(i.mean()), SheetPlans.finite(i.sd()), SheetPlans.finite(i.min()), SheetPlans.finite(i.max()),
          SheetPlans.finite(i.skew()), SheetPlans.finite(i.kurtosis()), i.outlierFlag() ? "|skew| > 2, kurtosis > 3.5" : "", SheetPlans.finite(i.rDimension()), SheetPlans.finite(i.rIndex())));
    return new SheetPlan("Statistics", cols, rows);
  }

}
