package org.indexkit.analysis.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Fitted weights snapped to simple fractions (0.35, 2/15, 1/3): for each weight the fractions p/d (d ≤ {@value #MAX_DENOMINATOR})
 * within {@value #TOLERANCE} of it, smallest denominators first; the first combination, by total denominator, that sums to 1
 * and still reproduces the parent within the rounding bound is the snap. Weights that have none stay as fitted.
 */
public final class SimpleFractions {
  static final int MAX_DENOMINATOR = 20;
  static final double TOLERANCE = 0.005;
  private static final int CANDIDATES_PER_WEIGHT = 3;

  private SimpleFractions() {}

  /** A fraction p/d; written as a decimal when d divides 100 (0.35), else as p/d (2/15). */
  public record Fraction(int p, int d) {
    public double value() {
      return (double) p / d;
    }

    @Override
    public String toString() {
      if (100 % d == 0) return java.math.BigDecimal.valueOf(p * (100 / d), 2).stripTrailingZeros().toPlainString();
      return p + "/" + d;
    }
  }

  /** Each weight's candidate fractions, smallest denominator first. */
  static List<List<Fraction>> candidates(double[] w) {
    List<List<Fraction>> out = new ArrayList<>();
    for (double x : w) {
      List<Fraction> c = new ArrayList<>();
      for (int d = 1; d <= MAX_DENOMINATOR && c.size() < CANDIDATES_PER_WEIGHT; d++) {
        int p = (int) Math.round(x * d);
        boolean reduced = java.math.BigInteger.valueOf(p).gcd(java.math.BigInteger.valueOf(d)).intValue() == 1; // 0/1, never 0/2
        if (reduced && Math.abs(x - (double) p / d) <= TOLERANCE) c.add(new Fraction(p, d));
      }
      out.add(c);
    }
    return out;
  }

  /** The snapped weights, or null when no combination sums to 1 and fits ({@code fits} tests a weight vector). */
  static List<Fraction> snap(double[] w, java.util.function.Predicate<double[]> fits) {
    List<List<Fraction>> c = candidates(w);
    if (c.stream().anyMatch(List::isEmpty)) return null;
    List<List<Fraction>> combos = new ArrayList<>();
    combine(c, 0, new ArrayList<>(), combos);
    combos.sort(java.util.Comparator.comparingInt(f -> f.stream().mapToInt(Fraction::d).sum()));
    for (List<Fraction> f : combos) {
      double[] v = f.stream().mapToDouble(Fraction::value).toArray();
      if (Math.abs(java.util.Arrays.stream(v).sum() - 1) < 1e-9 && fits.test(v)) return f;
    }
    return null;
  }

  private static void combine(List<List<Fraction>> c, int i, List<Fraction> at, List<List<Fraction>> out) {
    if (i == c.size()) {
      out.add(List.copyOf(at));
      return;
    }
    for (Fraction f : c.get(i)) {
      at.add(f);
      combine(c, i + 1, at, out);
      at.remove(at.size() - 1);
    }
  }
}
