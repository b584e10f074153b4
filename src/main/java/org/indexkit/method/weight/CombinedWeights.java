package org.indexkit.method.weight;

/**
 * Subjective and objective weights combined (主客观组合赋权): the subjective weights a (fixed in the tree, or AHP) and
 * the objective ones b (entropy, CRITIC, …, derived from the same indicators' data), per sibling group:
 * <ul>
 *   <li>{@link Rule#LINEAR}: w = α·a + (1 − α)·b;
 *   <li>{@link Rule#MULTIPLICATIVE}: w = a∘b / Σ a∘b (the normalised product);
 *   <li>{@link Rule#GAME_THEORY}: w = α₁·a + α₂·b with α solving [a·a a·b; b·a b·b]·α = [a·a; b·b] (the combination
 *       closest to both in the least-squares sense), |α| normalised to sum 1. (zhjx19/mathmodels calls the geometric
 *       combination √(a∘b) "game"; that is not this one.)
 * </ul>
 * The objective part is the wrapped method's, and its {@link #weights} are the objective weights alone.
 */
public final class CombinedWeights implements ObjectiveWeights {
  public enum Rule {
    LINEAR("linear"), MULTIPLICATIVE("multiplicative"), GAME_THEORY("game-theory");

    public final String id;

    Rule(String id) {
      this.id = id;
    }

    public static Rule of(String id) {
      for (Rule r : values()) if (r.id.equals(id)) return r;
      throw new IllegalArgumentException("no combination rule \"" + id + "\" (linear, multiplicative, game-theory)");
    }
  }

  private final String subjective;
  private final String objectiveName;
  private final ObjectiveWeights objective;
  private final Rule rule;
  private final double alpha;

  public CombinedWeights(String subjective, String objectiveName, ObjectiveWeights objective, Rule rule, double alpha) {
    this.subjective = subjective;
    this.objectiveName = objectiveName;
    this.objective = objective;
    this.rule = rule;
    this.alpha = alpha;
  }

  @Override
  public double[] weights(double[][] columns) {
    return objective.weights(columns);
  }

  public ObjectiveWeights objective() {
    return objective;
  }

  /** The combined weights of one sibling group from its subjective weights a and objective weights b. */
  public double[] combine(double[] a, double[] b) {
    return combine(a, b, rule, alpha);
  }

  public static double[] combine(double[] a, double[] b, Rule rule, double alpha) {
    int n = a.length;
    double[] w = new double[n];
    switch (rule) {
      case LINEAR -> {
        for (int i = 0; i < n; i++) w[i] = alpha * a[i] + (1 - alpha) * b[i];
      }
      case MULTIPLICATIVE -> {
        for (int i = 0; i < n; i++) w[i] = a[i] * b[i];
        double s = 0;
        for (double v : w) s += v;
        if (!(s > 0)) throw new IllegalArgumentException("the subjective and objective weights share no indicator with a weight > 0, "
            + "so their product is 0 everywhere; choose the linear combination");
        for (int i = 0; i < n; i++) w[i] /= s;
      }
      case GAME_THEORY -> {
        double[] c = gameCoefficients(a, b);
        for (int i = 0; i < n; i++) w[i] = c[0] * a[i] + c[1] * b[i];
      }
    }
    return w;
  }

  /** α of the game-theoretic combination, |α| normalised; when a and b are parallel (the system is singular) ½, ½. */
  static double[] gameCoefficients(double[] a, double[] b) {
    double[] raw = rawGameCoefficients(a, b);
    if (raw == null) return new double[] {0.5, 0.5};
    double s = Math.abs(raw[0]) + Math.abs(raw[1]);
    return new double[] {Math.abs(raw[0]) / s, Math.abs(raw[1]) / s};
  }

  /** α solving the 2 × 2 system by Cramer's rule; null when it is singular. */
  static double[] rawGameCoefficients(double[] a, double[] b) {
    double aa = dot(a, a), ab = dot(a, b), bb = dot(b, b), det = aa * bb - ab * ab;
    if (Math.abs(det) <= 1e-12 * aa * bb) return null;
    return new double[] {(aa * bb - ab * bb) / det, (aa * bb - ab * aa) / det};
  }

  private static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) s += x[i] * y[i];
    return s;
  }

  public String describe() {
    return switch (rule) {
      case LINEAR -> "linear α = " + alpha + " (" + subjective + ") + " + (1 - alpha) + " (" + objectiveName + ")";
      case MULTIPLICATIVE -> "multiplicative: " + subjective + " × " + objectiveName + ", normalised";
      case GAME_THEORY -> "game-theoretic combination of " + subjective + " and " + objectiveName;
    };
  }

  @Override
  public String variant() {
    return "combined subjective and objective weights, " + describe() + "; subjective: " + subjective + "; objective: "
        + objective.variant();
  }
}
