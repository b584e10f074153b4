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
 * Rule typologies (SET 2024's S&amp;T types, the digital-city report's types): each entity labelled by which of chosen nodes
 * are strong, where strong is rank ≤ k, a score at or above the mean, at or above a quantile (type 7), or at or above a
 * threshold, within each year and league. Each combination maps to a label given as {@code "S+T: 科研-产业驱动型"},
 * {@code "all: 全能型"}, {@code "none: 基础型"}; a combination without one is named by its strong nodes.
 */
public final class RuleTypology implements Analysis {
  static final String KEY = "analyses.typology";
  private final String rule;
  private final double parameter;
  private final List<String> nodes;
  private final Map<String, String> labels;

  public RuleTypology(String rule, double parameter, List<String> nodes, List<String> labels) {
    this.rule = rule;
    this.parameter = parameter;
    this.nodes = nodes == null ? null : List.copyOf(nodes);
    this.labels = parse(labels);
  }

  /** "S+T: label" entries, combination keys normalised (codes in the given order joined by "+", or all / none). */
  static Map<String, String> parse(List<String> entries) {
    Map<String, String> out = new LinkedHashMap<>();
    if (entries == null) return out;
    for (String e : entries) {
      int colon = e.indexOf(':');
      if (colon < 0) throw new IllegalArgumentException("a typology label is \"S+T: label\", \"all: label\" or \"none: label\"; got \"" + e + "\"");
      out.put(e.substring(0, colon).replace(" ", ""), e.substring(colon + 1).trim());
    }
    return out;
  }

  /** @param strong [node][row]; @param type per row, its label */
  public record Result(List<NodeResult> nodes, boolean[][] strong, String[] type, String variant, List<String> warnings)
      implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    List<NodeResult> chosen = ChosenNodes.of(r, nodes, KEY + ".nodes", 1, "a typology needs");
    List<String> order = chosen.stream().map(NodeResult::code).toList();
    Map<String, String> byKey = new LinkedHashMap<>(); // "T+S" and "S+T" are one combination: codes in the nodes' order
    for (var e : labels.entrySet()) {
      String combo = e.getKey();
      if (combo.equals("all") || combo.equals("none")) { byKey.put(combo, e.getValue()); continue; }
      for (String code : combo.split("\\+"))
        if (!order.contains(code))
          throw new InvalidInputException(Problem.ofKey(KEY + ".labels", KEY + ".labels: \"" + code + "\" in \"" + combo + "\" is not one of "
              + order));
      byKey.put(String.join("+", java.util.Arrays.stream(combo.split("\\+")).sorted(java.util.Comparator.comparingInt(order::indexOf))
          .toList()), e.getValue());
    }
    int n = r.entities().size();
    Map<String, List<Integer>> segments = ResultSegments.of(r, true);
    boolean[][] strong = new boolean[chosen.size()][n];
    for (int j = 0; j < chosen.size(); j++) {
      NodeResult node = chosen.get(j);
      for (List<Integer> seg : segments.values()) {
        double[] v = seg.stream().mapToDouble(i -> node.scores()[i]).sorted().toArray();
        double cut = switch (rule) {
          case "mean" -> java.util.Arrays.stream(v).average().orElseThrow();
          case "quantile" -> KernelDensity.quantile(v, parameter);
          case "threshold" -> parameter;
          default -> Double.NaN; // rank
        };
        for (int i : seg) strong[j][i] = rule.equals("rank") ? node.ranks()[i] <= parameter : node.scores()[i] >= cut;
      }
    }
    String[] type = new String[n];
    for (int i = 0; i < n; i++) {
      List<String> codes = new ArrayList<>(), names = new ArrayList<>();
      for (int j = 0; j < chosen.size(); j++) if (strong[j][i]) { codes.add(chosen.get(j).code()); names.add(chosen.get(j).name()); }
      String key = codes.size() == chosen.size() ? "all" : codes.isEmpty() ? "none" : String.join("+", codes);
      String fallback = key.equals("all") ? "strong in all" : key.equals("none") ? "strong in none" : "strong in " + String.join(" + ", names);
      type[i] = byKey.getOrDefault(key, fallback);
    }
    String how = switch (rule) {
      case "rank" -> "rank ≤ " + (int) parameter;
      case "mean" -> "a score at or above the mean";
      case "quantile" -> "a score at or above the " + parameter + " quantile (type 7)";
      default -> "a score at or above " + parameter;
    };
    return new Result(chosen, strong, type, "rule typology of " + chosen.stream().map(NodeResult::code).toList() + ": strong = " + how
        + " within each year and league; each combination of strong nodes labelled", List.of());
  }
}
