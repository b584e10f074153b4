package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The Dagum (1997) decomposition of the Gini coefficient by groups (Empirical Economics 22:515–531), as Chinese regional
 * studies use it: with k groups of nⱼ values, means μⱼ, pⱼ = nⱼ/n and sⱼ = nⱼμⱼ/(nμ),
 * G = ΣᵢΣᵣ|yᵢ − yᵣ|/(2n²μ); within a group Gⱼⱼ = ΣΣ|y − y′|/(2nⱼ²μⱼ); between two groups
 * Gⱼₕ = ΣΣ|y_ji − y_hr|/(nⱼnₕ(μⱼ + μₕ)); with μⱼ ≥ μₕ, dⱼₕ the mean of the positive differences y_j − y_h over all pairs
 * and pⱼₕ that of y_h − y_j, the relative economic affluence Dⱼₕ = (dⱼₕ − pⱼₕ)/(dⱼₕ + pⱼₕ) (0 when both are 0: two identical
 * groups); G = Gw + Gnb + Gt with Gw = Σ Gⱼⱼpⱼsⱼ, Gnb = Σⱼ<ₕ Gⱼₕ(pⱼsₕ + pₕsⱼ)Dⱼₕ and Gt = Σⱼ<ₕ Gⱼₕ(pⱼsₕ + pₕsⱼ)(1 − Dⱼₕ).
 * A group of one has Gⱼⱼ = 0. Values must be ≥ 0 with a positive mean.
 */
public final class DagumGini {
  private DagumGini() {}

  /** A pair of groups, {@code richer} the one with the larger mean. */
  public record Pair(String richer, String poorer, double gini, double affluence) {}

  /**
   * @param within Gⱼⱼ per group, in the order given; @param contributions Gw, Gnb, Gt as shares of G (%)
   */
  public record Result(double gini, double gw, double gnb, double gt, List<String> groups, double[] within, List<Pair> pairs) {
    public double[] contributions() {
      return new double[] {100 * gw / gini, 100 * gnb / gini, 100 * gt / gini};
    }
  }

  public static Result of(List<String> names, List<double[]> groups) {
    int k = groups.size(), n = 0;
    double total = 0;
    for (double[] g : groups) for (double y : g) {
      if (!(y >= 0)) throw new IllegalArgumentException("the Gini decomposition needs values ≥ 0, got " + y);
      n++;
      total += y;
    }
    double mu = total / n;
    if (!(mu > 0)) throw new IllegalArgumentException("the Gini coefficient needs a positive mean");
    double[] mean = new double[k], p = new double[k], s = new double[k], within = new double[k];
    for (int j = 0; j < k; j++) {
      mean[j] = java.util.Arrays.stream(groups.get(j)).average().orElseThrow();
      p[j] = groups.get(j).length / (double) n;
      s[j] = groups.get(j).length * mean[j] / (n * mu);
      within[j] = mean[j] == 0 ? 0 : absSum(groups.get(j), groups.get(j)) / (2.0 * groups.get(j).length * groups.get(j).length * mean[j]);
    }
    double gw = 0, gnb = 0, gt = 0, all = 0;
    for (int j = 0; j < k; j++) {
      gw += within[j] * p[j] * s[j];
      for (int h = 0; h < k; h++) all += absSum(groups.get(j), groups.get(h));
    }
    List<Pair> pairs = new ArrayList<>();
    for (int j = 0; j < k; j++)
      for (int h = j + 1; h < k; h++) {
        int rich = mean[j] >= mean[h] ? j : h, poor = rich == j ? h : j;
        double[] a = groups.get(rich), b = groups.get(poor);
        double g = absSum(a, b) / (a.length * (double) b.length * (mean[j] + mean[h]));
        double d = 0, q = 0;
        for (double x : a) for (double y : b) { d += Math.max(0, x - y); q += Math.max(0, y - x); }
        double affluence = d + q == 0 ? 0 : (d - q) / (d + q); // the pairs' count cancels in the ratio
        double weight = p[j] * s[h] + p[h] * s[j];
        gnb += g * weight * affluence;
        gt += g * weight * (1 - affluence);
        pairs.add(new Pair(names.get(rich), names.get(poor), g, affluence));
      }
    return new Result(all / (2.0 * n * n * mu), gw, gnb, gt, List.copyOf(names), within, List.copyOf(pairs));
  }

  private static double absSum(double[] a, double[] b) {
    double s = 0;
    for (double x : a) for (double y : b) s += Math.abs(x - y);
    return s;
  }
}
