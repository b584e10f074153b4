package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;

/**
 * Two-dimensional types (GIHI 2023 附录七's agglomeration-versus-radiation quadrants, the digital-city report's input
 * versus outcome types): each entity placed by the scores of two nodes, each split at its mean or median within the year
 * and league, or at given values; a score at the split counts as high. The four quadrants are labelled high–high,
 * high–low (first node high, second low), low–high and low–low, by default from the nodes' names.
 */
public final class Quadrants implements Analysis {
  static final String KEY = "analyses.quadrants";
  private final String split, xCode, yCode;
  private final Double xAt, yAt;
  private final List<String> labels;

  public Quadrants(String split, String x, String y, Double xAt, Double yAt, List<String> labels) {
    this.split = split;
    this.xCode = x;
    this.yCode = y;
    this.xAt = xAt;
    this.yAt = yAt;
    this.labels = labels == null ? null : List.copyOf(labels);
  }

  /** @param xSplit, ySplit the split used for each row (its segment's); @param quadrant 0 high–high … 3 low–low */
  public record Result(NodeResult x, NodeResult y, double[] xSplit, double[] ySplit, int[] quadrant, List<String> labels, String variant,
                       List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    List<NodeResult> kids = r.nodes().stream().filter(n -> r.composite().code().equals(n.parent())).toList();
    NodeResult x = node(r, xCode, kids, 0, "x"), y = node(r, yCode, kids, 1, "y");
    if (x.code().equals(y.code())) throw refused("x", "the two axes need two different nodes, got \"" + x.code() + "\" twice");
    int n = r.entities().size();
    Map<String, List<Integer>> segments = ResultSegments.of(r, true);
    double[] xs = new double[n], ys = new double[n];
    int[] q = new int[n];
    for (List<Integer> seg : segments.values()) {
      double sx = cut(x, seg, xAt), sy = cut(y, seg, yAt);
      for (int i : seg) {
        xs[i] = sx;
        ys[i] = sy;
        boolean highX = x.scores()[i] >= sx, highY = y.scores()[i] >= sy;
        q[i] = highX ? (highY ? 0 : 1) : (highY ? 2 : 3);
      }
    }
    List<String> names = labels != null ? labels : List.of("high " + x.name() + " – high " + y.name(), "high " + x.name() + " – low "
        + y.name(), "low " + x.name() + " – high " + y.name(), "low " + x.name() + " – low " + y.name());
    return new Result(x, y, xs, ys, q, names, "quadrants of \"" + x.code() + "\" × \"" + y.code() + "\", split at the "
        + ("values".equals(split) ? "given values " + xAt + ", " + yAt : split + " of each year and league") + " (a score at the split is high)",
        List.of());
  }

  private double cut(NodeResult node, List<Integer> rows, Double given) {
    if ("values".equals(split)) return given;
    double[] v = rows.stream().mapToDouble(i -> node.scores()[i]).sorted().toArray();
    if ("median".equals(split)) return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    return java.util.Arrays.stream(v).average().orElseThrow();
  }

  private static NodeResult node(IndexResult r, String code, List<NodeResult> kids, int nth, String axis) {
    if (code == null || code.isBlank()) {
      if (kids.size() <= nth) throw refused(axis, "the composite has fewer than two child nodes: name the two nodes in " + KEY + ".x and .y");
      return kids.get(nth);
    }
    return r.nodes().stream().filter(n -> n.code().equals(code.trim())).findFirst()
        .orElseThrow(() -> refused(axis, "no node \"" + code + "\""));
  }

  private static InvalidInputException refused(String param, String message) {
    return new InvalidInputException(Problem.ofKey(KEY + "." + param, KEY + "." + param + ": " + message));
  }
}
