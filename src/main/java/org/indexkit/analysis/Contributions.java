package org.indexkit.analysis;

import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/**
 * Contributions to a score: each indicator's c = w·x′ (effective weight times normalised, direction-adjusted value) and
 * its share c / Σc, a dimension's the sum of its indicators'. For an index of weighted arithmetic means without a display
 * rescale Σc is the composite exactly. For weighted geometric means the log decomposition is used instead, c = w·ln x′,
 * Σc = ln score exactly (the shares c/Σc are then each indicator's part of ln score). For any other build (TOPSIS, VIKOR,
 * GRA, a rescale, aggregations mixed by node) the sheet states that the weighted-sum decomposition of the normalised
 * values is an approximation of how the score was made.
 */
public final class Contributions implements Analysis {
  /**
   * @param contribution [leaf][row] w·x′; @param dimension [dimension][row]; @param total Σc per row
   * @param exact whether Σc is the composite (arithmetic means, no rescale) or its logarithm ({@code logarithmic})
   * @param logarithmic whether c = w·ln x′ (weighted geometric means throughout)
   */
  public record Result(List<NodeResult> leaves, List<NodeResult> dimensions, double[][] contribution, double[][] dimension,
                       double[] total, boolean exact, boolean logarithmic, String variant, List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    List<NodeResult> leaves = LeafWeights.leaves(r);
    double[][] w = LeafWeights.of(r, leaves);
    int n = r.entities().size();
    List<NodeResult> dims = r.nodes().stream().filter(x -> r.composite().code().equals(x.parent())).toList();
    double[][] c = new double[leaves.size()][n], d = new double[dims.size()][n];
    double[] total = new double[n];
    var recipe = r.provenance().recipe();
    boolean single = recipe.rescale().isNone() && r.provenance().variants().stream().noneMatch(v -> v.startsWith("aggregate at "));
    boolean log = single && recipe.aggregate().is("geometric");
    for (int l = 0; l < leaves.size(); l++)
      for (int row = 0; row < n; row++) {
        double x = leaves.get(l).scores()[row];
        c[l][row] = Double.isNaN(x) ? 0 : w[l][row] * (log ? Math.log(x) : x);
        total[row] += c[l][row];
      }
    for (int k = 0; k < dims.size(); k++)
      for (int l = 0; l < leaves.size(); l++)
        if (ObstacleDegree.under(r, leaves.get(l), dims.get(k))) for (int row = 0; row < n; row++) d[k][row] += c[l][row];
    boolean exact = log || single && recipe.aggregate().is("arithmetic");
    String variant = log ? "contributions by the log decomposition c = w·ln x′ (weighted geometric means): Σc = ln score exactly, shares "
        + "c/Σc, dimensions the sums of their indicators"
        : "contributions c = w·x′ (effective weight × normalised value), shares c/Σc, dimensions the sums of their "
        + "indicators; " + (exact ? "exact: Σc is the composite (weighted arithmetic means, no rescale)"
            : "approximate: the index is not a weighted sum of its normalised indicators (" + recipe.aggregate().method()
                + (recipe.rescale().isNone() ? "" : ", rescaled") + "), so Σc is not the composite; the weighted-sum decomposition is shown");
    return new Result(leaves, dims, c, d, total, exact, log, variant, List.of());
  }
}
