package org.indexkit.analysis;

import java.util.List;

/**
 * The Theil index T = (1/n) Σ (yᵢ/μ) ln(yᵢ/μ) (0·ln 0 = 0) and its exact decomposition by groups,
 * T = Σ sⱼTⱼ + Σ sⱼ ln(μⱼ/μ) with sⱼ = nⱼμⱼ/(nμ): within (Tw) and between (Tb) (Theil 1967; Conceição &amp; Ferreira 2000,
 * "The Young Person's Guide to the Theil Index", UTIP WP 14). Values must be ≥ 0 with a positive mean.
 */
public final class TheilIndex {
  private TheilIndex() {}

  /** @param groupT Tⱼ per group, in the order given */
  public record Result(double t, double within, double between, double[] groupT) {}

  public static Result of(List<double[]> groups) {
    int n = 0;
    double total = 0;
    for (double[] g : groups) for (double y : g) {
      if (!(y >= 0)) throw new IllegalArgumentException("the Theil index needs values ≥ 0, got " + y);
      n++;
      total += y;
    }
    double mu = total / n;
    if (!(mu > 0)) throw new IllegalArgumentException("the Theil index needs a positive mean");
    double t = 0, within = 0, between = 0;
    double[] groupT = new double[groups.size()];
    for (int j = 0; j < groups.size(); j++) {
      double[] g = groups.get(j);
      double m = java.util.Arrays.stream(g).average().orElseThrow();
      for (double y : g) {
        t += term(y / mu) / n;
        if (m > 0) groupT[j] += term(y / m) / g.length;
      }
      double s = g.length * m / (n * mu);
      within += s * groupT[j];
      if (m > 0) between += s * Math.log(m / mu);
    }
    return new Result(t, within, between, groupT);
  }

  private static double term(double r) {
    return r == 0 ? 0 : r * Math.log(r);
  }
}
