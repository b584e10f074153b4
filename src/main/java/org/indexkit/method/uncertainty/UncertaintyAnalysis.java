package org.indexkit.method.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.indexkit.core.Aggregation;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Normalisation;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.pipeline.Pipeline;

/**
 * Monte Carlo uncertainty analysis of the ranks (OECD/JRC Handbook 2008 §7; COINr's uncertainty
 * analysis): each run perturbs every node's weight uniformly within ±{@code weightSpread} of its
 * nominal local weight, optionally picks a normalisation and an aggregation from the given
 * alternatives and drops one indicator, then re-runs the whole pipeline. Run i draws from its own
 * generator seeded {@code seed + i}, so the result is the same for a given seed whatever the number
 * of threads.
 *
 * @param weightSpread e.g. 0.25 for ±25 % (0 = weights fixed)
 * @param normalisations alternatives drawn uniformly per run (empty = the recipe's)
 * @param aggregations alternatives drawn uniformly per run (empty = the recipe's)
 * @param excludeOne drop one randomly chosen indicator in each run (leave-one-out)
 */
public record UncertaintyAnalysis(int runs, double weightSpread, List<Normalisation> normalisations,
                                  List<Aggregation> aggregations, boolean excludeOne, long seed) {

  /** One run's sampled parameters, so any run can be reproduced. */
  public record Run(int index, List<Double> localWeights, String normalisation, String aggregation, String excluded) {}

  /** Per entity (aligned with the nominal result's rows) and every run's parameters. */
  public record Result(int[] nominalRank, double[] medianRank, double[] p5, double[] p95, double[] meanAbsShift,
                       double[] keepTier, double[] keepStars, List<Run> runs, List<String> leaves) {}

  public UncertaintyAnalysis {
    if (runs < 1 || runs > 100_000) throw new IllegalArgumentException("runs must be 1–100000, got " + runs);
    if (!(weightSpread >= 0 && weightSpread < 1)) throw new IllegalArgumentException("weight spread must be in [0, 1), got " + weightSpread);
    normalisations = normalisations == null ? List.of() : List.copyOf(normalisations);
    aggregations = aggregations == null ? List.of() : List.copyOf(aggregations);
  }

  public Result run(Table table, IndicatorTree tree, Recipe recipe) {
    IndexResult nominal = Pipeline.run(table, tree, recipe);
    List<NodeWeight> w = nominal.weights().stream().filter(x -> x.segment() == null || x.segment().equals(nominal.weights().get(0).segment())).toList();
    List<Indicator> nodes = tree.nodes();
    int n = nominal.entities().size();
    int[][] ranks = new int[runs][];
    int[][] tiers = new int[runs][];
    int[][] stars = new int[runs][];
    Run[] sampled = new Run[runs];
    List<String> leaves = tree.leaves().stream().map(Indicator::code).toList();
    IntStream.range(0, runs).parallel().forEach(i -> {
      SplittableRandom rnd = new SplittableRandom(seed + i);
      List<Indicator> perturbed = new ArrayList<>();
      List<Double> drawn = new ArrayList<>();
      for (Indicator node : nodes) {
        double local = w.stream().filter(x -> x.code().equals(node.code())).findFirst().map(NodeWeight::local).orElse(1.0);
        double f = weightSpread == 0 ? 1 : 1 + weightSpread * (2 * rnd.nextDouble() - 1);
        drawn.add(local * f);
        perturbed.add(node.parent() == null ? node : node.withWeight(local * f));
      }
      String excluded = null;
      if (excludeOne && leaves.size() > 1) {
        excluded = leaves.get(rnd.nextInt(leaves.size()));
        String drop = excluded;
        String parent = tree.get(drop).parent();
        if (tree.children(parent).size() > 1) perturbed.removeIf(x -> x.code().equals(drop));
        else excluded = null; // the only indicator of its dimension stays
      }
      Recipe r = recipe;
      if (!normalisations.isEmpty()) r = r.withNormalise(normalisations.get(rnd.nextInt(normalisations.size())));
      if (!aggregations.isEmpty()) r = r.withAggregate(aggregations.get(rnd.nextInt(aggregations.size())));
      IndexResult res;
      try {
        res = Pipeline.run(table, new IndicatorTree(perturbed), r.withWeights(recipe.weights().objective() ? recipe.weights()
            : new org.indexkit.core.Weighting(org.indexkit.core.Weighting.Method.FIXED)));
      } catch (org.indexkit.core.InvalidInputException e) {
        // a combination of alternatives that cannot run (e.g. percentile ranks, which include 0, with a geometric mean)
        throw new org.indexkit.core.InvalidInputException(org.indexkit.core.Problem.of("uncertainty", "run " + (i + 1)
            + " (normalisation " + r.normalise().method().label() + ", aggregation " + r.aggregate().method().label()
            + ") cannot be scored: " + e.problems().get(0).message() + "; choose alternatives that work together"));
      }
      ranks[i] = res.composite().ranks();
      tiers[i] = res.composite().tiers() == null ? null : res.composite().tiers().levels();
      stars[i] = res.composite().stars() == null ? null : res.composite().stars().levels();
      sampled[i] = new Run(i + 1, List.copyOf(drawn), r.normalise().method().label(), r.aggregate().method().label(), excluded);
    });
    int[] nominalRank = nominal.composite().ranks();
    double[] median = new double[n], p5 = new double[n], p95 = new double[n], shift = new double[n], keepTier = new double[n],
        keepStars = new double[n];
    for (int e = 0; e < n; e++) {
      double[] rk = new double[runs];
      int tierSame = 0, starSame = 0;
      for (int i = 0; i < runs; i++) {
        rk[i] = ranks[i][e];
        shift[e] += Math.abs(ranks[i][e] - nominalRank[e]) / (double) runs;
        if (tiers[i] != null && tiers[i][e] == nominal.composite().tiers().levels()[e]) tierSame++;
        if (stars[i] != null && stars[i][e] == nominal.composite().stars().levels()[e]) starSame++;
      }
      Arrays.sort(rk);
      median[e] = quantile(rk, 0.5);
      p5[e] = quantile(rk, 0.05);
      p95[e] = quantile(rk, 0.95);
      keepTier[e] = nominal.composite().tiers() == null ? Double.NaN : tierSame / (double) runs;
      keepStars[e] = nominal.composite().stars() == null ? Double.NaN : starSame / (double) runs;
    }
    return new Result(nominalRank, median, p5, p95, shift, keepTier, keepStars, List.of(sampled), leaves);
  }

  /** R type 7 quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  public String variant() {
    return runs + " Monte Carlo runs, seed " + seed + ": weights uniform within ±" + Math.round(weightSpread * 100) + "% of nominal"
        + (normalisations.isEmpty() ? "" : ", normalisation drawn from " + normalisations.stream().map(x -> x.method().label()).toList())
        + (aggregations.isEmpty() ? "" : ", aggregation drawn from " + aggregations.stream().map(x -> x.method().label()).toList())
        + (excludeOne ? ", one indicator left out per run" : "") + "; rank intervals are the 5th–95th percentiles (R type 7)";
  }
}
