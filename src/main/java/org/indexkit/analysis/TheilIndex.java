package org.indexkit.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The Theil index and its exact decomposition by groups into within (Tw) and between (Tb) parts (Theil 1967; Conceição
 * &amp; Ferreira 2000, "The Young Person's Guide to the Theil Index", UTIP WP 14), plain or population-weighted.
 *
 * <p>Population-weighted (the usual form of Chinese regional papers): with each unit's share of the total Yᵢ = yᵢpᵢ/Σyp
 * (yᵢ per head, pᵢ its population) and of the population Pᵢ = pᵢ/Σp, T = Σ Yᵢ ln(Yᵢ/Pᵢ); between = Σ_g Y_g ln(Y_g/P_g);
 * within = Σ_g Y_g · Σ_{i∈g} (Yᵢ/Y_g) ln((Yᵢ/Y_g)/(Pᵢ/P_g)). With every pᵢ = 1 this is the plain index
 * T = (1/n) Σ (yᵢ/μ) ln(yᵢ/μ) = Σ sⱼTⱼ + Σ sⱼ ln(μⱼ/μ), sⱼ = nⱼμⱼ/(nμ). Values must be ≥ 0 with a positive total,
 * populations positive; 0·ln 0 = 0.
 */
public final class TheilIndex {
  private TheilIndex() {}

  /** @param groupT Tⱼ per group, in the order given */
  public record Result(double t, double within, double between, double[] groupT) {}

  /** The plain (unweighted) index: every unit weighs 1. */
  public static Result of(List<double[]> groups) {
    return weighted(groups, groups.stream().map(g -> { double[] one = new double[g.length]; Arrays.fill(one, 1); return one; }).toList());
  }

  /** @param populations the units' populations, aligned with {@code groups} */
  public static Result weighted(List<double[]> groups, List<double[]> populations) {
    double total = 0, people = 0;
    for (int j = 0; j < groups.size(); j++)
      for (int i = 0; i < groups.get(j).length; i++) {
        double y = groups.get(j)[i], p = populations.get(j)[i];
        if (!(y >= 0)) throw new IllegalArgumentException("the Theil index needs values ≥ 0, got " + y);
        if (!(p > 0)) throw new IllegalArgumentException("the Theil index needs positive populations, got " + p);
        total += y * p;
        people += p;
      }
    if (!(total > 0)) throw new IllegalArgumentException("the Theil index needs a positive mean");
    double t = 0, within = 0, between = 0;
    double[] groupT = new double[groups.size()];
    for (int j = 0; j < groups.size(); j++) {
      double[] g = groups.get(j), pop = populations.get(j);
      double yg = 0, pg = 0;
      for (int i = 0; i < g.length; i++) {
        yg += g[i] * pop[i] / total;
        pg += pop[i] / people;
        t += term(g[i] * pop[i] / total, pop[i] / people);
      }
      if (yg > 0) for (int i = 0; i < g.length; i++) groupT[j] += term(g[i] * pop[i] / total / yg, pop[i] / people / pg);
      within += yg * groupT[j];
      between += term(yg, pg);
    }
    return new Result(t, within, between, groupT);
  }

  /** Y ln(Y/P), 0 when Y = 0. */
  private static double term(double share, double population) {
    return share == 0 ? 0 : share * Math.log(share / population);
  }
}
