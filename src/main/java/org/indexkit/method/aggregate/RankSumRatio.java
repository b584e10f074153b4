package org.indexkit.method.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.indexkit.method.rank.CompetitionRanking;

/**
 * Rank-sum ratio (秩和比法, 田凤调 1988): each child ranked across the entities, 1 = worst, n = best (children arrive
 * direction-adjusted, so a cost indicator ranks its highest value 1), ties by their average rank; the weighted RSR
 * WRSR = Σⱼ wⱼ·Rᵢⱼ / n, which with equal weights is RSR = ΣR/(m·n), computed exactly (unequal weights: rounded to 1e-12, so
 * that weighted sums equal in exact arithmetic tie). Then the Probit regression: over the distinct
 * values, in ascending order, R̄ the average position of each value among the n entities, p = R̄/n with the last p
 * replaced by 1 − 1/(4n), Probit = 5 + Φ⁻¹(p), and ordinary least squares RSR = a + b·Probit over the distinct values.
 * Each entity's Probit and fitted RSR, and its grade from the fitted RSR at Probit cut-offs (4 and 6 by default: three
 * grades, 1 = best), are reported beside the score. Conventions differ between texts (dense ranks, cumulative
 * frequency/n for p, regression over every entity); these are the ones used here, named in Provenance. With fewer than 3
 * entities or a single distinct value there is no regression: the score is the RSR, without Probit or grade (warned).
 */
public final class RankSumRatio implements Aggregator {
  private final List<Double> cuts;

  /** @param cuts Probit cut-offs, ascending (grades: above the last is grade 1) */
  public RankSumRatio(List<Double> cuts) {
    for (int i = 1; i < cuts.size(); i++)
      if (!(cuts.get(i) > cuts.get(i - 1))) throw new IllegalArgumentException("Probit cut-offs must be ascending, got " + cuts);
    this.cuts = List.copyOf(cuts);
  }

  /** One distinct (W)RSR value of the distribution table. */
  public record Level(double rsr, int frequency, double meanRank, double p, double probit) {}

  /** The Probit regression: the distribution table and RSR = a + b·Probit (a, b NaN with fewer than two distinct values). */
  public record Regression(List<Level> levels, double a, double b) {}

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int n = children[0].length;
    double total = 0;
    for (double w : weights) total += w;
    boolean equal = java.util.Arrays.stream(weights).allMatch(w -> w == weights[0]);
    double[] sum = new double[n];
    for (int c = 0; c < children.length; c++) {
      double[] ranks = CompetitionRanking.averageRanks(children[c]);
      for (int i = 0; i < n; i++) sum[i] += equal ? ranks[i] : weights[c] * ranks[i];
    }
    double[] rsr = new double[n];
    for (int i = 0; i < n; i++)
      rsr[i] = equal ? sum[i] / ((double) children.length * n) // ranks are halves: the sum is exact, equal sums tie exactly
          : Math.rint(sum[i] / (total * n) * 1e12) / 1e12; // equal weighted sums differ only by rounding noise: snap to 1e-12
    return rsr;
  }

  public static Regression regression(double[] rsr) {
    int n = rsr.length;
    TreeMap<Double, Integer> freq = new TreeMap<>();
    for (double v : rsr) freq.merge(v, 1, Integer::sum);
    List<Level> levels = new ArrayList<>();
    NormalDistribution normal = new NormalDistribution();
    int below = 0, k = 0;
    for (var e : freq.entrySet()) {
      double meanRank = below + (e.getValue() + 1) / 2.0; // positions below+1 … below+f
      double p = ++k == freq.size() ? 1 - 1.0 / (4 * n) : meanRank / n;
      levels.add(new Level(e.getKey(), e.getValue(), meanRank, p, 5 + normal.inverseCumulativeProbability(p)));
      below += e.getValue();
    }
    if (levels.size() < 2 || n < 3) return new Regression(List.copyOf(levels), Double.NaN, Double.NaN);
    double mx = 0, my = 0;
    for (Level l : levels) { mx += l.probit(); my += l.rsr(); }
    mx /= levels.size();
    my /= levels.size();
    double sxy = 0, sxx = 0;
    for (Level l : levels) { sxy += (l.probit() - mx) * (l.rsr() - my); sxx += (l.probit() - mx) * (l.probit() - mx); }
    double b = sxy / sxx;
    return new Regression(List.copyOf(levels), my - b * mx, b);
  }

  @Override
  public Map<String, double[]> details(double[][] children, double[] weights) {
    double[] rsr = aggregate(children, weights);
    Regression reg = regression(rsr);
    Map<Double, Double> probitOf = new java.util.HashMap<>();
    for (Level l : reg.levels()) probitOf.put(l.rsr(), l.probit());
    int n = rsr.length;
    double[] probit = new double[n], fitted = new double[n], grade = new double[n];
    for (int i = 0; i < n; i++) {
      probit[i] = probitOf.get(rsr[i]);
      fitted[i] = reg.a() + reg.b() * probit[i];
      int g = cuts.size() + 1;
      for (double cut : cuts) if (fitted[i] >= reg.a() + reg.b() * cut) g--;
      grade[i] = Double.isNaN(fitted[i]) ? Double.NaN : g;
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    out.put("Probit", probit);
    out.put("fitted RSR", fitted);
    out.put("grade", grade);
    return out;
  }

  @Override
  public String note(double[][] children, double[] weights) {
    Regression reg = regression(aggregate(children, weights));
    return Double.isNaN(reg.b()) ? "rank-sum ratio: " + (children[0].length < 3 ? "fewer than 3 entities" : "every entity has the same RSR")
        + ", so there is no Probit regression and no grade (scores are the RSR itself)" : null;
  }

  @Override
  public boolean columnRelative() {
    return true;
  }

  @Override
  public String variant() {
    return "weighted rank-sum ratio WRSR = Σ w·R / n (equal weights: RSR = ΣR/(m·n)); ranks 1 = worst … n = best per child, ties "
        + "averaged; Probit = 5 + Φ⁻¹(p), p = R̄/n over the distinct values (the last 1 − 1/(4n)); OLS RSR = a + b·Probit over the "
        + "distinct values; grades from the fitted RSR at Probit " + cuts + " (grade 1 = best)";
  }
}
