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

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int m = children.length, n = children[0].length;
    double[][] v = new double[m][n];
    for (int j = 0; j < m; j++) {
      double[] x = children[j];
      if (best != null) {
        for (int i = 0; i < n; i++) v[j][i] = weights[j] * (x[i] - worst) / (best - worst);
      } else if (norm == Norm.VECTOR) {
        double ss = 0;
        for (double a : x) ss += a * a;
        double len = Math.sqrt(ss);
        for (int i = 0; i < n; i++) v[j][i] = weights[j] * (len == 0 ? 0 : x[i] / len);
      } else {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double a : x) { min = Math.min(min, a); max = Math.max(max, a); }
        for (int i = 0; i < n; i++) v[j][i] = weights[j] * (max == min ? 0 : (x[i] - min) / (max - min));
      }
    }
    double[] hi = new double[m], lo = new double[m]; // the ideal and anti-ideal of each criterion, found once
    for (int j = 0; j < m; j++) {
      hi[j] = best != null ? weights[j] : Double.NEGATIVE_INFINITY;
      lo[j] = best != null ? 0 : Double.POSITIVE_INFINITY;
      if (best == null) for (double a : v[j]) { hi[j] = Math.max(hi[j], a); lo[j] = Math.min(lo[j], a); }
    }
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      double plus = 0, minus = 0;
      for (int j = 0; j < m; j++) {
        plus += (v[j][i] - hi[j]) * (v[j][i] - hi[j]);
        minus += (v[j][i] - lo[j]) * (v[j][i] - lo[j]);
      }
      double dp = Math.sqrt(plus), dm = Math.sqrt(minus);
      c[i] = dp + dm == 0 ? 0.5 : dm / (dp + dm);
    }
    return c;
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
