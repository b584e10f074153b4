package org.indexkit.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.indexkit.analysis.fit.FitWords;
import org.indexkit.analysis.fit.PrintedColumn;
import org.indexkit.analysis.fit.PublishedFit;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.Table;
import org.indexkit.sheet.FitSheets;
import org.indexkit.sheet.SheetPlan;

/**
 * Fitting a published index from a table as a front end sends it (the pane's selection, read as a Data sheet): the parent
 * and children columns by header, their printed decimals from the values as they stand (a cell shown as 85.80 but holding
 * 85.8 counts one decimal: the bound is then the wider one), the fit, its words and its sheets.
 */
public final class PublishedFitting {
  private PublishedFitting() {}

  /** What a front end shows and writes. */
  public record Fitted(String variant, double intercept, double[] weights, List<String> snapped, boolean withinRounding, String verdict,
                       String printed, List<List<String>> ties, List<SheetPlan> sheets) {}

  public static Fitted fit(Table t, String parent, List<String> children, double[] printedWeights, boolean chinese,
                           Collection<String> existingSheets) {
    if (parent == null || children == null || children.isEmpty())
      throw new InvalidInputException(Problem.of("fit", "name the parent column (parent) and its children's columns (children)"));
    if (printedWeights != null && printedWeights.length != children.size())
      throw new InvalidInputException(Problem.of("fit", "printed gives " + printedWeights.length + " weights for " + children.size() + " children"));
    PrintedColumn p = column(t, parent);
    List<PrintedColumn> kids = new ArrayList<>();
    for (String c : children) kids.add(column(t, c));
    PublishedFit.Result r;
    try {
      r = PublishedFit.fit(p, kids, t.entities(), printedWeights);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Problem.of("fit", e.getMessage()));
    }
    var shown = r.verdict() != null ? r.verdict() : r.best();
    return new Fitted(shown.variant().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), shown.intercept(), shown.weights(),
        r.snapped() == null ? null : r.snapped().stream().map(Object::toString).toList(), r.verdict() != null, FitWords.verdict(r, chinese),
        FitWords.printed(r, printedWeights, chinese), FitWords.ties(p.values(), t.entities()), FitSheets.of(r, kids, printedWeights, chinese,
            existingSheets));
  }

  private static PrintedColumn column(Table t, String name) {
    int c = t.indicators().indexOf(name);
    if (c < 0) throw new InvalidInputException(Problem.of("fit", "no column \"" + name + "\"; the columns are " + t.indicators()));
    List<String> texts = new ArrayList<>();
    for (double[] row : t.values())
      texts.add(Double.isNaN(row[c]) ? "" : java.math.BigDecimal.valueOf(row[c]).stripTrailingZeros().toPlainString());
    return PrintedColumn.of(name, texts);
  }
}
