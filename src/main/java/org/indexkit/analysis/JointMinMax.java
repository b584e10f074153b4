package org.indexkit.analysis;

import java.util.List;

/**
 * One min-max over several score arrays at once, the reports' "统一进行 min-max 归一化" (GIHI 2023 附录六's development
 * profiles, 附录七's indicator groups): every value of the chosen rows mapped to [low, high] by the single minimum and
 * maximum over all of them, so the arrays stay comparable with each other.
 */
final class JointMinMax {
  private JointMinMax() {}

  /**
   * {@code out[k][i] = low + (high − low)·(values[k][i] − min)/(max − min)} for each array k and each row i of {@code rows};
   * the midpoint when every value is the same. {@code out} may be {@code values}.
   *
   * @return whether the values spread (false: all were equal)
   */
  static boolean scale(double[][] values, List<Integer> rows, double low, double high, double[][] out) {
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
    for (double[] v : values)
      for (int i : rows) {
        lo = Math.min(lo, v[i]);
        hi = Math.max(hi, v[i]);
      }
    for (int k = 0; k < values.length; k++)
      for (int i : rows) out[k][i] = hi == lo ? (low + high) / 2 : low + (high - low) * (values[k][i] - lo) / (hi - lo);
    return hi != lo;
  }
}
