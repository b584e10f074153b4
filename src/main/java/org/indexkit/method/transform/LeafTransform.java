package org.indexkit.method.transform;

import org.indexkit.core.Transform;

/**
 * Applies a leaf's {@link Transform} to one raw value. Seed 002 (SET 2024, appendix 2) takes ln of
 * GNI per capita and expresses counts per 10k people; seed 003 (GIHI 2023, 表1) divides six
 * indicators by population. Missing stays missing.
 */
public final class LeafTransform {
  private LeafTransform() {}

  /**
   * @param denominator the per-capita column's value for the same row (ignored otherwise)
   * @throws IllegalArgumentException with a message for the user when the value is outside the
   *     transform's domain (log of 0, division by 0, …)
   */
  public static double apply(Transform t, double x, double denominator) {
    if (Double.isNaN(x)) return x;
    switch (t.kind()) {
      case NONE:
        return x;
      case LOG:
        if (!(x > 0)) throw new IllegalArgumentException("log needs values > 0, found " + x + " (use ln1p for counts that can be 0)");
        return Math.log(x);
      case LN1P:
        if (!(x > -1)) throw new IllegalArgumentException("ln(1+x) needs values > −1, found " + x);
        return Math.log1p(x);
      case PER_CAPITA:
        if (Double.isNaN(denominator))
          throw new IllegalArgumentException("per-capita needs \"" + t.column() + "\" for this row, but it is missing");
        if (!(denominator > 0))
          throw new IllegalArgumentException("per-capita divides by \"" + t.column() + "\", which is " + denominator + " here; it must be > 0");
        return x / denominator * t.per();
      default:
        throw new IllegalStateException(t.kind().toString());
    }
  }
}
