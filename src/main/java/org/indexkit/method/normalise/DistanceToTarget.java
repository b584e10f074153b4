package org.indexkit.method.normalise;

/**
 * Distance to a target (goal post) in [0, 1]: {@code y = (x − min)/(target − min)}, capped at 1 for
 * entities that reach the target (the "distance to target" normalisation of the JRC/COINr
 * handbook). The worst entity scores 0, anyone at or beyond the target 1. The target is in the
 * indicator's raw units (mirrored with the values for cost indicators).
 */
public final class DistanceToTarget implements Normaliser {
  private final double target;

  public DistanceToTarget(double target) {
    this.target = target;
  }

  @Override
  public double[] apply(double[] x) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : x) if (!Double.isNaN(v)) min = Math.min(min, v);
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) y[i] = Double.NaN;
      else if (target <= min) y[i] = 1; // everyone has reached the target
      else y[i] = Math.min(1, (x[i] - min) / (target - min));
    }
    return y;
  }

  @Override
  public String variant() {
    return "distance to target in [0, 1]: min(1, (x − min)/(target − min))";
  }

  @Override
  public String constantOutcome() {
    return "every entity scores 1 if the common value reaches the target, else 0";
  }
}
