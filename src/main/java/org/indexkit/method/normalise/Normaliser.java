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
