package org.indexkit.method.weight;

import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.indexkit.method.linear.SymmetricEigen;

/**
 * Weights from principal components of the correlation matrix (after the OECD/JRC Handbook on
 * Constructing Composite Indicators, 2008, §6.1): keep the components with eigenvalue > 1 (at least
 * the first), and give each indicator {@code Σ_h (λ_h / Σλ_kept) · ℓ²_jh / Σ_i ℓ²_ih}, its share of
 * each kept component's squared loadings weighted by that component's share of the kept variance.
 * Constant columns get weight 0.
 */
public final class PcaWeights implements ObjectiveWeights {

  @Override
  public double[] weights(double[][] columns) {
    int m = columns.length;
    if (m == 1) return new double[] {1};
    boolean[] constant = new boolean[m];
    for (int j = 0; j < m; j++) constant[j] = ObjectiveWeights.sd(columns[j]) == 0;
    double[][] data = new double[columns[0].length][m];
    for (int j = 0; j < m; j++) for (int i = 0; i < columns[j].length; i++) data[i][j] = columns[j][i];
    RealMatrix corr = new PearsonsCorrelation(data).getCorrelationMatrix();
    for (int j = 0; j < m; j++) for (int k = 0; k < m; k++)
      if (constant[j] || constant[k]) corr.setEntry(j, k, j == k ? 1 : 0);
    SymmetricEigen eig = SymmetricEigen.of(corr.getData());
    double[] lambda = eig.values();
    double kept = 0;
    boolean any = false;
    for (double l : lambda) if (l > 1 + 1e-12) { kept += l; any = true; }
    int first = 0;
    for (int h = 1; h < lambda.length; h++) if (lambda[h] > lambda[first]) first = h;
    double[] w = new double[m];
    for (int h = 0; h < lambda.length; h++) {
      boolean use = any ? lambda[h] > 1 + 1e-12 : h == first;
      if (!use) continue;
      double share = any ? lambda[h] / kept : 1;
      double[] vec = eig.vector(h);
      double ss = 0;
      for (int j = 0; j < m; j++) ss += vec[j] * vec[j] * lambda[h];
      for (int j = 0; j < m; j++) if (!constant[j]) w[j] += share * vec[j] * vec[j] * lambda[h] / ss;
    }
    return ObjectiveWeights.share(w);
  }

  @Override
  public String variant() {
    return "PCA: components of the correlation matrix with eigenvalue > 1, each indicator weighted by its share of their "
        + "squared loadings, components by their share of the kept variance (OECD/JRC Handbook 2008)";
  }
}
