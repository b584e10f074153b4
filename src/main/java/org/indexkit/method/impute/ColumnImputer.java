package org.indexkit.method.impute;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The column's mean or median over the observed values — of the whole table, or of the entity's own
 * Group when {@code groups} is given (a group with no observed value falls back to the whole column),
 * as COINr's {@code Impute(..., f_i = "i_mean_grp")} does.
 *
 * <p>Every statistic is computed from the observed values only, before any cell is filled, so an
 * imputed value never feeds the next one; and a mean is the compensated (Neumaier) sum of the values in
 * ascending order divided by their count, so it does not depend on the order of the rows: shuffling
 * the table gives bit-identical imputed values.
 */
public final class ColumnImputer implements Imputer {
  private final boolean median;
  private final List<String> groups;

  public ColumnImputer(boolean median, List<String> groups) {
    this.median = median;
    this.groups = groups;
  }

  @Override
  public void fill(double[][] x) {
    int cols = x.length == 0 ? 0 : x[0].length;
    for (int c = 0; c < cols; c++) {
      double all = centre(Imputer.observed(x, c));
      Map<String, Double> byGroup = groups == null ? Map.of() : groupCentres(x, c);
      for (int r = 0; r < x.length; r++)
        if (Double.isNaN(x[r][c])) x[r][c] = groups == null ? all : byGroup.getOrDefault(groups.get(r), all);
    }
  }

  /** Each group's centre of its observed values in column {@code c} (groups with none are absent). */
  private Map<String, Double> groupCentres(double[][] x, int c) {
    Map<String, double[]> values = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (int r = 0; r < x.length; r++) {
      if (Double.isNaN(x[r][c])) continue;
      String g = groups.get(r);
      int k = count.merge(g, 1, Integer::sum);
      double[] v = values.computeIfAbsent(g, key -> new double[4]);
      if (k > v.length) values.put(g, v = Arrays.copyOf(v, v.length * 2));
      v[k - 1] = x[r][c];
    }
    Map<String, Double> out = new HashMap<>();
    values.forEach((g, v) -> out.put(g, centre(Arrays.copyOf(v, count.get(g)))));
    return out;
  }

  private double centre(double[] v) {
    if (median) return new Median().evaluate(v);
    return orderFreeMean(v);
  }

  /** The mean of {@code v}, independent of its order: Neumaier's compensated sum over the sorted values. */
  static double orderFreeMean(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    double sum = 0, compensation = 0;
    for (double d : s) {
      double t = sum + d;
      compensation += Math.abs(sum) >= Math.abs(d) ? (sum - t) + d : (d - t) + sum;
      sum = t;
    }
    return (sum + compensation) / s.length;
  }

  @Override
  public String variant() {
    return (median ? "median" : "mean") + " of the observed values" + (groups != null ? " of the entity's Group (the whole column when the Group has none)" : "")
        + "; every statistic from observed values only, before any cell is filled";
  }
}
