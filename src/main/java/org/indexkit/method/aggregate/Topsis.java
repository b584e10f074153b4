package org.indexkit.method.aggregate;

/**
 * TOPSIS closeness (Hwang & Yoon 1981; seed 001 "熵权-TOPSIS"): normalise each child column (vector
 * {@code x/√Σx²}, or min-max), weight it, take the ideal (column maximum) and anti-ideal (minimum),
 * Euclidean distances D⁺ and D⁻, closeness {@code C = D⁻ / (D⁺ + D⁻)} in [0, 1]. Children arrive
 * direction-adjusted (cost mirrored), so every column is "larger is better". An entity equal to both
 * ideals (every column constant) gets 0.5.
 */
public final class Topsis implements Aggregator {
  public enum Norm { VECTOR, MIN_MAX }

  private final Norm norm;
  private final Double best;
  private final Double worst;

  public Topsis(Norm norm) {
    this(norm, null, null);
  }

  /**
   * Fixed ideal and anti-ideal: every child column is scaled as (x − worst)/(best − worst), so the ideal
   * is 1 and the anti-ideal 0 for everyone, whatever the sample (an "absolute" TOPSIS on a known scale).
   */
  public Topsis(Norm norm, Double best, Double worst) {
    if ((best == null) != (worst == null) || (best != null && !(best > worst)))
      throw new IllegalArgumentException("a fixed TOPSIS ideal needs best > worst, got best = " + best + ", worst = " + worst);
    this.norm = norm;
    this.best = best;
    this.worst = worst;
  }

  /**
   * Column by column, with no weighted matrix held: each child's weighted normalised value v is computed where it
   * is needed — once for the column's ideal and anti-ideal, once for the distances — and the squared distances
   * are summed over the children in their order, as a row-by-row loop would sum them, so the closeness is the same
   * to the last bit.
   */
  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int m = children.length, n = children[0].length;
    double[] plus = new double[n], minus = new double[n];
    for (int j = 0; j < m; j++) {
      double[] x = children[j];
      double w = weights[j], scale = 0, offset = 0;
      Kind kind;
      if (best != null) {
        kind = Kind.FIXED;
        offset = worst;
        scale = best - worst;
      } else if (norm == Norm.VECTOR) {
        double ss = 0;
        for (double a : x) ss += a * a;
        scale = Math.sqrt(ss);
        kind = scale == 0 ? Kind.ZERO : Kind.VECTOR;
      } else {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double a : x) { min = Math.min(min, a); max = Math.max(max, a); }
        offset = min;
        scale = max - min;
        kind = max == min ? Kind.ZERO : Kind.RANGE;
      }
      double hi = best != null ? w : Double.NEGATIVE_INFINITY, lo = best != null ? 0 : Double.POSITIVE_INFINITY;
      if (best == null)
        for (int i = 0; i < n; i++) {
          double v = value(kind, w, x[i], offset, scale);
          hi = Math.max(hi, v);
          lo = Math.min(lo, v);
        }
      for (int i = 0; i < n; i++) {
        double v = value(kind, w, x[i], offset, scale);
        plus[i] += (v - hi) * (v - hi);
        minus[i] += (v - lo) * (v - lo);
      }
    }
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      double dp = Math.sqrt(plus[i]), dm = Math.sqrt(minus[i]);
      c[i] = dp + dm == 0 ? 0.5 : dm / (dp + dm);
    }
    return c;
  }

  private enum Kind { FIXED, VECTOR, RANGE, ZERO }

  /** A child's weighted normalised value: w·(x − worst)/(best − worst), w·x/‖x‖, w·(x − min)/(max − min), or w·0. */
  private static double value(Kind kind, double w, double x, double offset, double scale) {
    return switch (kind) { // the operations in the order of the formulas, so each value is the same double
      case FIXED -> w * (x - offset) / scale;
      case RANGE -> w * ((x - offset) / scale);
      case VECTOR -> w * (x / scale);
      case ZERO -> w * 0;
    };
  }

  @Override
  public boolean columnRelative() {
    return true;
  }

  @Override
  public String variant() {
    if (best != null)
      return "TOPSIS closeness D⁻/(D⁺ + D⁻): (x − " + worst + ")/(" + best + " − " + worst + "), weighted, Euclidean distance, "
          + "fixed ideal " + best + " and anti-ideal " + worst;
    return "TOPSIS closeness D⁻/(D⁺ + D⁻): " + (norm == Norm.VECTOR ? "vector normalisation x/√Σx²" : "min-max normalisation")
        + ", weighted, Euclidean distance, ideal and anti-ideal from the data";
  }
}
