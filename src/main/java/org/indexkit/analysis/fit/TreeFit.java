package org.indexkit.analysis.fit;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;

/**
 * The fit of every parent node of a published index at once: for each node of the tree (an Indicators sheet: Code, Parent,
 * optionally the Weight the report prints) whose column and whose children's columns the table prints, a {@link PublishedFit}
 * — top-down, in the tree's order. A node whose scores, or one of whose children's, the table does not print is listed as
 * skipped, with the columns it lacks.
 *
 * @param nodes the fitted nodes, parents before their children
 * @param skipped the nodes not fitted, each with why
 * @param rows the names of the table's rows
 */
public record TreeFit(List<Node> nodes, List<Skipped> skipped, List<String> rows) {

  /**
   * A parent node not fitted: the columns the table lacks (its own, its children's), or else why not.
   *
   * @param why when no column is missing: too few complete rows, printed weights that are no weights
   */
  public record Skipped(String node, List<String> missing, String why) {
    /** "science_center: the table prints no st_human_resources". */
    @Override
    public String toString() {
      return node + ": " + (missing.isEmpty() ? why : "the table prints no " + String.join(", ", missing));
    }
  }

  /**
   * One parent node fitted.
   *
   * @param printedWeights the weights the report prints for its children, scaled to sum to 1; null when it prints none
   * @param rankColumn the column of the ranks the report prints for the parent ({@link PrintedTable#rankColumn}), null when none
   * @param publishedRanks per fitted row, its place among the fitted rows in the report's printed ranks (the same ranks when the
   *     table is the whole ranking; a top-100 table's dimension ranks among all cities become places among its 100); null
   *     without a rank column or when a fitted row has none
   */
  public record Node(PublishedFit.Result result, PrintedColumn parent, List<PrintedColumn> children, double[] printedWeights,
                     String rankColumn, int[] publishedRanks) {}

  /** One parent and its children, named by column. */
  public static TreeFit of(PrintedTable table, List<String> rowNames, String parent, List<String> children, double[] printed) {
    if (parent == null || children == null || children.isEmpty())
      throw new InvalidInputException(Problem.of("fit", "name the parent column (parent) and its children's columns (children), or give the tree"));
    if (printed != null && printed.length != children.size())
      throw new InvalidInputException(Problem.of("fit", "printed gives " + printed.length + " weights for " + children.size() + " children"));
    if (children.contains(parent)) throw new InvalidInputException(Problem.of("fit", parent + " cannot be among its own children"));
    children.stream().filter(c -> java.util.Collections.frequency(children, c) > 1).findFirst().ifPresent(c -> {
      throw new InvalidInputException(Problem.of("fit", c + " is named twice among the children"));
    });
    try {
      return new TreeFit(List.of(node(table, rowNames, parent, children, printed, true)), List.of(), rowNames);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Problem.of("fit", parent + ": " + e.getMessage()));
    }
  }

  /** Every parent node of {@code tree} the table prints with its children. */
  public static TreeFit of(PrintedTable table, List<String> rowNames, IndicatorTree tree) {
    List<Node> nodes = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (var n : tree.nodes()) {
      List<String> kids = tree.children(n.code());
      if (kids.isEmpty()) continue;
      List<String> missing = new ArrayList<>();
      if (!table.has(n.code())) missing.add(n.code());
      kids.stream().filter(k -> !table.has(k)).forEach(missing::add);
      if (!missing.isEmpty()) {
        skipped.add(new Skipped(n.code(), List.copyOf(missing), null));
        continue;
      }
      double[] printed = kids.stream().allMatch(k -> tree.get(k).weight() != null)
          ? kids.stream().mapToDouble(k -> tree.get(k).weight()).toArray() : null;
      try {
        nodes.add(node(table, rowNames, n.code(), kids, printed, n.parent() == null));
      } catch (IllegalArgumentException e) {
        skipped.add(new Skipped(n.code(), List.of(), e.getMessage()));
      }
    }
    if (nodes.isEmpty())
      throw new InvalidInputException(Problem.of("fit", "no parent node of the tree is printed with its children: " + String.join("; ", skipped.stream().map(Skipped::toString).toList())));
    return new TreeFit(List.copyOf(nodes), List.copyOf(skipped), rowNames);
  }

  /** @throws IllegalArgumentException when too few rows print the parent and all its children, or the printed weights are no weights */
  private static Node node(PrintedTable table, List<String> rowNames, String parent, List<String> children, double[] printed, boolean top) {
    PrintedColumn p = table.column(parent);
    List<PrintedColumn> kids = children.stream().map(table::column).toList();
    double[] scaled = null;
    if (printed != null) {
      double sum = java.util.Arrays.stream(printed).sum();
      if (java.util.Arrays.stream(printed).anyMatch(w -> !(w >= 0)) || !(sum > 0) || !Double.isFinite(sum))
        throw new IllegalArgumentException("the printed weights must be non-negative numbers, not all 0: got "
            + java.util.Arrays.toString(printed));
      scaled = java.util.Arrays.stream(printed).map(w -> w / sum).toArray();
    }
    PublishedFit.Result r = PublishedFit.fit(p, kids, rowNames, scaled);
    String rankColumn = table.rankColumn(parent, top);
    int[] ranks = null;
    if (rankColumn != null) {
      double[] all = table.column(rankColumn).values();
      double[] mine = java.util.Arrays.stream(r.tableRows()).mapToDouble(i -> -all[i]).toArray();
      ranks = java.util.Arrays.stream(mine).allMatch(v -> v == Math.rint(v) && v <= -1)
          ? org.indexkit.method.rank.CompetitionRanking.rank(mine) : null; // the report's order among the fitted rows
    }
    return new Node(r, p, kids, scaled, ranks == null ? null : rankColumn, ranks);
  }
}
