package org.indexkit.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.method.weight.Weightings;

/**
 * What a run of the pipeline will cost, estimated from the shapes alone before it starts, so a server
 * can refuse work it could not finish in time and say what to reduce. Each term is the step's
 * operation count (from its algorithm: kNN compares every row that has a gap with every other row on
 * every indicator; Jenks fills a k × u² table per node and segment; …) times a time per operation
 * measured on a 2-core 2.6 GHz machine, rounded up. The estimate is meant to be within a factor of a
 * few, and it is paired with a deadline for when it is not.
 *
 * @param seconds the estimated time of one run
 * @param bytes the estimated working memory of one run with its result sheets
 * @param largest the most expensive step, in words, with what would make it cheaper
 */
public record WorkCost(double seconds, long bytes, String largest) {

  private record Term(double seconds, String what) {}

  public static WorkCost of(Table table, IndicatorTree tree, Recipe recipe) {
    int n = table.rows();
    int p = tree == null ? table.indicators().size() : Math.min(tree.leaves().size(), table.indicators().size());
    int nodes = tree == null ? p + 1 : tree.nodes().size();
    int inner = Math.max(1, nodes - p);
    int segments = segments(table, recipe.leagues());
    int perSegment = Math.max(2, n / Math.max(1, segments));
    double cells = (double) n * p;
    List<Term> terms = new ArrayList<>();
    terms.add(new Term(cells * 300e-9 + (double) n * nodes * 600e-9 + (double) segments * nodes * 4e-6,
        fmt("scoring %,d entities × %,d indicators (%,d nodes, %,d segments)", n, p, nodes, segments)
            + "; send fewer rows or columns"));
    if (p <= 500) terms.add(new Term((double) p * p * n * 4e-9 + (double) p * p * p * 30e-9,
        fmt("the statistical audit's correlations of %,d indicators", p) + "; group them into dimensions"));

    int[] gaps = gaps(table);
    int rowsWithGaps = gaps[0], columnsWithGaps = gaps[1];
    StepChoice imp = recipe.impute();
    if (imp.is("knn"))
      terms.add(new Term((double) rowsWithGaps * n * p * 4e-9 + rowsWithGaps * (double) n * Math.log(n + 1) * 40e-9,
          fmt("kNN imputation of %,d rows with gaps against %,d rows on %,d indicators", rowsWithGaps, n, p)
              + "; impute with mean or median, or send fewer rows"));
    if (imp.is("mice"))
      terms.add(new Term((double) imp.integer("m") * imp.integer("iterations") * columnsWithGaps * ((double) n * p * p * 3e-9 + (double) p * p * p * 10e-9),
          fmt("MICE (%d imputations × %d iterations) over %,d columns with gaps, %,d rows × %,d indicators",
              imp.integer("m"), imp.integer("iterations"), columnsWithGaps, n, p) + "; lower impute.m or impute.iterations, or impute with mean or median"));

    StepChoice w = recipe.weights();
    int group = Weightings.objective(w) && Weightings.ALL.equals(w.text("scope")) || tree == null ? p : widest(tree);
    if (w.is("critic"))
      terms.add(new Term((double) group * p * n * 80e-9, // a Pearson correlation per pair within each group
          fmt("CRITIC weights over %,d indicators at once", group) + "; weigh within dimensions or use entropy weights"));
    if (w.is("pca"))
      terms.add(new Term((double) p / group * segments * group * group * group * 60e-9 + (double) group * p * n * 4e-9,
          fmt("PCA weights over %,d indicators at once", group) + "; weigh within dimensions"));

    for (StepChoice t : List.of(recipe.tiers(), recipe.stars())) {
      if (t.isNone() || t.integer("k") == null) continue;
      double u = perSegment, k = t.integer("k");
      double each = switch (t.method()) {
        case "jenks" -> k * u * u * 5e-9;
        case "ward" -> u * u * 5e-9;
        case "k-means" -> 50 * u * k * 20e-9 + u * Math.log(u + 1) * 50e-9;
        default -> u * Math.log(u + 1) * 20e-9;
      };
      terms.add(new Term(each * inner * segments, fmt("%s tiers (k = %d) of %,d scores in %,d nodes × %,d segments",
          t.method(), t.integer("k"), (long) u, inner, segments) + "; use quantile tiers or fewer classes"));
    }
    Term largest = terms.get(0);
    double total = 0;
    for (Term t : terms) {
      total += t.seconds();
      if (t.seconds() > largest.seconds()) largest = t;
    }
    long bytes = (long) (cells * 120 + (double) n * nodes * 700 + 4_000_000);
    return new WorkCost(total, bytes, largest.what());
  }

  /** The cost of {@code runs} more runs of the same (an uncertainty analysis), without the audit of each. */
  public WorkCost times(long runs) {
    return new WorkCost(seconds * runs, bytes, largest);
  }

  private static int segments(Table table, boolean leagues) {
    Set<String> keys = new HashSet<>();
    for (int r = 0; r < table.rows(); r++)
      keys.add((table.years() == null ? "" : table.years().get(r)) + "\u0000" + (leagues ? table.groupOf(r) : ""));
    return keys.size();
  }

  /** {rows with at least one gap, columns with at least one gap}. */
  private static int[] gaps(Table table) {
    int rows = 0;
    boolean[] column = new boolean[table.indicators().size()];
    for (double[] row : table.values()) {
      boolean any = false;
      for (int c = 0; c < row.length; c++)
        if (Double.isNaN(row[c])) { any = true; column[c] = true; }
      if (any) rows++;
    }
    int columns = 0;
    for (boolean b : column) if (b) columns++;
    return new int[] {rows, columns};
  }

  private static int widest(IndicatorTree tree) {
    int widest = 1;
    for (Indicator node : tree.nodes()) widest = Math.max(widest, tree.children(node.code()).size());
    return widest;
  }

  private static String fmt(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }
}
