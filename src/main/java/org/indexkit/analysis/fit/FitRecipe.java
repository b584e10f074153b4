package org.indexkit.analysis.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.indexkit.core.Indicator;
import org.indexkit.core.StepChoice;

/**
 * The recipe and tree a {@link TreeFit}'s verdicts hand back, to re-score the published parents from the children the table
 * prints through the normal scoring path: the lowest printed children as indicators used as given ({@code normalise = none}),
 * each fitted node over its children with the snapped (else fitted) weights; a weighted mean aggregates arithmetically, a
 * geometric mean geometrically (a node's own Aggregation when the others differ). An affine map a + Σ b·x is the weighted
 * mean s with weights b/B (B = Σ b) rescaled by min-max to [a + B·min s, a + B·max s] over the rows whose children are all
 * printed — the same map, written as a level rescaled on its own (GIHI); a tree of them needs one range for every level,
 * since a recipe rescales every node alike.
 *
 * @param tree the nodes, the root first, parents before their children
 * @param weightTexts per node, its weight as an Indicators sheet writes it ("0.35", "2/15", "0.339030"; "" for the root)
 */
public record FitRecipe(List<Indicator> tree, List<String> weightTexts, Map<String, String> settings) {

  /** The recipe of the verdicts, null when {@link #why} names a reason there is none. */
  public static FitRecipe of(TreeFit fit) {
    if (why(fit, false) != null) return null;
    List<TreeFit.Node> nodes = fit.nodes();
    boolean geometric = nodes.stream().allMatch(n -> n.result().verdict().variant() == FitVariant.GEOMETRIC);
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("normalise", "none");
    settings.put("aggregate", geometric ? "geometric" : "arithmetic");
    if (nodes.get(0).result().verdict().variant() == FitVariant.AFFINE) {
      double[] range = range(nodes.get(0));
      settings.put("rescale", "min-max");
      settings.put("rescale.min", Double.toString(range[0]));
      settings.put("rescale.max", Double.toString(range[1]));
    }
    List<Indicator> tree = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    add(byCode(fit), roots(fit).get(0), null, null, "", geometric, tree, texts);
    return new FitRecipe(List.copyOf(tree), List.copyOf(texts), Map.copyOf(settings));
  }

  /** Why the verdicts hand back no recipe, null when they do. */
  public static String why(TreeFit fit, boolean chinese) {
    for (TreeFit.Node n : fit.nodes())
      if (n.result().verdict() == null)
        return chinese ? n.result().parent() + " 没有在舍入误差内成立的形式，无法给出方案" : "no recipe: no variant reproduces " + n.result().parent() + " within rounding";
    List<String> roots = roots(fit);
    if (roots.size() > 1)
      return chinese ? "拟合的节点组成 " + roots.size() + " 棵互不相连的树（" + String.join("、", roots) + "）：请分别拟合"
          : "no recipe: the fitted nodes form " + roots.size() + " separate trees (" + String.join(", ", roots) + "); fit them one at a time";
    long affine = fit.nodes().stream().filter(n -> n.result().verdict().variant() == FitVariant.AFFINE).count();
    if (affine > 0 && affine < fit.nodes().size())
      return chinese ? "部分层级是仿射映射、部分不是：一个方案的转换对所有节点相同，请逐个节点拟合"
          : "no recipe: some levels are affine maps and some are not, and a recipe rescales every node alike; fit a node at a time";
    if (affine > 1) {
      double[] first = range(fit.nodes().get(0));
      List<String> ranges = new ArrayList<>();
      boolean same = true;
      for (TreeFit.Node n : fit.nodes()) {
        double[] r = range(n);
        double tol = Arrays.stream(n.result().verdict().bounds()).max().orElse(0);
        same &= Math.abs(r[0] - first[0]) <= tol && Math.abs(r[1] - first[1]) <= tol;
        ranges.add(String.format(Locale.ROOT, "%s [%.2f, %.2f]", n.result().parent(), r[0], r[1]));
      }
      if (!same)
        return chinese ? "每一层各自转换到自己的区间（" + String.join("、", ranges) + "），一个方案只有一个区间：请逐个节点拟合"
            : "no recipe: each level is rescaled to a range of its own (" + String.join(", ", ranges) + ") and a recipe has one; fit a node at a time";
    }
    return null;
  }

  private static Map<String, TreeFit.Node> byCode(TreeFit fit) {
    Map<String, TreeFit.Node> by = new LinkedHashMap<>();
    for (TreeFit.Node n : fit.nodes()) by.put(n.result().parent(), n);
    return by;
  }

  /** The fitted nodes that are no fitted node's child. */
  private static List<String> roots(TreeFit fit) {
    return fit.nodes().stream().map(n -> n.result().parent())
        .filter(p -> fit.nodes().stream().noneMatch(n -> n.result().children().contains(p))).toList();
  }

  /** The node and, below it, its children: fitted ones with their own children, the others as leaves. */
  private static void add(Map<String, TreeFit.Node> by, String code, String parent, Double weight, String text, boolean geometric,
                          List<Indicator> tree, List<String> texts) {
    TreeFit.Node n = by.get(code);
    StepChoice own = n != null && !geometric && n.result().verdict().variant() == FitVariant.GEOMETRIC ? StepChoice.of("geometric") : null;
    tree.add(new Indicator(code, code, null, parent, weight, null, null, null, null, null, null, own));
    texts.add(text);
    if (n == null) return;
    List<String> kids = n.result().children();
    Weights w = Weights.of(n.result());
    for (int i = 0; i < kids.size(); i++) add(by, kids.get(i), code, w.values()[i], w.texts()[i], geometric, tree, texts);
  }

  /**
   * A node's weights as the Indicators sheet writes them and as they read back: the snapped fractions, else the fitted
   * weights scaled to sum to 1, to 6 decimals (the sheet's weights are what it shows).
   */
  private record Weights(String[] texts, double[] values) {
    static Weights of(PublishedFit.Result r) {
      if (r.snapped() != null)
        return new Weights(r.snapped().stream().map(Object::toString).toArray(String[]::new),
            r.snapped().stream().mapToDouble(SimpleFractions.Fraction::value).toArray());
      double[] w = r.verdict().weights();
      double sum = Arrays.stream(w).sum();
      String[] texts = Arrays.stream(w).mapToObj(x -> String.format(Locale.ROOT, "%.6f", x / sum)).toArray(String[]::new);
      return new Weights(texts, Arrays.stream(texts).mapToDouble(Double::parseDouble).toArray());
    }
  }

  /** An affine node's image of its weighted mean s: [a + B·min s, a + B·max s] over the rows that print every child. */
  private static double[] range(TreeFit.Node n) {
    PublishedFit.Fit v = n.result().verdict();
    double[] w = Weights.of(n.result()).values();
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, slopes = Arrays.stream(v.weights()).sum();
    for (int row = 0; row < n.children().get(0).values().length; row++) {
      double sum = 0;
      for (int c = 0; c < w.length; c++) sum += w[c] * n.children().get(c).values()[row];
      if (Double.isNaN(sum)) continue;
      lo = Math.min(lo, sum);
      hi = Math.max(hi, sum);
    }
    return new double[] {v.intercept() + slopes * lo, v.intercept() + slopes * hi};
  }
}
