package org.indexkit.method.weight;

/** Standard-deviation weights: {@code w_j = σ_j / Σ σ} on the normalised values (the n − 1 convention cancels). */
public final class StandardDeviationWeights implements ObjectiveWeights {

  @Override
  public double[] weights(double[][] columns) {
    double[] sd = new double[columns.length];
    for (int j = 0; j < columns.length; j++) sd[j] = ObjectiveWeights.sd(columns[j]);
    return ObjectiveWeights.share(sd);
  }

  @Override
  public String variant() {
    return "standard deviation: w = sd/Σ sd";
  }
}
