package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;

/**
 * Regional disparity of a node's scores (the composite by default) by the Data's Region column, per year: the Dagum Gini
 * decomposition ({@link DagumGini}) and the Theil index with its within/between decomposition ({@link TheilIndex}); with a
 * {@code population} column of the Data (not an indicator), also the population-weighted Theil index. Scores must be ≥ 0
 * (a z-score index is refused, naming the node).
 */
public final class RegionalDisparity implements Analysis {
  static final String KEY = "analyses.disparity";
  private final String node, population;

  /** @param population the Data column of each entity's population for the weighted Theil index, or null */
  public RegionalDisparity(String node, String population) {
    this.node = node;
    this.population = population == null || population.isBlank() ? null : population.trim();
  }

  /** One year's (or the cross-section's, {@code segment} "") decompositions; {@code weightedTheil} null without a population. */
  public record Segment(String segment, DagumGini.Result dagum, TheilIndex.Result theil, TheilIndex.Result weightedTheil) {}

  public record Result(NodeResult node, List<Segment> segments, String variant, List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    return run(r, null);
  }

  @Override
  public Result run(IndexResult r, Context context) {
    Map<String, Map<String, List<Integer>>> bySegment = ResultSegments.byRegion(r, false, KEY, "regional disparity needs");
    NodeResult n = ChosenNodes.one(r, node, KEY + ".node");
    double[] people = population == null ? null : populations(r, context);
    List<Segment> out = new ArrayList<>();
    for (var seg : bySegment.entrySet()) {
      List<String> names = List.copyOf(seg.getValue().keySet());
      List<double[]> groups = seg.getValue().values().stream().map(v -> v.stream().mapToDouble(i -> n.scores()[i]).toArray()).toList();
      try {
        TheilIndex.Result weighted = people == null ? null
            : TheilIndex.weighted(groups, seg.getValue().values().stream().map(v -> v.stream().mapToDouble(i -> people[i]).toArray()).toList());
        out.add(new Segment(seg.getKey(), DagumGini.of(names, groups), TheilIndex.of(groups), weighted));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Problem.ofKey(KEY, KEY + ": \"" + n.code() + "\"" + (seg.getKey().isEmpty() ? "" : " in " + seg.getKey())
            + ": " + e.getMessage() + " (use scores such as min-max values, not z-scores)"));
      }
    }
    return new Result(n, List.copyOf(out), "regional disparity of \"" + n.code() + "\" by Region, per year: Dagum (1997) Gini "
        + "decomposition G = Gw + Gnb + Gt with Gjj, Gjh and Djh; Theil T = Σ sⱼTⱼ + Σ sⱼ ln(μⱼ/μ)" + (people == null ? ""
        : "; population-weighted Theil T = Σ Yᵢ ln(Yᵢ/Pᵢ) by the Data's \"" + population + "\" column"), List.of());
  }

  private double[] populations(IndexResult r, Context context) {
    if (context == null) throw new IllegalStateException(KEY + " needs the input's population column");
    try {
      double[] p = DataColumn.of(r, context.table(), population, KEY + ".population");
      for (int i = 0; i < p.length; i++)
        if (!(p[i] > 0)) throw new IllegalArgumentException("\"" + r.entities().get(i) + "\" has " + (Double.isNaN(p[i]) ? "no population"
            : "population " + p[i] + "; populations must be positive"));
      return p;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Problem.ofKey(KEY + ".population", KEY + ".population: " + e.getMessage()));
    }
  }
}
