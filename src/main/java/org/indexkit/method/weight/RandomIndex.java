package org.indexkit.method.weight;

import java.util.List;

/**
 * The random consistency index RI of AHP by matrix size: the mean CI of random reciprocal matrices, which CR divides
 * by. {@link #SAATY} is the table most papers and tools print (Saaty 1980; also R AHPWR, pyDecision, zhjx19/mathmodels):
 * 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59 for n = 1 … 15 (its value 1.48 for
 * n = 12 is as printed; JMcDM uses 1.53). Other tables (Tummala &amp; Ling 1998, Alonso &amp; Lamata 2006, simulated ones)
 * are given as a custom list for n = 3, 4, …. Beyond the table there is no RI and CR is not defined.
 */
public record RandomIndex(String name, List<Double> fromThree) {
  public static final RandomIndex SAATY = new RandomIndex("Saaty (1980)",
      List.of(0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59));

  public static RandomIndex custom(List<Double> fromThree) {
    if (fromThree == null || fromThree.isEmpty())
      throw new IllegalArgumentException("a custom RI table needs its values for n = 3, 4, … (weights.ri-values)");
    for (Double v : fromThree)
      if (v == null || !(v > 0)) throw new IllegalArgumentException("RI values must be greater than 0, not " + v);
    return new RandomIndex("custom (n = 3 … " + (fromThree.size() + 2) + ": " + fromThree + ")", List.copyOf(fromThree));
  }

  /** RI for n children; 0 for n ≤ 2; null beyond the table. */
  public Double of(int n) {
    if (n <= 2) return 0.0;
    return n - 3 < fromThree.size() ? fromThree.get(n - 3) : null;
  }

  public int largest() {
    return fromThree.size() + 2;
  }
}
