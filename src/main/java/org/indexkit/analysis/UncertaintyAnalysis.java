package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.indexkit.core.StepChoice;
import org.indexkit.method.aggregate.Aggregators;
import org.indexkit.method.normalise.Normalisers;
import org.indexkit.method.weight.AhpJudgements;
import org.indexkit.method.weight.Weightings;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.method.uncertainty.SobolIndices;
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
 * @param dirichlet when > 0, sibling weights are drawn from a Dirichlet distribution centred on the nominal
 *     weights with this concentration (larger = closer to nominal) instead of uniform ± weightSpread
 * @param imputationDraws when the recipe imputes by MICE, each run uses one MICE draw of its own seed
 * @param judgementSteps when > 0 and the recipe weighs by AHP, each judged node's judgements move by up to this many
 *     points of Saaty's scale per run ({@link JudgementDraws}) instead of its children's weights being spread
 * @param parameters numeric method parameters drawn per run ({@link ParameterDraws})
 */
public record UncertaintyAnalysis(int runs, double weightSpread, List<StepChoice> normalisations,
                                  List<StepChoice> aggregations, boolean excludeOne, long seed, double dirichlet,
                                  boolean imputationDraws, int judgementSteps,
                                  ParameterDraws parameters) {

  /** The check's defaults, in one place for the CLI, the server and the pane (which sends none): 1,000 runs, ±25 %, seed 1. */
  public static final int DEFAULT_RUNS = 1000;
  public static final String DEFAULT_RUNS_TEXT = "1000";
  public static final double DEFAULT_WEIGHT_PERCENT = 25;
  public static final String DEFAULT_WEIGHT_PERCENT_TEXT = "25";
  public static final long DEFAULT_SEED = 1;
  public static final String DEFAULT_SEED_TEXT = "1";


  /** One run's sampled parameters, so any run can be reproduced. */
  public record Run(int index, List<Double> localWeights, String normalisation, String aggregation, String excluded) {}

  /**
   * Per entity (aligned with the nominal result's rows) and every run's parameters.
   *
   * @param warnings the uncertain inputs that changed no score in any run, and what that means; empty when all mattered
   */
  public record Result(int[] nominalRank, double[] medianRank, double[] p5, double[] p95, double[] meanAbsShift,
                       double[] keepTier, double[] keepStars, List<Run> runs, List<String> leaves, List<String> warnings) {}

  /** {@code runs} Monte Carlo runs with the check's defaults: weights uniform within ±25 %, seed 1, nothing else varied. */
  public static UncertaintyAnalysis runs(int runs) {
    return new UncertaintyAnalysis(runs, DEFAULT_WEIGHT_PERCENT / 100, List.of(), List.of(), false, DEFAULT_SEED, 0, false, 0,
        ParameterDraws.NONE);
  }

  /** Sibling weights uniform within ± {@code spread} (a share: 0.25 = ±25 %) of nominal; 0 keeps them. */
  public UncertaintyAnalysis weightSpread(double spread) {
    return new UncertaintyAnalysis(runs, spread, normalisations, aggregations, excludeOne, seed, dirichlet, imputationDraws, judgementSteps, parameters);
  }

  public UncertaintyAnalysis seed(long s) {
    return new UncertaintyAnalysis(runs, weightSpread, normalisations, aggregations, excludeOne, s, dirichlet, imputationDraws, judgementSteps, parameters);
  }

  /** Each run draws its normalisation and its aggregation from these (empty: the recipe's). */
  public UncertaintyAnalysis alternatives(List<StepChoice> normalisations, List<StepChoice> aggregations) {
    return new UncertaintyAnalysis(runs, weightSpread, normalisations, aggregations, excludeOne, seed, dirichlet, imputationDraws, judgementSteps, parameters);
  }

  /** Each run leaves one randomly chosen indicator out. */
  public UncertaintyAnalysis leaveOneOut(boolean on) {
    return new UncertaintyAnalysis(runs, weightSpread, normalisations, aggregations, on, seed, dirichlet, imputationDraws, judgementSteps, parameters);
  }

  /** Sibling weights from a Dirichlet centred on the nominal weights with this concentration instead of uniform. */
  public UncertaintyAnalysis dirichlet(double concentration) {
    return new UncertaintyAnalysis(runs, weightSpread, normalisations, aggregations, excludeOne, seed, concentration, imputationDraws, judgementSteps, parameters);
  }

  /** With MICE in the recipe, each run uses one MICE draw of its own seed. */
  public UncertaintyAnalysis imputationDraws(boolean on) {
    return new UncertaintyAnalysis(runs, weightSpread, normalisations, aggregations, excludeOne, seed, dirichlet, on, judgementSteps, parameters);
  }

  /** With AHP weights, each run moves every judgement by up to {@code steps} points of Saaty's scale (0: judgements kept). */
  public UncertaintyAnalysis judgementSteps(int steps) {
    return new UncertaintyAnalysis(runs, weightSpread, normalisations, aggregations, excludeOne, seed, dirichlet, imputationDraws, steps, parameters);
  }

  /** Each run draws these method parameters uniformly within their ranges. */
  public UncertaintyAnalysis vary(ParameterDraws p) {
    return new UncertaintyAnalysis(runs, weightSpread, normalisations, aggregations, excludeOne, seed, dirichlet, imputationDraws,
        judgementSteps, p);
  }

  public UncertaintyAnalysis {
    parameters = parameters == null ? ParameterDraws.NONE : parameters;
    if (judgementSteps < 0 || judgementSteps > 16) throw new IllegalArgumentException("judgement steps must be 0–16, got " + judgementSteps);
    if (dirichlet < 0) throw new IllegalArgumentException("Dirichlet concentration must be ≥ 0");
    if (runs < 1 || runs > 100_000) throw new IllegalArgumentException("runs must be 1–100000, got " + runs);
    if (!(weightSpread >= 0 && weightSpread < 1)) throw new IllegalArgumentException("weight spread must be in [0, 1), got " + weightSpread);
    normalisations = normalisations == null ? List.of() : normalisations.stream().map(Normalisers.STEP::resolve).toList();
    aggregations = aggregations == null ? List.of() : aggregations.stream().map(Aggregators.STEP::resolve).toList();
  }

  /** The uncertain inputs, in the order of the unit vector u that drives a run. */
  public List<String> inputs(IndicatorTree tree) {
    return inputs(tree, null);
  }

  /** The uncertain inputs for this recipe (an imputation draw is one only when the recipe imputes by MICE). */
  public List<String> inputs(IndicatorTree tree, Recipe recipe) {
    List<String> names = new ArrayList<>();
    List<Indicator> judged = judged(tree, recipe);
    if (weightSpread > 0 || dirichlet > 0)
      for (Indicator node : tree.nodes())
        if (node.parent() != null && judged.stream().noneMatch(j -> j.code().equals(node.parent()))) names.add("weight of " + node.code());
    for (Indicator node : judged) names.add("judgements of " + node.code());
    if (!normalisations.isEmpty()) names.add("normalisation");
    if (!aggregations.isEmpty()) names.add("aggregation");
    names.addAll(parameters.inputs());
    if (excludeOne) names.add("indicator left out");
    if (mice(recipe)) names.add("imputation draw");
    return names;
  }

  /** The nodes whose judgements are drawn: with AHP weights and judgement steps, every node that has judgements. */
  private List<Indicator> judged(IndicatorTree tree, Recipe recipe) {
    if (judgementSteps == 0 || recipe == null || !recipe.weights().is("ahp")) return List.of();
    return tree.nodes().stream().filter(n -> n.judgements() != null && !tree.isLeaf(n.code())).toList();
  }

  private boolean mice(Recipe recipe) {
    return imputationDraws && recipe != null && recipe.impute().is("mice");
  }

  /** One configuration from u ∈ [0, 1)^k: the scored result and the parameters used. */
  private record Outcome(IndexResult result, Run run) {}

  private Outcome score(Pipeline.Prepared prep, Table table, IndicatorTree tree, Recipe recipe, java.util.Map<String, Double> nominalLocal,
                        boolean singleSegment, double[] u, int index) {
    List<Indicator> judged = judged(tree, recipe);
    WeightDraws.Drawn d = WeightDraws.draw(tree, nominalLocal, weightSpread, dirichlet, judged,
        judged.isEmpty() ? null : AhpJudgements.of(recipe.weights()), judgementSteps, u);
    List<Indicator> perturbed = d.tree();
    List<Double> drawn = d.weights();
    int k = d.used();
    Recipe r = recipe;
    if (!normalisations.isEmpty()) r = r.withNormalise(normalisations.get((int) (u[k++] * normalisations.size())));
    if (!aggregations.isEmpty()) r = r.withAggregate(aggregations.get((int) (u[k++] * aggregations.size())));
    r = parameters.apply(r, u, k);
    k += parameters.ranges().size();
    String excluded = null;
    List<Indicator> leaves = tree.leaves();
    if (excludeOne && leaves.size() > 1) {
      Indicator drop = leaves.get((int) (u[k++] * leaves.size()));
      if (tree.children(drop.parent()).size() > 1) { // the only indicator of its dimension stays
        excluded = drop.code();
        perturbed.removeIf(x -> x.code().equals(drop.code()));
      }
    }
    if (mice(recipe)) {
      var imp = recipe.impute();
      r = r.withImpute(imp.with("m", 1L).with("seed", (long) (u[k++] * 1_000_000_000L)));
    }
    try {
      // derived (objective) weights are perturbed themselves: the run takes the nominal derived weights, varied, as fixed
      // weights — re-deriving them would ignore the sample. Only where one set of weights serves every row; with weights
      // derived per league or year the run re-derives them, and the effect check below says the weights do not vary.
      boolean rederive = Weightings.objective(recipe.weights()) && !singleSegment;
      Recipe run = r.withWeights(rederive ? recipe.weights() : StepChoice.of("fixed"));
      // a run that changes only weights, normalisation or aggregation scores the one preparation of the leaves
      IndexResult res = excluded == null && prep.serves(run) ? Pipeline.scoreForComposite(prep, new IndicatorTree(perturbed), run)
          : Pipeline.runForComposite(table, new IndicatorTree(perturbed), run);
      return new Outcome(res, new Run(index, List.copyOf(drawn), parameters.describe("normalise", r.normalise()),
          parameters.describe("aggregate", r.aggregate()), excluded));
    } catch (org.indexkit.core.InvalidInputException e) {
      // a combination of alternatives that cannot run (e.g. percentile ranks, which include 0, with a geometric mean)
      throw new org.indexkit.core.InvalidInputException(org.indexkit.core.Problem.of("uncertainty", "run " + index
          + " (normalisation " + r.normalise().method() + ", aggregation " + r.aggregate().method()
          + ") cannot be scored: " + e.problems().get(0).message() + "; choose alternatives that work together"));
    }
  }

  /** The nominal local weight of every node (first league/year when weights differ per segment), looked up once per analysis. */
  private static java.util.Map<String, Double> nominalWeights(IndexResult nominal) {
    String first = nominal.weights().get(0).segment();
    java.util.Map<String, Double> local = new java.util.HashMap<>();
    for (NodeWeight w : nominal.weights()) if (java.util.Objects.equals(w.segment(), first)) local.put(w.code(), w.local());
    return local;
  }

  public Result run(Table table, IndicatorTree tree, Recipe recipe) {
    return run(table, tree, recipe, null, () -> false);
  }

  /**
   * @param done counts finished runs, for progress reports (may be null)
   * @param cancelled polled between runs; when it turns true the analysis stops with a CancellationException
   */
  public Result run(Table table, IndicatorTree tree, Recipe recipe, java.util.concurrent.atomic.AtomicInteger done,
                    java.util.function.BooleanSupplier cancelled) {
    return run(table, tree, recipe, Pipeline.run(table, tree, recipe), done, cancelled);
  }

  /** @param nominal the recipe's own result on this table and tree, when the caller already has it */
  public Result run(Table table, IndicatorTree tree, Recipe recipe, IndexResult nominal, java.util.concurrent.atomic.AtomicInteger done,
                    java.util.function.BooleanSupplier cancelled) {
    java.util.Map<String, Double> w = nominalWeights(nominal);
    Pipeline.Prepared prep = Pipeline.prepare(table, tree, recipe); // the leaves every weights-only run shares
    boolean single = singleSegment(nominal);
    int k = inputs(tree, recipe).size();
    int[][] ranks = new int[runs][];
    int[][] tiers = new int[runs][];
    int[][] stars = new int[runs][];
    Run[] sampled = new Run[runs];
    IntStream.range(0, runs).parallel().forEach(i -> {
      if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException("uncertainty analysis cancelled");
      SplittableRandom rnd = new SplittableRandom(seed + i);
      double[] u = new double[k];
      for (int j = 0; j < k; j++) u[j] = rnd.nextDouble();
      Outcome o = score(prep, table, tree, recipe, w, single, u, i + 1);
      ranks[i] = o.result().composite().ranks();
      tiers[i] = o.result().composite().tiers() == null ? null : o.result().composite().tiers().levels();
      stars[i] = o.result().composite().stars() == null ? null : o.result().composite().stars().levels();
      sampled[i] = o.run();
      if (done != null) done.incrementAndGet();
    });
    RankIntervals r = RankIntervals.of(nominal.composite(), ranks, tiers, stars);
    return new Result(r.nominal(), r.median(), r.p5(), r.p95(), r.meanAbsShift(), r.keepTier(), r.keepStars(), List.of(sampled),
        tree.leaves().stream().map(Indicator::code).toList(), NoEffect.of(inputs(tree, recipe),
            u -> score(prep, table, tree, recipe, w, single, u, 0).result().composite().scores(), ranks, r.nominal(),
            Weightings.objective(recipe.weights()) && !single));
  }

  /**
   * Sobol indices of the mean absolute rank shift (over all entities, against the nominal ranks) with
   * respect to each uncertain input of {@link #inputs}: N·(k + 2) pipeline runs.
   */
  public SobolIndices.Result sobol(Table table, IndicatorTree tree, Recipe recipe, int n, int bootstrap) {
    return sobol(table, tree, recipe, Pipeline.run(table, tree, recipe), n, bootstrap);
  }

  /** @param nominal the recipe's own result on this table and tree, when the caller already has it */
  public SobolIndices.Result sobol(Table table, IndicatorTree tree, Recipe recipe, IndexResult nominal, int n, int bootstrap) {
    java.util.Map<String, Double> w = nominalWeights(nominal);
    Pipeline.Prepared prep = Pipeline.prepare(table, tree, recipe); // the leaves every weights-only run shares
    boolean single = singleSegment(nominal);
    int[] nominalRank = nominal.composite().ranks();
    int k = inputs(tree, recipe).size();
    if (k == 0) throw new IllegalArgumentException("nothing varies: give a weight spread or alternatives");
    return SobolIndices.estimate(u -> {
      int[] rk = score(prep, table, tree, recipe, w, single, u, 0).result().composite().ranks();
      double s = 0;
      for (int e = 0; e < rk.length; e++) s += Math.abs(rk[e] - nominalRank[e]);
      return s / rk.length;
    }, k, n, bootstrap, seed);
  }

  private static boolean singleSegment(IndexResult nominal) {
    return nominal.weights().stream().map(NodeWeight::segment).distinct().count() <= 1;
  }

  /** What the analysis varies, for a recipe: with derived weights it says that the derived weights themselves are perturbed. */
  public String variant(Recipe recipe) {
    String v = variant();
    if (recipe == null || !Weightings.objective(recipe.weights()) || !(weightSpread > 0 || dirichlet > 0)) return v;
    return v + "; the weights perturbed are the derived " + recipe.weights().method() + " weights themselves "
        + "(each run scores with them varied, as fixed weights, instead of deriving them again)";
  }

  public String variant() {
    return runs + " Monte Carlo runs, seed " + seed + ": " + (dirichlet > 0 ? "sibling weights from a Dirichlet centred on the nominal "
        + "weights, concentration " + dirichlet : "weights uniform within ±" + Math.round(weightSpread * 100) + "% of nominal")
        + (imputationDraws ? ", one MICE draw per run when the recipe imputes by MICE" : "")
        + (normalisations.isEmpty() ? "" : ", normalisation drawn from " + normalisations.stream().map(x -> x.method()).toList())
        + (aggregations.isEmpty() ? "" : ", aggregation drawn from " + aggregations.stream().map(x -> x.method()).toList())
        + (excludeOne ? ", one indicator left out per run" : "")
        + (judgementSteps > 0 ? ", with AHP weights each judgement moved by up to " + judgementSteps + " point(s) of Saaty's scale" : "")
        + (parameters.ranges().isEmpty() ? "" : ", " + parameters.variant())
        + "; rank intervals are the 5th–95th percentiles (R type 7)";
  }
}
