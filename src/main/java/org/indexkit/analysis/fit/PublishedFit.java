package org.indexkit.analysis.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.indexkit.method.linear.NonNegativeLeastSquares;
import org.indexkit.method.rank.CompetitionRanking;

/**
 * How a published parent score follows from its published children: each {@link FitVariant} fitted by non-negative least
 * squares (Lawson–Hanson, the intercept free; with Σ w = 1 exactly, {@link SimplexLeastSquares}), its residuals against the rounding
 * bound of the printed decimals, and a verdict — the simplest variant that reproduces every row within its bound (a weighted
 * or geometric mean of the children before an affine map), with its weights snapped to simple fractions where that still
 * fits. The bound of a row is half a unit of the parent's last digit plus each child's half unit times the fit's slope on it
 * (∂y/∂x: w for the linear variants, w·y/x for the geometric mean), the most rounding alone can explain. As in
 * seed-methods.md F2–F7, where exact least squares over the printed tables recovered SET's weights and GIHI's affine levels.
 */
public final class PublishedFit {
  private PublishedFit() {}

  /**
   * One variant fitted (or given weights evaluated).
   *
   * @param intercept 0 without one
   * @param weights one per child: the slopes
   * @param printed per row, the parent as printed
   * @param bounds per row, what rounding alone can explain
   * @param worst the rows with the largest |residual|, largest first (at most three)
   */
  public record Fit(FitVariant variant, double intercept, double[] weights, double[] printed, double[] fitted, double[] residuals, double[] bounds,
                    double maxResidual, List<String> worst, boolean withinRounding) {
    /** The printed scores' ranks (ties share the best rank). */
    public int[] printedRanks() {
      return CompetitionRanking.rank(printed());
    }

    /** The refitted scores' ranks, unrounded. */
    public int[] refitRanks() {
      return CompetitionRanking.rank(fitted);
    }
  }

  /**
   * @param verdict the variant chosen, null when none reproduces the parent within rounding
   * @param best the candidate with the smallest largest residual (the verdict when there is one)
   * @param snapped the verdict's weights as simple fractions, null when they do not snap
   * @param snappedFit the verdict with the snapped weights, what a recipe of them reproduces; null when they do not snap
   * @param printed the report's own weights as a weighted mean, null when none were given
   * @param tableRows per fitted row, its index among the table's rows (the rows printing the parent and every child)
   * @param determined whether the table determines the shown fit's weights: false when its children's columns are linearly
   *     dependent (two identical columns, one the mean of others), so that other weights fit exactly as well
   */
  public record Result(String parent, List<String> children, List<String> rows, List<Fit> fits, Fit verdict, Fit best,
                       List<SimpleFractions.Fraction> snapped, Fit snappedFit, Fit printed, int[] tableRows, boolean determined) {
    /** The fit the words, residuals and ranks stand on: the snapped weights where they snap, else the verdict, else the closest. */
    public Fit shown() {
      return snappedFit != null ? snappedFit : best;
    }
  }

  /** The fits of {@code parent} from {@code children} over the rows where all are printed; {@code printedWeights} may be null. */
  public static Result fit(PrintedColumn parent, List<PrintedColumn> children, List<String> rowNames, double[] printedWeights) {
    int[] rows = IntStream.range(0, parent.values().length).filter(r -> !Double.isNaN(parent.values()[r])
        && children.stream().noneMatch(c -> Double.isNaN(c.values()[r]))).toArray();
    if (rows.length < children.size() + 2)
      throw new IllegalArgumentException(rows.length + " complete rows cannot fit " + children.size() + " children and an intercept: "
          + "give at least " + (children.size() + 2));
    Data d = new Data(parent, children, rows, Arrays.stream(rows).mapToObj(rowNames::get).toList());
    List<Fit> fits = new ArrayList<>();
    for (FitVariant v : FitVariant.values()) {
      Fit f = fitted(d, v);
      if (f != null) fits.add(f);
    }
    List<Fit> candidates = fits.stream().filter(f -> Arrays.asList(FitVariant.CANDIDATES).contains(f.variant())).toList();
    Fit verdict = candidates.stream().filter(f -> f.variant() != FitVariant.AFFINE && f.withinRounding())
        .min(Comparator.comparingDouble(PublishedFit::rms))
        .orElse(candidates.stream().filter(f -> f.variant() == FitVariant.AFFINE && f.withinRounding()).findFirst().orElse(null));
    Fit best = verdict != null ? verdict : candidates.stream().min(Comparator.comparingDouble(Fit::maxResidual)).orElseThrow();
    List<SimpleFractions.Fraction> snapped = verdict == null || verdict.variant() == FitVariant.AFFINE ? null
        : SimpleFractions.snap(verdict.weights(), w -> evaluate(d, verdict.variant(), 0, w).withinRounding());
    Fit snappedFit = snapped == null ? null
        : evaluate(d, verdict.variant(), 0, snapped.stream().mapToDouble(SimpleFractions.Fraction::value).toArray());
    Fit printed = printedWeights == null ? null : evaluate(d, FitVariant.WEIGHTED_MEAN, 0, printedWeights);
    return new Result(parent.name(), children.stream().map(PrintedColumn::name).toList(), d.names, fits, verdict, best, snapped, snappedFit,
        printed, rows, determined(d, best.variant()));
  }

