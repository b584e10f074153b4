package org.indexkit.method.normalise;

/**
 * No normalisation: values are used as given. For indicators already on a common scale, e.g. the
 * published sub-index scores of a report fed in to rebuild its composite (seed-methods F1–F4).
 */
public final class Identity implements Normaliser {

  @Override
  public double[] apply(double[] x) {
    return x.clone();
  }

  @Override
  public String variant() {
    return "none: values used as given (already on a common scale)";
  }

  @Override
  public String constantOutcome() {
    return "the value is kept";
  }

  @Override
  public boolean affine() {
    return true;
  }
}
