package org.indexkit.method.weight;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995): contrast times conflict,
 * {@code C_j = σ_j Σ_k (1 − r_jk)}, {@code w_j = C_j / Σ C}, with σ the sample standard deviation
 * of the normalised column and r Pearson's correlation between columns. A constant column has
 * σ = 0 and r undefined: it gets weight 0.
 */
public final class CriticWeights implements ObjectiveWeights {

  @Override
  public double[] weights(double[][] columns) {
    int m = columns.length;
    double[] sd = new double[m];
    for (int j = 0; j < m; j++) sd[j] = ObjectiveWeights.sd(columns[j]);
    PearsonsCorrelation pearson = new PearsonsCorrelation();
    double[] c = new double[m];
    for (int j = 0; j < m; j++) {
      org.indexkit.core.Work.check();
      if (sd[j] == 0) continue;
      double conflict = 0;
      for (int k = 0; k < m; k++) {
        double r = k == j ? 1 : sd[k] == 0 ? 0 : pearson.correlation(columns[j], columns[k]);
        conflict += 1 - r;
      }
      c[j] = sd[j] * conflict;
    }
    return ObjectiveWeights.share(c);
  }

  @Override
  public String variant() {
    return "CRITIC: C = sd (n − 1) × Σ(1 − Pearson r), w = C/ΣC";
  }
}
