package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The uncertain inputs that have no effect: each is moved on its own to both ends of its range (the others at the
 * middle), and one that changes no composite score either way is named. When no run changed any rank at all, that
 * is said too, so that "every interval is a point" is never read as "perfectly robust" by mistake.
 */
final class NoEffect {
  private NoEffect() {}

  /**
   * @param scoresAt the composite scores of the run a unit vector u drives
   * @param weightsDerivedPerSegment objective weights derived anew for each league or year, which cannot be perturbed
   */
  static List<String> of(List<String> inputs, Function<double[], double[]> scoresAt, int[][] ranks, int[] nominalRank,
                         boolean weightsDerivedPerSegment) {
    List<String> out = new ArrayList<>();
    if (inputs.isEmpty()) return out;
    double[] mid = new double[inputs.size()];
    Arrays.fill(mid, 0.5);
    double[] base = scoresAt.apply(mid);
    List<String> idle = new ArrayList<>();
    for (int j = 0; j < inputs.size(); j++) {
      org.indexkit.core.Work.check();
      boolean moved = false;
      for (double end : new double[] {0.0, 0.999}) {
        double[] u = mid.clone();
        u[j] = end;
        if (!Arrays.equals(scoresAt.apply(u), base)) moved = true;
      }
      if (!moved) idle.add(inputs.get(j));
    }
    if (!idle.isEmpty())
      out.add("No effect on any score: " + String.join(", ", idle) + (weightsDerivedPerSegment
          ? " (the weights are derived anew for each league or year, so perturbing them is not possible here; vary the "
              + "normalisation or aggregation, or leave indicators out)" : ""));
    boolean anyRankMoved = false;
    for (int[] rk : ranks) if (!Arrays.equals(rk, nominalRank)) { anyRankMoved = true; break; }
    if (!anyRankMoved)
      out.add("No run changed any rank: every rank interval is a single point because nothing that was varied changed the order, "
          + "not because the index was shown robust to everything");
    return out;
  }
}
