package org.indexkit.method.aggregate;

/**
 * VIKOR (Opricovic & Tzeng 2004): group utility {@code S = Σ w (f* − f)/(f* − f⁻)}, individual
 * regret {@code R = max w (f* − f)/(f* − f⁻)}, compromise
 * {@code Q = v (S − S*)/(S⁻ − S*) + (1 − v)(R − R*)/(R⁻ − R*)}, lower Q better. As a node score
 * IndexKit reports {@code 1 − Q}, so that larger is better like every other score; S, R and Q
 * themselves are available from {@link #sRQ}.
 */
public final class Vikor implements Aggregator {
  private final double v;

  public Vikor(double v) {
    if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("VIKOR's v must be in [0, 1], got " + v);
    this.v = v;
  }

  /** {S, R, Q} per entity. */
  public double[][] sRQ(double[][] children, double[] weights) {
    int m = children.length, n = children[0].length;
    double[] s = new double[n], r = new double[n];
    for (int j = 0; j < m; j++) {
      double best = Double.NEGATIVE_INFINITY, worst = Double.POSITIVE_INFINITY;
      for (double a : children[j]) { best = Math.max(best, a); worst = Math.min(worst, a); }
      for (int i = 0; i < n; i++) {
        double d = best == worst ? 0 : weights[j] * (best - children[j][i]) / (best - worst);
        s[i] += d;
        r[i] = Math.max(r[i], d);
      }
    }
    double sMin = min(s), sMax = max(s), rMin = min(r), rMax = max(r);
    double[] q = new double[n];
    for (int i = 0; i < n; i++)
      q[i] = v * (sMax == sMin ? 0 : (s[i] - sMin) / (sMax - sMin)) + (1 - v) * (rMax == rMin ? 0 : (r[i] - rMin) / (rMax - rMin));
    return new double[][] {s, r, q};
  }

  @Override
  public java.util.Map<String, double[]> details(double[][] children, double[] weights) {
    double[][] srq = sRQ(children, weights);
    java.util.Map<String, double[]> m = new java.util.LinkedHashMap<>();
    m.put("S", srq[0]);
    m.put("R", srq[1]);
    m.put("Q", srq[2]);
    return m;
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    double[] q = sRQ(children, weights)[2];
    double[] score = new double[q.length];
    for (int i = 0; i < q.length; i++) score[i] = 1 - q[i];
    return score;
  }

  private static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double a : x) m = Math.min(m, a);
    return m;
  }

  private static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double a : x) m = Math.max(m, a);
    return m;
  }

  @Override
  public boolean columnRelative() {
    return true;
  }

  @Override
  public String variant() {
    return "VIKOR with v = " + v + ": score = 1 − Q, Q = v·(S − S*)/(S⁻ − S*) + (1 − v)·(R − R*)/(R⁻ − R*)";
  }
}
