package org.indexkit.scoring;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.indexkit.analysis.fit.FitRecipe;
import org.indexkit.analysis.fit.FitWords;
import org.indexkit.analysis.fit.PrintedTable;
import org.indexkit.analysis.fit.PublishedFit;
import org.indexkit.analysis.fit.TreeFit;
import org.indexkit.core.IndicatorTree;
import org.indexkit.sheet.FitSheets;
import org.indexkit.sheet.SheetPlan;

/**
 * Fitting a published index, the one entry of every front end (CLI, API, pane): a published table as printed, one parent
 * and its children named by column or every parent node of a tree (an Indicators sheet), the fit, its words and its sheets.
 */
public final class PublishedFitting {
  private PublishedFitting() {}

  /** The columns a fit may name, and the defaults a front end offers: the names column, the parent, its children. */
  public record Columns(List<String> columns, String names, String parent, List<String> children) {}

  /** One node's answer: the variant chosen (or the closest, {@code withinRounding} false), its words, ranks and ties. */
  public record NodeFitted(String parent, List<String> children, String variant, double intercept, double[] weights, List<String> snapped,
                           boolean withinRounding, String verdict, String printed, String ranks, List<List<String>> ties) {}

  /**
   * What a front end shows and writes.
   *
   * @param skipped per node not fitted, its name and why, in the answer's language
   * @param recipe why no recipe is handed back; null when the Indicators, Recipe and Fit data sheets are among {@code sheets}
   * @param settings the recipe's settings (its Recipe sheet's keys), null without one
   */
  public record Fitted(List<NodeFitted> nodes, List<String> skipped, String recipe, java.util.Map<String, String> settings,
                       List<SheetPlan> sheets) {}

  /** The number columns of a published table; by default the parent is the first that is not a rank, the children the others. */
  public static Columns columns(PrintedTable t) {
    List<String> numbers = t.numberColumns();
    List<String> scores = numbers.stream().filter(c -> !c.toLowerCase(Locale.ROOT).contains("rank") && !c.contains("排名") && !c.equals("名次")).toList();
    return new Columns(numbers, t.namesColumn(), scores.isEmpty() ? null : scores.get(0),
        scores.size() < 2 ? List.of() : scores.subList(1, scores.size()));
  }

  /** One parent and its children; {@code names} the column of the row names (null: the first that is not numbers). */
  public static Fitted fit(PrintedTable t, String names, String parent, List<String> children, double[] printed, boolean chinese,
                           Collection<String> existing) {
    return answer(TreeFit.of(t, t.names(names), parent, children, printed), chinese, existing);
  }

  /** Every parent node of {@code tree} the table prints with its children. */
  public static Fitted fit(PrintedTable t, String names, IndicatorTree tree, boolean chinese, Collection<String> existing) {
    return answer(TreeFit.of(t, t.names(names), tree), chinese, existing);
  }

  private static Fitted answer(TreeFit fit, boolean chinese, Collection<String> existing) {
    List<NodeFitted> nodes = fit.nodes().stream().map(n -> {
      PublishedFit.Result r = n.result();
      PublishedFit.Fit shown = r.best(); // the verdict when there is one
      return new NodeFitted(r.parent(), r.children(), shown.variant().name().toLowerCase(Locale.ROOT).replace('_', '-'), shown.intercept(),
          shown.weights(), r.snapped() == null ? null : r.snapped().stream().map(Object::toString).toList(), r.verdict() != null,
          FitWords.verdict(r, chinese), FitWords.printed(r, n.printedWeights(), chinese), FitWords.ranks(r.shown(), r.rows(), n.publishedRanks(), chinese),
          FitWords.ties(n.parent().values(), fit.rows()));
    }).toList();
    FitRecipe recipe = FitRecipe.of(fit);
    List<String> skipped = fit.skipped().stream().map(s -> s.node() + " " + FitWords.skipped(s, chinese)).toList();
    return new Fitted(nodes, skipped, recipe == null ? FitRecipe.why(fit, chinese) : null,
        recipe == null ? null : new java.util.TreeMap<>(recipe.settings()), FitSheets.of(fit, recipe, chinese, existing));
  }
}
