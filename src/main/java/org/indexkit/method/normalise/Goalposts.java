package org.indexkit.method.normalise;

/**
 * Goalposts: {@code y = scale·(x − L)/(U − L)}, truncated to [0, 1]·scale, with fixed posts L and U in the indicator's
 * raw units rather than the data's own min and max, so scores compare across years and samples (COINr's
 * {@code n_goalposts}, {@code R/normalise.R}; the UNDP Human Development Index's dimension indices). For a cost
 * indicator, which arrives mirrored (x → −x), the posts are mirrored too, giving {@code (x − U)/(L − U)}: U scores 0, L
 * scores 1. A value beyond a post is truncated; {@link #truncated} counts them for the Audit sheet.
 */
public final class Goalposts implements Normaliser {
  private final double lower, upper, scale;

  /** @param lower, upper the posts in the (mirrored) units the values arrive in, lower &lt; upper */
  public Goalposts(double lower, double upper, double scale) {
    if (!(upper > lower)) throw new IllegalArgumentException("goalposts need upper > lower, got [" + lower + ", " + upper + "]");
    this.lower = lower;
    this.upper = upper;
    this.scale = scale;
  }

  /** A leaf's posts as its values arrive: mirrored for a cost indicator. */
  public static Goalposts of(double lower, double upper, boolean cost, double scale) {
    return cost ? new Goalposts(-upper, -lower, scale) : new Goalposts(lower, upper, scale);
  }

  @Override
  public double[] apply(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++)
      y[i] = Double.isNaN(x[i]) ? Double.NaN : scale * Math.max(0, Math.min(1, (x[i] - lower) / (upper - lower)));
    return y;
  }

  /** How many values lie beyond a post (and were truncated). */
  public int truncated(double[] x) {
    int n = 0;
    for (double v : x) if (v < lower || v > upper) n++;
    return n;
  }

  @Override
  public String variant() {
    return "goalposts: " + (scale == 1 ? "" : scale + "·") + "(x − L)/(U − L) with each indicator's Lower and Upper, truncated to [0, "
        + (scale == 1 ? "1" : String.valueOf(scale)) + "]; cost indicators (x − U)/(L − U) (COINr n_goalposts)";
  }

  @Override
  public String constantOutcome() {
    return "every entity scores the same, by where the common value sits between the posts";
  }

  @Override
  public boolean fitsBaseYear() {
    return true;
  }

  /** Fixed posts: the base year changes nothing, so every year is normalised as it is. */
  @Override
  public double[] applyFitted(double[] basis, double[] column) {
    return apply(column);
  }
}
