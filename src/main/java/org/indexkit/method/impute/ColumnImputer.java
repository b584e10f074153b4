package org.indexkit.method.impute;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The column's mean or median over the observed values — of the whole table, or of the entity's own
 * Group when {@code groups} is given (a group with no observed value falls back to the whole column).
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
      for (int r = 0; r < x.length; r++) {
        if (!Double.isNaN(x[r][c])) continue;
        double v = Double.NaN;
        if (groups != null) {
          String g = groups.get(r);
          final int col = c;
          double[] same = java.util.stream.IntStream.range(0, x.length).filter(i -> groups.get(i).equals(g))
              .mapToDouble(i -> x[i][col]).filter(d -> !Double.isNaN(d)).toArray();
          if (same.length > 0) v = centre(same);
        }
        x[r][c] = Double.isNaN(v) ? all : v;
      }
    }
  }

  private double centre(double[] v) {
    if (median) return new Median().evaluate(v);
    double s = 0;
    for (double d : v) s += d;
    return s / v.length;
  }

  @Override
  public String variant() {
    return (median ? "median" : "mean") + " of the observed values" + (groups != null ? " of the entity's Group (the whole column when the Group has none)" : "");
  }
}
