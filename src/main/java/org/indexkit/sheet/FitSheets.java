package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.indexkit.analysis.fit.FitRecipe;
import org.indexkit.analysis.fit.FitVariant;
import org.indexkit.analysis.fit.FitWords;
import org.indexkit.analysis.fit.PublishedFit;
import org.indexkit.analysis.fit.TreeFit;

/**
 * The fit of a published index, one parent node or a whole tree, as sheets: Fit (per node the verdict, its weights, largest
 * residual against the rounding bound, worst rows, rank order and the words; the nodes not fitted and why; whether a recipe
 * is handed back), Fit variants (each variant's evidence per node), Fit weights (per child, each variant's weight, the
 * snapped and the printed), Fit residuals (per node and row: printed, refitted, residual, bound, the ranks: of the printed
 * scores, of the refit, and the report's own when it prints a rank column) and the
 * Indicators and Recipe sheets of the recipe handed back with Fit data (the names and the lowest printed children), laid out
 * as IndexKit reads them, so the published children are scored again ({@code score fitted.xlsx --sheet "Fit data"}). In
 * Chinese the fit's own sheets are named 拟合, 拟合形式, 拟合权重, 拟合残差 and 拟合数据; Indicators and Recipe keep the names the
 * reader looks for.
 */
public final class FitSheets {
  private FitSheets() {}

  /** The data sheet's names, English and Chinese: the recipe scores it ({@code --sheet}). */
  public static final List<String> DATA = List.of("Fit data", "拟合数据");

  /** @param recipe {@link FitRecipe#of} the fit, null when it hands back none (the Fit sheet then says why) */
  public static List<SheetPlan> of(TreeFit fit, FitRecipe recipe, boolean chinese, Collection<String> existing) {
    List<SheetPlan> plans = new ArrayList<>(List.of(summary(fit, recipe != null, chinese), variants(fit, chinese), weights(fit, chinese),
        residuals(fit, chinese)));
    if (recipe != null) {
      plans.addAll(recipeSheets(recipe));
      plans.add(data(fit, recipe, chinese));
    }
    return SheetNames.avoid(plans, existing);
  }

