package org.indexkit.method.impute;

import java.util.Random;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * MICE, multiple imputation by chained equations (van Buuren & Groothuis-Oudshoorn 2011; seed 001
 * "多重插补"): start from column means, then cycle through the incomplete columns, regressing each on
 * all the others (Commons Math OLS) and filling its missing cells by predictive mean matching — a
 * random one of the 5 observed entities whose predicted value is closest. Repeated for m independent
 * imputations from a fixed seed and pooled by averaging each cell. Observed values never change.
 * Where a regression cannot be fitted (fewer observed rows than predictors, or collinear
 * predictors) the column keeps its current values for that cycle.
 */
public final class MiceImputer implements Imputer {
  static final int DONORS = 5;
  private final int m;
  private final int iterations;
  private final long seed;

  public MiceImputer(int m, int iterations, long seed) {
    this.m = m;
    this.iterations = iterations;
    this.seed = seed;
  }

  @Override
  public void fill(double[][] x) {
    int n = x.length, p = n == 0 ? 0 : x[0].length;
    boolean[][] missing = new boolean[n][p];
    for (int r = 0; r < n; r++) for (int c = 0; c < p; c++) missing[r][c] = Double.isNaN(x[r][c]);
    double[][] pooled = new double[n][p];
    for (int t = 0; t < m; t++) {
      Random rnd = new Random(seed + 7919L * t);
      double[][] y = one(x, missing, rnd);
      for (int r = 0; r < n; r++) for (int c = 0; c < p; c++) if (missing[r][c]) pooled[r][c] += y[r][c] / m;
    }
    for (int r = 0; r < n; r++) for (int c = 0; c < p; c++) if (missing[r][c]) x[r][c] = pooled[r][c];
  }

  private double[][] one(double[][] x, boolean[][] missing, Random rnd) {
    int n = x.length, p = x[0].length;
    double[][] y = new double[n][];
    for (int r = 0; r < n; r++) y[r] = x[r].clone();
    for (int c = 0; c < p; c++) {
      double[] o = Imputer.observed(x, c);
      double mean = java.util.Arrays.stream(o).average().orElse(0);
      for (int r = 0; r < n; r++) if (missing[r][c]) y[r][c] = mean;
    }
    if (p < 2) return y;
    for (int it = 0; it < iterations; it++)
      for (int c = 0; c < p; c++) {
        org.indexkit.core.Work.check();
        int nObs = 0;
        for (int r = 0; r < n; r++) if (!missing[r][c]) nObs++;
        if (nObs == n || nObs <= p) continue; // complete, or too few rows to fit p coefficients
        double[] yObs = new double[nObs];
        double[][] xObs = new double[nObs][p - 1];
        double[][] xAll = new double[n][p - 1];
        for (int r = 0, k = 0; r < n; r++) {
          for (int j = 0, q = 0; j < p; j++) if (j != c) xAll[r][q++] = y[r][j];
          if (!missing[r][c]) { yObs[k] = y[r][c]; xObs[k++] = xAll[r]; }
        }
        double[] beta;
        try {
          OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
          ols.newSampleData(yObs, xObs);
          beta = ols.estimateRegressionParameters();
        } catch (IllegalArgumentException e) { // SingularMatrixException included: collinear predictors
          continue;
        }
        double[] predicted = new double[n];
        for (int r = 0; r < n; r++) {
          double v = beta[0];
          for (int q = 0; q < p - 1; q++) v += beta[q + 1] * xAll[r][q];
          predicted[r] = v;
        }
        final int col = c;
        int[] observedRows = java.util.stream.IntStream.range(0, n).filter(r -> !missing[r][col]).toArray();
        for (int r = 0; r < n; r++) {
          if (!missing[r][c]) continue;
          final double target = predicted[r];
          Integer[] order = java.util.Arrays.stream(observedRows).boxed().toArray(Integer[]::new);
          java.util.Arrays.sort(order, (a, b) -> Double.compare(Math.abs(predicted[a] - target), Math.abs(predicted[b] - target)));
          int donor = order[rnd.nextInt(Math.min(DONORS, order.length))];
          y[r][c] = y[donor][c];
        }
      }
    return y;
  }

  @Override
  public String variant() {
    return "MICE: chained OLS regressions on all other indicators, predictive mean matching (5 donors, no parameter draw), "
        + iterations + " cycles, m = " + m + " imputations from seed " + seed + ", pooled by averaging";
  }
}
