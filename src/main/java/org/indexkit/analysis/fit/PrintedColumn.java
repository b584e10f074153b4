package org.indexkit.analysis.fit;

import java.util.List;

/**
 * A column of published scores as printed: its values and the decimals they were printed with, which set how far a
 * reproduction may miss it (half a unit of the last digit).
 *
 * @param name the column's header
 * @param values one per row; NaN where the table prints none
 * @param decimals the most decimals printed in the column
 */
public record PrintedColumn(String name, double[] values, int decimals) {

  /** The column from its printed texts ("85.83", "78.8"): the values, and the decimals of the longest. */
  public static PrintedColumn of(String name, List<String> texts) {
    double[] v = new double[texts.size()];
    int decimals = 0;
    for (int i = 0; i < v.length; i++) {
      String t = texts.get(i) == null ? "" : texts.get(i).trim();
      v[i] = t.isEmpty() ? Double.NaN : Double.parseDouble(t);
      int dot = t.indexOf('.');
      if (dot >= 0) decimals = Math.max(decimals, t.length() - dot - 1);
    }
    return new PrintedColumn(name, v, decimals);
  }

  /** Half a unit of the last printed digit: 0.005 for 2 decimals. */
  public double halfUnit() {
    return 0.5 * Math.pow(10, -decimals);
  }
}
