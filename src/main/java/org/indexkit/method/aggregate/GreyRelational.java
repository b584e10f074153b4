package org.indexkit.method.aggregate;

/**
 * Grey relational analysis (Deng 1982; 灰色关联分析): each entity's grade of relation to the ideal sequence. Children
 * arrive normalised and direction-adjusted (larger is better), so the reference of each child is its column maximum;
 * Δᵢⱼ = |x₀ⱼ − xᵢⱼ|, Δmin and Δmax over the whole matrix (the two-level min and max),
 * ξᵢⱼ = (Δmin + ρ·Δmax)/(Δᵢⱼ + ρ·Δmax) with the distinguishing coefficient ρ (0.5 by default), and the grade
 * rᵢ = Σⱼ wⱼ·ξᵢⱼ (the weighted grade; pyDecision's {@code gra.py} divides it by the number of entities, which keeps
 * the order but not the values). Grey-TOPSIS also relates each entity to the anti-ideal (column minima), r⁻, and
 * scores C = r⁺/(r⁺ + r⁻). When every child equals its reference for every entity (Δmax = 0) each coefficient is 1 by
 * its limit, so every grade is 1.
 */
public final class GreyRelational implements Aggregator {
  private final double rho;
  private final boolean topsis;

  public GreyRelational(double rho, boolean topsis) {
    if (!(rho > 0 && rho <= 1)) throw new IllegalArgumentException("the distinguishing coefficient ρ must be in (0, 1], got " + rho);
    this.rho = rho;
    this.topsis = topsis;
  }

  @Override
  public String variant() {
    return (topsis ? "grey-TOPSIS: C = r⁺/(r⁺ + r⁻), grades of relation to the ideal and anti-ideal" : "grey relational grade to the ideal")
        + " (ρ = " + rho + ", Δmin and Δmax over the whole matrix, weighted Σ w·ξ)";
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    double[] toIdeal = grades(children, weights, true);
    if (!topsis) return toIdeal;
    double[] toWorst = grades(children, weights, false), c = new double[toIdeal.length];
    for (int i = 0; i < c.length; i++) c[i] = toIdeal[i] / (toIdeal[i] + toWorst[i]);
    return c;
  }

  @Override
  public String note(double[][] children, double[] weights) {
    for (double[] c : children) for (double x : c) if (x != c[0]) return null;
    return "grey relational analysis: every entity equals the ideal on every child (Δmax = 0), so each coefficient is 1 by its "
        + "limit and every grade is 1" + (topsis ? " (grey-TOPSIS: every closeness ½)" : "");
  }

  /** Grades of relation to the ideal (column maxima) or the anti-ideal (column minima). */
  double[] grades(double[][] children, double[] weights, boolean ideal) {
    int m = children.length, n = children[0].length;
    double[] ref = new double[m];
    double dMin = Double.POSITIVE_INFINITY, dMax = 0;
    for (int j = 0; j < m; j++) {
      double r = ideal ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (double x : children[j]) r = ideal ? Math.max(r, x) : Math.min(r, x);
      ref[j] = r;
      for (double x : children[j]) {
        double d = Math.abs(r - x);
        dMin = Math.min(dMin, d);
        dMax = Math.max(dMax, d);
      }
    }
    double[] grade = new double[n];
    for (int j = 0; j < m; j++)
      for (int i = 0; i < n; i++) {
        double xi = dMax == 0 ? 1 : (dMin + rho * dMax) / (Math.abs(ref[j] - children[j][i]) + rho * dMax);
        grade[i] += weights[j] * xi;
      }
    return grade;
  }
}