  /**
   * Whether the variant's weights are identified by the rows: the columns it fits have full column rank (SVD) — the children
   * (in logs for the geometric mean), centred when it has an intercept, as differences from the last child when Σ w = 1.
   */
  private static boolean determined(Data d, FitVariant v) {
    int m = d.y().length, k = d.hx().length, n = v.sumToOne ? k - 1 : k;
    if (n == 0) return true;
    double[][] a = new double[m][n];
    for (int r = 0; r < m; r++)
      for (int c = 0; c < n; c++) {
        double x = v.logs ? Math.log(d.x()[r][c]) : d.x()[r][c];
        a[r][c] = v.sumToOne ? x - (v.logs ? Math.log(d.x()[r][k - 1]) : d.x()[r][k - 1]) : x;
      }
    if (v.intercept)
      for (int c = 0; c < n; c++) {
        final int col = c;
        double mean = Arrays.stream(a).mapToDouble(row -> row[col]).average().orElse(0);
        for (double[] row : a) row[c] -= mean;
      }
    return new org.apache.commons.math3.linear.SingularValueDecomposition(org.apache.commons.math3.linear.MatrixUtils.createRealMatrix(a))
        .getRank() == n;
  }

  /** The complete rows: y, x[row][child], their half units. */
  private record Data(double[] y, double[][] x, double hy, double[] hx, List<String> names) {
    Data(PrintedColumn parent, List<PrintedColumn> children, int[] rows, List<String> names) {
      this(Arrays.stream(rows).mapToDouble(r -> parent.values()[r]).toArray(),
          Arrays.stream(rows).mapToObj(r -> children.stream().mapToDouble(c -> c.values()[r]).toArray()).toArray(double[][]::new),
          parent.halfUnit(), children.stream().mapToDouble(PrintedColumn::halfUnit).toArray(), names);
    }
  }

  /** The variant's least-squares coefficients; null for a geometric mean of values that are not all positive. */
  private static Fit fitted(Data d, FitVariant v) {
    int m = d.y().length, k = d.hx().length;
    if (v.logs && (Arrays.stream(d.y()).anyMatch(y -> !(y > 0)) || Arrays.stream(d.x()).flatMapToDouble(Arrays::stream).anyMatch(x -> !(x > 0))))
      return null;
    double[][] x = new double[m][k];
    double[] b = new double[m];
    for (int r = 0; r < m; r++) {
      for (int c = 0; c < k; c++) x[r][c] = v.logs ? Math.log(d.x()[r][c]) : d.x()[r][c];
      b[r] = v.logs ? Math.log(d.y()[r]) : d.y()[r];
    }
    double[] sol = v.sumToOne ? SimplexLeastSquares.solve(x, b, v.intercept) : nonNegative(x, b, v.intercept);
    return evaluate(d, v, v.intercept ? sol[0] : 0, Arrays.copyOfRange(sol, v.intercept ? 1 : 0, sol.length));
  }

  /** Non-negative slopes, the intercept (first) free: Lawson–Hanson. */
  private static double[] nonNegative(double[][] x, double[] b, boolean intercept) {
    int off = intercept ? 1 : 0;
    double[][] a = new double[x.length][off + x[0].length];
    for (int r = 0; r < x.length; r++) {
      if (intercept) a[r][0] = 1;
      System.arraycopy(x[r], 0, a[r], off, x[r].length);
    }
    boolean[] free = new boolean[a[0].length];
    free[0] = intercept;
    return NonNegativeLeastSquares.solve(a, b, free);
  }

  /** Given coefficients against the printed parent: residuals, bounds, the worst rows. */
  private static Fit evaluate(Data d, FitVariant v, double intercept, double[] w) {
    int m = d.y().length, k = w.length;
    double[] fitted = new double[m], res = new double[m], bounds = new double[m];
    boolean within = true;
    for (int r = 0; r < m; r++) {
      double s = intercept;
      for (int c = 0; c < k; c++) s += w[c] * (v.logs ? Math.log(d.x()[r][c]) : d.x()[r][c]);
      fitted[r] = v.logs ? Math.exp(s) : s;
      res[r] = d.y()[r] - fitted[r];
      double bound = d.hy();
      for (int c = 0; c < k; c++) bound += Math.abs(w[c]) * (v.logs ? fitted[r] / d.x()[r][c] : 1) * d.hx()[c];
      bounds[r] = bound;
      within &= Math.abs(res[r]) <= bound + 1e-9;
    }
    double max = Arrays.stream(res).map(Math::abs).max().orElse(0);
    List<String> worst = IntStream.range(0, m).boxed().sorted(Comparator.comparingDouble(r -> -Math.abs(res[r]))).limit(3)
        .map(d.names()::get).toList();
    return new Fit(v, intercept, w, d.y(), fitted, res, bounds, max, worst, within);
  }

  private static double rms(Fit f) {
    return Math.sqrt(Arrays.stream(f.residuals()).map(r -> r * r).average().orElse(0));
  }
}