  /** The recipe's leaves as printed, one row per entity: the Data the Indicators and Recipe sheets score. */
  private static SheetPlan data(TreeFit fit, FitRecipe recipe, boolean chinese) {
    List<org.indexkit.analysis.fit.PrintedColumn> leaves = recipe.tree().stream()
        .filter(n -> recipe.tree().stream().noneMatch(c -> n.code().equals(c.parent())))
        .map(n -> fit.nodes().stream().flatMap(f -> f.children().stream()).filter(c -> c.name().equals(n.code())).findFirst().orElseThrow()).toList();
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(column(chinese, "entity", "Entity", "对象", "@")));
    for (var leaf : leaves) cols.add(new SheetPlan.Column(leaf.name(), leaf.name(), leaf.decimals() == 0 ? "0" : "0." + "0".repeat(leaf.decimals())));
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < fit.rows().size(); r++) {
      List<Object> cells = new ArrayList<>(List.of(fit.rows().get(r)));
      for (var leaf : leaves) cells.add(Double.isNaN(leaf.values()[r]) ? null : leaf.values()[r]);
      rows.add(cells);
    }
    return SheetPlans.sized(new SheetPlan(DATA.get(chinese ? 1 : 0), cols, rows));
  }

  private static SheetPlan summary(TreeFit fit, boolean recipe, boolean chinese) {
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(column(chinese, "node", "Node", "节点", "@"),
        column(chinese, "variant", "Verdict", "结论形式", "@"), column(chinese, "weights", "Weights", "权重", "@")));
    cols.addAll(evidenceColumns(chinese));
    cols.addAll(List.of(column(chinese, "words", "Verdict in words", "结论", "@"), column(chinese, "printed", "Printed weights", "报告权重", "@"),
        column(chinese, "ranks", "Rank order", "排名", "@")));
    List<List<Object>> rows = new ArrayList<>();
    for (TreeFit.Node n : fit.nodes()) {
      PublishedFit.Result r = n.result();
      PublishedFit.Fit f = r.shown();
      List<Object> cells = new ArrayList<>(Arrays.asList(r.parent(), r.verdict() == null ? (chinese ? "无" : "none")
          : chinese ? r.verdict().variant().wordsZh : r.verdict().variant().words, FitWords.weights(r, chinese)));
      cells.addAll(evidence(f, chinese));
      cells.addAll(Arrays.asList(FitWords.verdict(r, chinese), FitWords.printed(r, n.printedWeights(), chinese), FitWords.ranks(f, r.rows(), n.publishedRanks(), chinese)));
      rows.add(cells);
    }
    for (TreeFit.Skipped s : fit.skipped()) rows.add(note(cols.size(), s.node(), FitWords.skipped(s, chinese)));
    rows.add(note(cols.size(), chinese ? "方案" : "Recipe", !recipe ? FitRecipe.why(fit, chinese) : chinese
        ? "Indicators 和 Recipe 工作表给出复算方案：以报告的子项得分重新计算父项"
        : "the Indicators and Recipe sheets re-score the printed children to the parents"));
    return SheetPlans.sized(new SheetPlan(chinese ? "拟合" : "Fit", cols, rows));
  }

  /** Per node, each variant's evidence, then the snapped and the printed weights'. */
  private static SheetPlan variants(TreeFit fit, boolean chinese) {
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(column(chinese, "node", "Node", "节点", "@"), column(chinese, "variant", "Variant", "形式", "@")));
    cols.addAll(evidenceColumns(chinese));
    List<List<Object>> rows = new ArrayList<>();
    for (TreeFit.Node n : fit.nodes()) {
      PublishedFit.Result r = n.result();
      for (PublishedFit.Fit f : r.fits()) rows.add(evidence(r.parent(), chinese ? f.variant().wordsZh : f.variant().words, f, chinese));
      if (r.snappedFit() != null) rows.add(evidence(r.parent(), chinese ? "取简单分数的权重" : "snapped weights", r.snappedFit(), chinese));
      if (r.printed() != null) rows.add(evidence(r.parent(), chinese ? "报告给出的权重" : "printed weights", r.printed(), chinese));
    }
    return SheetPlans.sized(new SheetPlan(chinese ? "拟合形式" : "Fit variants", cols, rows));
  }

  /** What a fit shows for itself: its intercept, largest residual against the largest bound, whether every row is within, the worst rows. */
  private static List<SheetPlan.Column> evidenceColumns(boolean chinese) {
    return List.of(column(chinese, "intercept", "Intercept", "截距", "0.000000"), column(chinese, "max", "Max |residual|", "最大 |残差|", "0.0000"),
        column(chinese, "bound", "Rounding bound", "舍入界限", "0.0000"), column(chinese, "within", "Within rounding", "在舍入误差内", "@"),
        column(chinese, "worst", "Worst rows", "最大残差的行", "@"));
  }

  private static List<Object> evidence(PublishedFit.Fit f, boolean chinese) {
    return Arrays.asList(f.intercept(), f.maxResidual(), max(f.bounds()), yes(f.withinRounding(), chinese), String.join(", ", f.worst()));
  }

  private static List<Object> evidence(String node, String name, PublishedFit.Fit f, boolean chinese) {
    List<Object> cells = new ArrayList<>(Arrays.asList(node, name));
    cells.addAll(evidence(f, chinese));
    return cells;
  }

  /** Per node and child: each variant's weight (slope), the snapped and the printed. */
  private static SheetPlan weights(TreeFit fit, boolean chinese) {
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(column(chinese, "node", "Node", "节点", "@"), column(chinese, "child", "Child", "子项", "@")));
    for (FitVariant v : FitVariant.values())
      cols.add(new SheetPlan.Column(v.name().toLowerCase(java.util.Locale.ROOT), chinese ? v.wordsZh : v.words, "0.000000"));
    cols.add(column(chinese, "snapped", "Snapped", "简单分数", "@"));
    cols.add(column(chinese, "printedWeight", "Printed", "报告权重", "0.####"));
    List<List<Object>> rows = new ArrayList<>();
    for (TreeFit.Node n : fit.nodes()) {
      PublishedFit.Result r = n.result();
      for (int c = 0; c < r.children().size(); c++) {
        List<Object> cells = new ArrayList<>(List.of(r.parent(), r.children().get(c)));
        for (FitVariant v : FitVariant.values()) {
          final int child = c;
          cells.add(r.fits().stream().filter(f -> f.variant() == v).map(f -> (Object) f.weights()[child]).findFirst().orElse(null));
        }
        cells.add(r.snapped() == null ? null : r.snapped().get(c).toString());
        cells.add(n.printedWeights() == null ? null : n.printedWeights()[c]);
        rows.add(cells);
      }
    }
    return SheetPlans.sized(new SheetPlan(chinese ? "拟合权重" : "Fit weights", cols, rows));
  }

  /** Per node and row: the printed parent, the refit, residual and bound; the printed value's rank and the refit's (ties share the best). */
  private static SheetPlan residuals(TreeFit fit, boolean chinese) {
    boolean published = fit.nodes().stream().anyMatch(n -> n.publishedRanks() != null);
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(column(chinese, "node", "Node", "节点", "@"), column(chinese, "entity", "Entity", "对象", "@"),
        column(chinese, "printed", "Printed", "报告值", "0.00##"), column(chinese, "refit", "Refit", "复算值", "0.0000"), column(chinese, "residual", "Residual", "残差", "0.0000"),
        column(chinese, "bound", "Bound", "舍入界限", "0.0000"), column(chinese, "rank", "Rank (printed)", "报告值排名", "0"), column(chinese, "refitRank", "Rank (refit)", "复算排名", "0")));
    if (published) cols.add(column(chinese, "publishedRank", "Rank (published)", "公布排名", "0"));
    List<List<Object>> rows = new ArrayList<>();
    for (TreeFit.Node n : fit.nodes()) {
      PublishedFit.Fit f = n.result().shown();
      int[] pr = f.printedRanks(), fr = f.refitRanks(), given = n.publishedRanks();
      for (int i = 0; i < pr.length; i++) {
        List<Object> cells = new ArrayList<>(Arrays.asList(n.result().parent(), n.result().rows().get(i), f.printed()[i], f.fitted()[i], f.residuals()[i],
            f.bounds()[i], pr[i], fr[i]));
        if (published) cells.add(given == null ? null : given[i]);
        rows.add(cells);
      }
    }
    return SheetPlans.sized(new SheetPlan(chinese ? "拟合残差" : "Fit residuals", cols, rows));
  }

  /** The recipe handed back as an Indicators and a Recipe sheet, the layouts IndexKit reads (Aggregation only where a node has its own). */
  private static List<SheetPlan> recipeSheets(FitRecipe recipe) {
    boolean own = recipe.tree().stream().anyMatch(n -> n.aggregation() != null);
    List<SheetPlan.Column> ind = new ArrayList<>(List.of(new SheetPlan.Column("code", "Code", "@"), new SheetPlan.Column("name", "Name", "@"),
        new SheetPlan.Column("parent", "Parent", "@"), new SheetPlan.Column("weight", "Weight", "@")));
    if (own) ind.add(new SheetPlan.Column("aggregation", "Aggregation", "@"));
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < recipe.tree().size(); i++) {
      var n = recipe.tree().get(i);
      List<Object> cells = new ArrayList<>(Arrays.asList(n.code(), n.name(), n.parent() == null ? "" : n.parent(), recipe.weightTexts().get(i)));
      if (own) cells.add(n.aggregation() == null ? "" : n.aggregation().method());
      rows.add(cells);
    }
    List<List<Object>> settings = new ArrayList<>();
    recipe.settings().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> settings.add(Arrays.asList(e.getKey(), e.getValue())));
    return List.of(SheetPlans.sized(new SheetPlan("Indicators", ind, rows)), SheetPlans.sized(new SheetPlan("Recipe",
        List.of(new SheetPlan.Column("key", "Key", "@"), new SheetPlan.Column("value", "Value", "@")), settings)));
  }

  private static SheetPlan.Column column(boolean chinese, String key, String english, String zh, String format) {
    return new SheetPlan.Column(key, chinese ? zh : english, format);
  }

  private static List<Object> note(int width, String node, String words) {
    List<Object> cells = new ArrayList<>(Arrays.asList(new Object[width]));
    cells.set(0, node);
    cells.set(8, words);
    return cells;
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(0);
  }

  private static String yes(boolean b, boolean chinese) {
    return b ? (chinese ? "是" : "yes") : (chinese ? "否" : "no");
  }
}
