package org.indexkit.method.weight;

/**
 * The priorities (local weights) of one judgement matrix and its consistency, by one of the three methods in use:
 * <ul>
 *   <li>{@link Method#EIGENVECTOR}: the principal right eigenvector, λmax its eigenvalue (Saaty 1980; R {@code ahp},
 *       pymcdm). Found by power iteration, which converges for a positive matrix (Perron–Frobenius).
 *   <li>{@link Method#SUM_PRODUCT} (和积法): each column divided by its sum, rows averaged; SPSSAU's default, JMcDM,
 *       pyDecision {@code wd='m'}.
 *   <li>{@link Method#GEOMETRIC} (方根法, row geometric mean): wᵢ ∝ (Πⱼ aᵢⱼ)^(1/n) (Crawford &amp; Williams 1985).
 * </ul>
 * For the two approximations λmax = mean over i of (Aw)ᵢ/wᵢ, as SPSSAU and JMcDM compute it. CI = (λmax − n)/(n − 1),
 * CR = CI/RI; a matrix of one or two children is consistent by definition (CI = CR = 0).
 */
public final class AhpPriorities {
  /** Saaty's threshold: CR below 0.10 is acceptable. */
  public static final double ACCEPTABLE_CR = 0.10;

  public enum Method {
    EIGENVECTOR("eigenvector", "principal eigenvector"),
    SUM_PRODUCT("sum-product", "sum-product (column-normalised row means, 和积法)"),
    GEOMETRIC("geometric", "row geometric mean (方根法)");

    public final String id;
    public final String words;

    Method(String id, String words) {
      this.id = id;
      this.words = words;
    }

    public static Method of(String id) {
      for (Method m : values()) if (m.id.equals(id)) return m;
      throw new IllegalArgumentException("no AHP method \"" + id + "\" (eigenvector, sum-product, geometric)");
    }
  }

  /**
   * @param ratios (Aw)ᵢ/wᵢ per row (all equal to n for a consistent matrix)
   * @param randomIndex RI for this size; null when the table has none (n beyond it), and then {@code cr} is null too
   */
  public record Result(double[] weights, double[] ratios, double lambdaMax, double ci, Double randomIndex, Double cr) {
    public boolean acceptable() {
      return cr == null || cr < ACCEPTABLE_CR;
    }
  }

  private AhpPriorities() {}

  public static Result of(double[][] a, Method method, RandomIndex ri) {
    return consistency(a, weights(a, method), method, ri);
  }

  public static double[] weights(double[][] a, Method method) {
    int n = a.length;
    double[] w = new double[n];
    switch (method) {
      case SUM_PRODUCT -> {
        for (int j = 0; j < n; j++) {
          double col = 0;
          for (double[] row : a) col += row[j];
          for (int i = 0; i < n; i++) w[i] += a[i][j] / col / n;
        }
      }
      case GEOMETRIC -> {
        for (int i = 0; i < n; i++) {
          double logSum = 0;
          for (double v : a[i]) logSum += Math.log(v);
          w[i] = Math.exp(logSum / n);
        }
      }
      case EIGENVECTOR -> w = principalEigenvector(a);
    }
    return ObjectiveWeights.share(w);
  }

  /** Consistency of {@code w} as the priorities of {@code a}: λmax, CI, RI and CR. */
  public static Result consistency(double[][] a, double[] w, Method method, RandomIndex ri) {
    int n = a.length;
    double[] aw = times(a, w), ratios = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      ratios[i] = aw[i] / w[i];
      mean += ratios[i] / n;
    }
    double lambda = method == Method.EIGENVECTOR ? eigenvalue(aw, w) : mean;
    if (n <= 2) return new Result(w, ratios, n, 0, 0.0, 0.0);
    double ci = (lambda - n) / (n - 1);
    Double r = ri.of(n);
    return new Result(w, ratios, lambda, ci, r, r == null ? null : ci / r);
  }

  /** Power iteration from the row geometric means, to a change below 1e-15 (at most 10,000 steps). */
  private static double[] principalEigenvector(double[][] a) {
    double[] w = weights(a, Method.GEOMETRIC);
    for (int step = 0; step < 10_000; step++) {
      double[] next = ObjectiveWeights.share(times(a, w));
      double change = 0;
      for (int i = 0; i < w.length; i++) change = Math.max(change, Math.abs(next[i] - w[i]));
      w = next;
      if (change < 1e-15) break;
    }
    return w;
  }

  /** λ = Σ(Aw)ᵢ / Σwᵢ: for the converged eigenvector every ratio is λ, and this form averages rounding out. */
  private static double eigenvalue(double[] aw, double[] w) {
    double s = 0, t = 0;
    for (int i = 0; i < w.length; i++) {
      s += aw[i];
      t += w[i];
    }
    return s / t;
  }

  private static double[] times(double[][] a, double[] w) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) for (int j = 0; j < w.length; j++) out[i] += a[i][j] * w[j];
    return out;
  }
}
