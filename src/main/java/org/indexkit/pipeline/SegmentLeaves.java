package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.indexkit.core.Direction;
import org.indexkit.core.Indicator;
import org.indexkit.core.Problem;
import org.indexkit.core.Problems;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Table;
import org.indexkit.method.normalise.Identity;
import org.indexkit.method.normalise.Normaliser;

/** A segment's leaves normalised: each mirrored when a cost indicator, on the segment's own statistics or a base year's. */
final class SegmentLeaves {
  private SegmentLeaves() {}

  /** The base year of {@code panel = base-year}: the recipe's, else the first; one not in the data is a problem (0 returned). */
  static int baseYear(Table table, StepChoice panel, Problems problems) {
    int first = table.years().stream().mapToInt(Integer::intValue).min().orElseThrow();
    Integer chosen = panel.integer("year");
    if (chosen != null && !table.years().contains(chosen))
      problems.add(Problem.of("panel", "the base year " + chosen + " is not a Year of the data; years are "
          + new java.util.TreeSet<>(table.years())));
    return chosen == null ? first : chosen;
  }

  static double[] at(double[] values, int[] positions) {
    double[] out = new double[positions.length];
    for (int i = 0; i < positions.length; i++) out[i] = values[positions[i]];
    return out;
  }

  /**
   * Each leaf of a segment mirrored when a cost indicator and normalised; a constant leaf is warned of, and goalposts'
   * truncations.
   *
   * @param basis base-year positions whose statistics normalise the whole segment, or null for the segment's own
   */
  static LeafCache.Leaves normalise(List<Indicator> leaves, double[][] leafValues, Segment seg,
                                    Function<Indicator, Normaliser> normaliserOf, int[] basis) {
    Map<String, double[]> byCode = new HashMap<>();
    List<String> warnings = new ArrayList<>();
    for (int l = 0; l < leaves.size(); l++) {
      Indicator leaf = leaves.get(l);
      double[] x = seg.pick(leafValues[l]);
      Normaliser normaliser = normaliserOf.apply(leaf);
      if (leaf.direction() == Direction.COST) for (int i = 0; i < x.length; i++) x[i] = -x[i];
      if (Normaliser.isConstant(basis == null ? x : at(x, basis)) && !(normaliser instanceof Identity))
        warnings.add("Indicator \"" + leaf.code() + "\" has the same value for every entity" + (basis == null ? "" : " of the base year")
            + seg.describe() + ", so it cannot tell them apart: " + normaliser.constantOutcome() + ".");
      if (normaliser instanceof org.indexkit.method.normalise.Goalposts g && g.truncated(x) > 0)
        warnings.add("Indicator \"" + leaf.code() + "\": " + g.truncated(x) + " value(s) beyond its goalposts [" + leaf.lower() + ", "
            + leaf.upper() + "]" + seg.describe() + " truncated to the nearer post.");
      byCode.put(leaf.code(), basis == null ? normaliser.applyInPlace(x) : normaliser.applyFitted(at(x, basis), x)); // x: this segment's copy
    }
    return new LeafCache.Leaves(byCode, List.copyOf(warnings));
  }
}
