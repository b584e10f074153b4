package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;
import org.indexkit.core.StepChoice;
import org.indexkit.method.normalise.ZScore;

/**
 * Two-dimensional types (GIHI 2023 附录七's agglomeration-versus-radiation quadrants, the digital-city report's input
 * versus outcome and low-carbon types): each entity placed by two scores, each split at its mean or median within the
 * year and league, or at given values; a score at the split counts as high. The four quadrants are labelled high–high,
 * high–low (first axis high, second low), low–high and low–low, by default from the axes' names; with {@code bands} there
 * are three types instead: both high, one high, both low (the low-carbon 成效型, 成长型, 起步型).
 *
 * <p>An axis is a node's score or, as in 附录七, a group of indicators: each indicator z-scored within the year and
 * league, z = (v − mean)/sd, over its normalised values (so the direction applies; for a linear normalisation the
 * z-scores of the raw values), the group's score the mean of its indicators' z-scores, and both groups' means min-max
 * normalised together to [0, 100] with one pooled min and max ({@link JointMinMax}). The pooled min-max cancels the scale
 * of sd, so the sample sd used here and the population sd give the same axes.
 */
public final class Quadrants implements Analysis {
  static final String KEY = "analyses.quadrants";
  private final String split, xCode, yCode, xName, yName;
  private final List<String> xGroup, yGroup, labels;
  private final Double xAt, yAt;
  private final boolean bands;

  /** @param split mean, median or values; @param c the step's choice with x, y (or x-indicators, y-indicators), labels … */
  public Quadrants(String split, StepChoice c) {
    this.split = split;
    this.xCode = c.text("x");
    this.yCode = c.text("y");
    this.xGroup = c.texts("x-indicators");
    this.yGroup = c.texts("y-indicators");
    this.xName = c.text("x-name");
    this.yName = c.text("y-name");
    this.xAt = c.number("split-x");
    this.yAt = c.number("split-y");
    this.bands = c.flag("bands");
    this.labels = c.texts("labels") == null ? null : List.copyOf(c.texts("labels"));
  }

  /** One axis of the plane: a node, or an indicator group's pooled score. */
  public record Axis(String code, String name, double[] scores) {}

  /**
   * @param xSplit, ySplit the split used for each row (its segment's); @param quadrant 0 high–high … 3 low–low, or with
   *     three bands 0 both high, 1 one high, 2 both low
   */
  public record Result(Axis x, Axis y, double[] xSplit, double[] ySplit, int[] quadrant, List<String> labels, String variant,
                       List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    Map<String, List<Integer>> segments = ResultSegments.of(r, true);
    List<String> warnings = new ArrayList<>();
    Axis x, y;
    if (xGroup != null || yGroup != null) {
      if (xGroup == null || yGroup == null) throw refused(xGroup == null ? "x-indicators" : "y-indicators", "both indicator groups are needed");
      double[][] pooled = pooledGroups(r, segments, List.of(leaves(r, xGroup, "x-indicators"), leaves(r, yGroup, "y-indicators")), warnings);
      x = new Axis("x-indicators", xName != null ? xName : "Mean z of " + String.join(", ", xGroup), pooled[0]);
      y = new Axis("y-indicators", yName != null ? yName : "Mean z of " + String.join(", ", yGroup), pooled[1]);
    } else {
      List<NodeResult> kids = r.nodes().stream().filter(n -> r.composite().code().equals(n.parent())).toList();
      NodeResult nx = node(r, xCode, kids, 0, "x"), ny = node(r, yCode, kids, 1, "y");
      if (nx.code().equals(ny.code())) throw refused("x", "the two axes need two different nodes, got \"" + nx.code() + "\" twice");
      x = new Axis(nx.code(), nx.name(), nx.scores());
      y = new Axis(ny.code(), ny.name(), ny.scores());
    }
    int n = r.entities().size();
    double[] xs = new double[n], ys = new double[n];
    int[] q = new int[n];
    for (List<Integer> seg : segments.values()) {
      double sx = cut(x.scores(), seg, xAt), sy = cut(y.scores(), seg, yAt);
      for (int i : seg) {
        xs[i] = sx;
        ys[i] = sy;
        boolean highX = x.scores()[i] >= sx, highY = y.scores()[i] >= sy;
        q[i] = bands ? (highX && highY ? 0 : highX || highY ? 1 : 2) : highX ? (highY ? 0 : 1) : (highY ? 2 : 3);
      }
    }
    String hx = "high " + x.name(), lx = "low " + x.name(), hy = "high " + y.name(), ly = "low " + y.name();
    List<String> names = labels != null ? labels : bands ? List.of(hx + " and " + hy, hx + " or " + hy, lx + " and " + ly)
        : List.of(hx + " – " + hy, hx + " – " + ly, lx + " – " + hy, lx + " – " + ly);
    String axes = xGroup != null ? "mean z-scores of the indicator groups, pooled min-max to [0, 100]" : "\"" + x.code() + "\" × \"" + y.code() + "\"";
    return new Result(x, y, xs, ys, q, names, (bands ? "three bands" : "quadrants") + " of " + axes + ", split at the "
        + ("values".equals(split) ? "given values " + xAt + ", " + yAt : split + " of each year and league") + " (a score at the split is high)",
        List.copyOf(warnings));
  }

  /** Each group's mean z-score per row ({@link ZScore}), then one min-max over both groups' values of the segment to [0, 100]. */
  private static double[][] pooledGroups(IndexResult r, Map<String, List<Integer>> segments, List<List<NodeResult>> groups,
                                         List<String> warnings) {
    double[][] out = new double[groups.size()][r.entities().size()];
    for (var seg : segments.entrySet()) {
      List<Integer> rows = seg.getValue();
      for (int g = 0; g < groups.size(); g++)
        for (NodeResult leaf : groups.get(g)) {
          double[] v = rows.stream().mapToDouble(i -> leaf.scores()[i]).toArray();
          if (Arrays.stream(v).allMatch(a -> a == v[0])) warnings.add("\"" + leaf.code() + "\" is the same for every entity"
              + (seg.getKey().isEmpty() ? "" : " in " + seg.getKey()) + ": its z-scores are 0");
          double[] z = new ZScore().applyInPlace(v);
          for (int k = 0; k < rows.size(); k++) out[g][rows.get(k)] += z[k] / groups.get(g).size();
        }
      JointMinMax.scale(out, rows, 0, 100, out);
    }
    return out;
  }

  private double cut(double[] scores, List<Integer> rows, Double given) {
    if ("values".equals(split)) return given;
    double[] v = rows.stream().mapToDouble(i -> scores[i]).sorted().toArray();
    if ("median".equals(split)) return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    return Arrays.stream(v).average().orElseThrow();
  }

  private static List<NodeResult> leaves(IndexResult r, List<String> codes, String param) {
    if (codes.isEmpty()) throw refused(param, "name at least one indicator");
    List<NodeResult> out = new ArrayList<>();
    for (String code : codes) {
      NodeResult leaf = r.nodes().stream().filter(n -> n.code().equals(code.trim())).findFirst()
          .orElseThrow(() -> refused(param, "no indicator \"" + code + "\""));
      if (!leaf.leaf()) throw refused(param, "\"" + code + "\" is a node, not an indicator: name indicators, or use x and y for nodes");
      out.add(leaf);
    }
    return out;
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
