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
 * decomposition ({@link DagumGini}) and the Theil index with its within/between decomposition ({@link TheilIndex}).
 * Scores must be ≥ 0 (a z-score index is refused, naming the node).
 */
public final class RegionalDisparity implements Analysis {
  static final String KEY = "analyses.disparity";
  private final String node;

  public RegionalDisparity(String node) {
    this.node = node;
  }

  /** One year's (or the cross-section's, {@code segment} "") decompositions. */
  public record Segment(String segment, DagumGini.Result dagum, TheilIndex.Result theil) {}

  public record Result(NodeResult node, List<Segment> segments, String variant, List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    Map<String, Map<String, List<Integer>>> bySegment = ResultSegments.byRegion(r, false, KEY, "regional disparity needs");
    NodeResult n = ChosenNodes.one(r, node, KEY + ".node");
    List<Segment> out = new ArrayList<>();
    for (var seg : bySegment.entrySet()) {
      List<String> names = List.copyOf(seg.getValue().keySet());
      List<double[]> groups = seg.getValue().values().stream().map(v -> v.stream().mapToDouble(i -> n.scores()[i]).toArray()).toList();
      try {
        out.add(new Segment(seg.getKey(), DagumGini.of(names, groups), TheilIndex.of(groups)));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Problem.ofKey(KEY, KEY + ": \"" + n.code() + "\"" + (seg.getKey().isEmpty() ? "" : " in " + seg.getKey())
            + ": " + e.getMessage() + " (use scores such as min-max values, not z-scores)"));
      }
    }
    return new Result(n, List.copyOf(out), "regional disparity of \"" + n.code() + "\" by Region, per year: Dagum (1997) Gini "
        + "decomposition G = Gw + Gnb + Gt with Gjj, Gjh and Djh; Theil T = Σ sⱼTⱼ + Σ sⱼ ln(μⱼ/μ)", List.of());
  }
}
