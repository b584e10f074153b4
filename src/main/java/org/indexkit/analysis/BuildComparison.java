package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.Recipe;
import org.indexkit.json.RecipeJson;
import org.indexkit.method.MethodRegistry;
import org.indexkit.method.audit.Correlations;

/**
 * Two builds on the same data (COINr's {@code compare_coins}): the run's own and one with recipe keys changed
 * ({@code set: ["weights=equal"]}) and/or node weights changed ({@code weights: ["research_talent=0.4"]}), starting from
 * this run's recipe or from a preset's ({@code preset: gihi-2023}: its normalisation, weighting, aggregation … on this
 * tree); per entity both
 * composites, both ranks, the score shift (other − this) and the rank shift (this rank − other rank, positive = the
 * other build ranks it higher); Spearman ρ and Kendall τ-b between the two builds' composites; the biggest movers.
 */
public final class BuildComparison implements Analysis {
  static final String KEY = "analyses.compare";
  private final String preset;
  private final List<String> set, weights;

  /** @param preset the preset whose recipe the other build starts from, or null for this run's recipe */
  public BuildComparison(String preset, List<String> set, List<String> weights) {
    this.preset = preset == null || preset.isBlank() ? null : preset.trim();
    this.set = set == null ? List.of() : List.copyOf(set);
    this.weights = weights == null ? List.of() : List.copyOf(weights);
  }

  /** @param other the other build's composite scores and ranks, aligned with this result's rows */
  public record Result(String description, double[] other, int[] otherRanks, double spearman, double kendall, String variant,
                       List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    throw new IllegalStateException(KEY + " needs the data to score the other build");
  }

  @Override
  public Result run(IndexResult r, Context context) {
    if (context == null) return run(r);
    Rerun rerun = context.rerun();
    Map<String, String> settings = new LinkedHashMap<>();
    for (String kv : set) {
      int eq = kv.indexOf('=');
      if (eq < 1) throw refused("set", "each change is KEY=VALUE, e.g. weights=equal; got \"" + kv + "\"");
      settings.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
    Map<String, Double> nodeWeights = new LinkedHashMap<>();
    for (String kv : weights) {
      int eq = kv.indexOf('=');
      try {
        nodeWeights.put(kv.substring(0, eq).trim(), Double.parseDouble(kv.substring(eq + 1).trim()));
      } catch (RuntimeException e) {
        throw refused("weights", "each change is NODE=WEIGHT, e.g. research_talent=0.4; got \"" + kv + "\"");
      }
    }
    Recipe start = preset == null ? null : context.presets().apply(preset)
        .orElseThrow(() -> refused("preset", "no preset \"" + preset + "\""));
    IndexResult other = rerun.with(recipe -> MethodRegistry.resolve(RecipeJson.layer((start != null ? start : recipe).withAnalyses(null),
        KEY, null, settings)), tree -> reweighed(tree, nodeWeights));
    if (!other.entities().equals(r.entities())) throw refused("set", "the other build does not score the same entities");
    double[] a = r.composite().scores(), b = other.composite().scores();
    List<String> changes = new ArrayList<>();
    if (preset != null) changes.add("the recipe of " + preset);
    if (!set.isEmpty()) changes.add(String.join(", ", set));
    if (!weights.isEmpty()) changes.add(String.join(", ", weights));
    String description = String.join("; ", changes);
    return new Result(description.isEmpty() ? "the same build" : description, b, other.composite().ranks(),
        Correlations.spearman(a, b), kendall(a, b), "comparison with the build " + (description.isEmpty() ? "itself" : description)
            + ": per entity both composites and ranks, shift = other − this, rank shift = this rank − other rank; Spearman ρ and "
            + "Kendall τ-b of the two composites (COINr compare_coins)", List.copyOf(other.warnings().stream()
            .map(w -> "the other build: " + w).toList()));
  }

  private static IndicatorTree reweighed(IndicatorTree tree, Map<String, Double> weights) {
    for (String code : weights.keySet())
      if (!tree.contains(code)) throw refused("weights", "no node \"" + code + "\" in the tree");
    List<Indicator> nodes = new ArrayList<>();
    for (Indicator n : tree.nodes()) nodes.add(weights.containsKey(n.code()) ? n.withWeight(weights.get(n.code())) : n);
    return new IndicatorTree(nodes);
  }

  /** Kendall's τ-b: (concordant − discordant)/√((n₀ − n₁)(n₀ − n₂)) with ties in either build corrected. */
  public static double kendall(double[] a, double[] b) {
    long concordant = 0, discordant = 0, tiesA = 0, tiesB = 0, pairs = 0;
    for (int i = 0; i < a.length; i++)
      for (int j = i + 1; j < a.length; j++) {
        pairs++;
        double da = Math.signum(a[i] - a[j]), db = Math.signum(b[i] - b[j]);
        if (da == 0) tiesA++;
        if (db == 0) tiesB++;
        if (da * db > 0) concordant++;
        else if (da * db < 0) discordant++;
      }
    return (concordant - discordant) / Math.sqrt((double) (pairs - tiesA) * (pairs - tiesB));
  }

  private static InvalidInputException refused(String param, String message) {
    return new InvalidInputException(Problem.ofKey(KEY + "." + param, KEY + "." + param + ": " + message));
  }
}
