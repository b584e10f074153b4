package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.analysis.fit.FitRecipe;
import org.indexkit.analysis.fit.FitWords;
import org.indexkit.analysis.fit.PrintedColumn;
import org.indexkit.analysis.fit.PublishedFit;

/**
 * The fit of a published index as sheets: Fit (each variant's coefficients, largest residual against the rounding bound and
 * worst rows, the snapped and printed weights, the verdict in words), Fit residuals (per row: printed, refitted, residual,
 * bound, ranks) and the Indicators and Recipe sheets of the recipe handed back, laid out as IndexKit reads them, so the
 * workbook scores the published children again.
 */
public final class FitSheets {
  private FitSheets() {}

  public static List<SheetPlan> of(PublishedFit.Result r, List<PrintedColumn> children, double[] printedWeights, boolean chinese,
                                   java.util.Collection<String> existing) {
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(new SheetPlan.Column("variant", chinese ? "形式" : "Variant", "@"),
        new SheetPlan.Column("intercept", chinese ? "截距" : "Intercept", "0.000000")));
    for (String c : r.children()) cols.add(new SheetPlan.Column("w." + c, "w · " + c, "0.000000"));
    cols.addAll(List.of(new SheetPlan.Column("max", chinese ? "最大 |残差|" : "Max |residual|", "0.0000"),
        new SheetPlan.Column("bound", chinese ? "舍入界限" : "Rounding bound", "0.0000"),
        new SheetPlan.Column("within", chinese ? "在舍入误差内" : "Within rounding", "@"),
        new SheetPlan.Column("worst", chinese ? "最大残差的行" : "Worst rows", "@")));
    List<List<Object>> rows = new ArrayList<>();
    for (var f : r.fits()) rows.add(row(chinese ? f.variant().wordsZh : f.variant().words, f, chinese));
    if (r.snappedFit() != null) rows.add(row(chinese ? "取简单分数的权重" : "snapped weights", r.snappedFit(), chinese));
    if (r.printed() != null) rows.add(row(chinese ? "报告给出的权重" : "printed weights", r.printed(), chinese));
    rows.add(text(cols.size(), chinese ? "结论" : "Verdict", FitWords.verdict(r, chinese)));
    String printed = FitWords.printed(r, printedWeights, chinese);
    if (printed != null) rows.add(text(cols.size(), chinese ? "报告权重" : "Printed weights", printed));
    PublishedFit.Fit shown = r.snappedFit() != null ? r.snappedFit() : r.verdict() != null ? r.verdict() : r.best();
    List<SheetPlan> plans = new ArrayList<>(List.of(SheetPlans.sized(new SheetPlan("Fit", cols, rows)), residuals(r, shown, chinese)));
    FitRecipe recipe = FitRecipe.of(r, children);
    if (recipe != null) plans.addAll(recipeSheets(recipe));
    return SheetNames.avoid(plans, existing);
  }

  private static List<Object> row(String name, PublishedFit.Fit f, boolean chinese) {
    List<Object> cells = new ArrayList<>(List.of(name, f.intercept()));
    for (double w : f.weights()) cells.add(w);
    cells.addAll(List.of(f.maxResidual(), Arrays.stream(f.bounds()).max().orElse(0), f.withinRounding() ? (chinese ? "是" : "yes")
        : (chinese ? "否" : "no"), String.join(", ", f.worst())));
    return cells;
  }

  private static List<Object> text(int width, String label, String words) {
    List<Object> cells = new ArrayList<>(Arrays.asList(new Object[width]));
    cells.set(0, label);
    cells.set(1, words);
    return cells;
  }

  /** Per row: the printed parent, the refit, residual and bound; the printed value's rank and the refit's (ties share the best). */
  private static SheetPlan residuals(PublishedFit.Result r, PublishedFit.Fit f, boolean chinese) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("entity", chinese ? "对象" : "Entity", "@"),
        new SheetPlan.Column("printed", chinese ? "报告值" : "Printed", "0.00##"), new SheetPlan.Column("refit", chinese ? "复算值" : "Refit", "0.0000"),
        new SheetPlan.Column("residual", chinese ? "残差" : "Residual", "0.0000"), new SheetPlan.Column("bound", chinese ? "舍入界限" : "Bound", "0.0000"),
        new SheetPlan.Column("rank", chinese ? "报告值排名" : "Rank (printed)", "0"), new SheetPlan.Column("refitRank", chinese ? "复算排名" : "Rank (refit)", "0"));
    double[] printed = new double[f.fitted().length];
    for (int i = 0; i < printed.length; i++) printed[i] = f.fitted()[i] + f.residuals()[i];
    int[] pr = org.indexkit.method.rank.CompetitionRanking.rank(printed), fr = org.indexkit.method.rank.CompetitionRanking.rank(f.fitted());
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < printed.length; i++)
      rows.add(Arrays.asList(r.rows().get(i), printed[i], f.fitted()[i], f.residuals()[i], f.bounds()[i], pr[i], fr[i]));
    return SheetPlans.sized(new SheetPlan("Fit residuals", cols, rows));
  }

  /** The recipe handed back as an Indicators and a Recipe sheet, the layouts IndexKit reads. */
  private static List<SheetPlan> recipeSheets(FitRecipe recipe) {
    List<SheetPlan.Column> ind = List.of(new SheetPlan.Column("code", "Code", "@"), new SheetPlan.Column("name", "Name", "@"),
        new SheetPlan.Column("parent", "Parent", "@"), new SheetPlan.Column("weight", "Weight", "@"));
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < recipe.tree().size(); i++) {
      var n = recipe.tree().get(i);
      rows.add(Arrays.asList(n.code(), n.name(), n.parent() == null ? "" : n.parent(), i == 0 ? "" : recipe.weightTexts().get(i - 1)));
    }
    List<List<Object>> settings = new ArrayList<>();
    recipe.settings().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> settings.add(Arrays.asList(e.getKey(), e.getValue())));
    return List.of(SheetPlans.sized(new SheetPlan("Indicators", ind, rows)), SheetPlans.sized(new SheetPlan("Recipe",
        List.of(new SheetPlan.Column("key", "Key", "@"), new SheetPlan.Column("value", "Value", "@")), settings)));
  }
}
