package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;
import org.indexkit.core.Table;

/**
 * Moran's I, local Moran and Geary's C of a node's scores (the composite by default), per year ({@link MoranI}), with
 * weights from two coordinate columns of the Data (not indicators: {@code x}, {@code y}, e.g. lon and lat) — a distance
 * band, the k nearest or inverse distance — or from neighbour lists in the recipe ({@code "A: B, C"}); row-standardised or
 * binary ({@link SpatialWeights}). Islands are named in a warning and keep a zero row.
 */
public final class SpatialAutocorrelation implements Analysis {
  static final String KEY = "analyses.moran";
  private final String source, weights, x, y, node, style;
  private final Double band;
  private final int k, permutations;
  private final long seed;
  private final List<String> lists;

  public SpatialAutocorrelation(String source, String weights, String x, String y, Double band, int k, List<String> lists, String style,
                                String node, int permutations, long seed) {
    this.source = source;
    this.weights = weights;
    this.x = x;
    this.y = y;
    this.band = band;
    this.k = k;
    this.lists = lists == null ? List.of() : List.copyOf(lists);
    this.style = style;
    this.node = node;
    this.permutations = permutations;
    this.seed = seed;
  }

  /** One year's statistics over its entities' rows. */
  public record Segment(String segment, List<Integer> rows, MoranI.Result moran, List<String> islands) {}

  public record Result(NodeResult node, List<Segment> segments, String variant, List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    throw new IllegalStateException(KEY + " needs the input's coordinate columns");
  }

  @Override
  public Result run(IndexResult r, Context context) {
    if (context == null) return run(r);
    NodeResult n = ChosenNodes.one(r, node, KEY + ".node");
    Map<String, List<Integer>> byYear = ResultSegments.of(r, false);
    List<Segment> out = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (var seg : byYear.entrySet()) {
      List<Integer> rows = seg.getValue();
      List<String> names = rows.stream().map(r.entities()::get).toList();
      double[][] w;
      try {
        w = source.equals("neighbours") ? SpatialWeights.lists(names, parse(lists)) : fromCoordinates(r, context.table(), rows);
      } catch (IllegalArgumentException e) {
        throw refused(source.equals("neighbours") ? "lists" : "x", e.getMessage());
      }
      SpatialWeights.Matrix m = SpatialWeights.finish(w, "row".equals(style), names);
      if (!m.islands().isEmpty()) warnings.add("moran" + (seg.getKey().isEmpty() ? "" : " " + seg.getKey()) + ": no neighbours (islands, "
          + "a zero row): " + m.islands());
      double[] v = rows.stream().mapToDouble(i -> n.scores()[i]).toArray();
      try {
        out.add(new Segment(seg.getKey(), rows, MoranI.of(v, m.w(), permutations, seed), m.islands()));
      } catch (IllegalArgumentException e) {
        throw refused("node", "\"" + n.code() + "\"" + (seg.getKey().isEmpty() ? "" : " in " + seg.getKey()) + ": " + e.getMessage());
      }
    }
    String how = source.equals("neighbours") ? "neighbour lists" : switch (weights) {
      case "band" -> "neighbours within distance " + band + " of (" + x + ", " + y + ")";
      case "nearest" -> "the " + k + " nearest by (" + x + ", " + y + ")";
      default -> "inverse distance 1/d by (" + x + ", " + y + ")";
    };
    return new Result(n, List.copyOf(out), "spatial autocorrelation of \"" + n.code() + "\" per year: Moran's I (normality and randomisation "
        + "variances, " + permutations + " seeded permutations), local Moran with LISA quadrants, Geary's C; weights " + how + ", "
        + ("row".equals(style) ? "row-standardised" : "binary / as built"), List.copyOf(warnings));
  }

  private double[][] fromCoordinates(IndexResult r, Table table, List<Integer> rows) {
    double[] xs = DataColumn.of(r, table, x, KEY + ".x"), ys = DataColumn.of(r, table, y, KEY + ".y");
    double[][] xy = new double[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      xy[i] = new double[] {xs[rows.get(i)], ys[rows.get(i)]};
      if (Double.isNaN(xy[i][0]) || Double.isNaN(xy[i][1]))
        throw new IllegalArgumentException("\"" + r.entities().get(rows.get(i)) + "\" has no coordinates");
    }
    return switch (weights) {
      case "band" -> SpatialWeights.band(xy, band);
      case "nearest" -> SpatialWeights.nearest(xy, k);
      default -> SpatialWeights.inverseDistance(xy);
    };
  }

  static Map<String, List<String>> parse(List<String> entries) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String e : entries) {
      int colon = e.indexOf(':');
      if (colon < 0) throw new IllegalArgumentException("a neighbour list is \"A: B, C\"; got \"" + e + "\"");
      List<String> ns = new ArrayList<>();
      for (String s : e.substring(colon + 1).split("[,;，；]")) if (!s.isBlank()) ns.add(s.trim());
      out.put(e.substring(0, colon).trim(), ns);
    }
    return out;
  }

  private static InvalidInputException refused(String param, String message) {
    return new InvalidInputException(Problem.ofKey(KEY + "." + param, KEY + "." + param + ": " + message));
  }
}
