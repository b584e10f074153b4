package org.indexkit.method.normalise;

/**
 * Puts one indicator column on a common scale. Missing values (NaN) are left out of the statistics
 * and stay NaN. Cost indicators arrive already mirrored (x → −x), so every normaliser treats larger
 * as better.
 */
public interface Normaliser {

  double[] apply(double[] column);

  /** The same values as {@link #apply}, written over {@code column} where the method can (the caller's copy, no longer needed). */
  default double[] applyInPlace(double[] column) {
    return apply(column);
  }

  /**
   * Whether the result is a + b·x with a and b from the column's statistics (min-max, z-score, none), so a base year's
   * statistics can normalise other years ({@link #applyFitted}).
   */
  default boolean affine() {
    return false;
  }

  /** Whether {@link #applyFitted} can normalise with a base year's values: the affine methods, and fixed goalposts. */
  default boolean fitsBaseYear() {
    return affine();
  }

  /**
   * {@code column} normalised with the statistics of {@code basis} (a base year's values), for an affine normaliser: the
   * map the basis gets, read off its extreme points and applied to the column. A later value beyond the basis's range
   * scores beyond it (min-max: outside [a, b]). A constant basis gives every value the basis's own constant score.
   */
  default double[] applyFitted(double[] basis, double[] column) {
    if (!fitsBaseYear()) throw new IllegalArgumentException(variant() + " cannot be fixed from a base year");
    int lo = -1, hi = -1;
    for (int i = 0; i < basis.length; i++) {
      if (Double.isNaN(basis[i])) continue;
      if (lo < 0 || basis[i] < basis[lo]) lo = i;
      if (hi < 0 || basis[i] > basis[hi]) hi = i;
    }
    double[] y = apply(basis);
    double[] out = new double[column.length];
    double slope = hi == lo || lo < 0 ? 0 : (y[hi] - y[lo]) / (basis[hi] - basis[lo]);
    for (int i = 0; i < column.length; i++)
      out[i] = Double.isNaN(column[i]) ? Double.NaN : lo < 0 ? Double.NaN : y[lo] + slope * (column[i] - basis[lo]);
    return out;
  }

  /** The method variant in words, for the Provenance sheet. */
  String variant();

  /** What a constant column (every value equal) scores, in words for the warning. */
  String constantOutcome();

  static boolean isConstant(double[] column) {
    double first = Double.NaN;
    for (double v : column) {
      if (Double.isNaN(v)) continue;
      if (Double.isNaN(first)) first = v;
      else if (v != first) return false;
    }
    return true;
  }
}
