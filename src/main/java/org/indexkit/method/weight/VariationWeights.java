package org.indexkit.method.weight;

/**
 * Coefficient-of-variation weights: {@code w_j = (σ_j / |mean_j|) / Σ}. Undefined for a column whose
 * mean is 0 (e.g. z-scores): refused with a message rather than dividing by zero.
 */
public final class VariationWeights implements ObjectiveWeights {

  @Override
  public double[] weights(double[][] columns) {
    double[] cv = new double[columns.length];
    for (int j = 0; j < columns.length; j++) {
      double mean = ObjectiveWeights.mean(columns[j]);
      if (Math.abs(mean) < 1e-12)
        throw new ColumnProblem(j, "has mean 0, so its coefficient of variation is undefined "
            + "(z-scores always do): use min-max normalisation with coefficient-of-variation weights");
      cv[j] = ObjectiveWeights.sd(columns[j]) / Math.abs(mean);
    }
    return ObjectiveWeights.share(cv);
  }

  @Override
  public String variant() {
    return "coefficient of variation: w = (sd/|mean|)/Σ";
  }
}
