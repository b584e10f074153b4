package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;
import org.indexkit.core.Problems;
import org.indexkit.core.Tiering;
import org.indexkit.method.tier.TierRule;

/** Helpers of the per-segment steps: type sub-score nodes, tiers and stars of one segment, and scattering a segment's values back to table rows. */
final class SegmentSteps {
  private SegmentSteps() {}

  /**
   * One extra score per leaf Type (seed 004: 投入 input / 成效 outcome): the leaves of that type
   * aggregated with their effective weights rescaled to sum to 1, shown after the tree's nodes.
   */
  static List<Indicator> typeNodes(IndicatorTree tree) {
    List<Indicator> out = new ArrayList<>();
    for (String t : tree.leaves().stream().map(Indicator::type).filter(java.util.Objects::nonNull).distinct().toList()) {
      if (tree.contains(Pipeline.TYPE_PREFIX + t)) continue;
      out.add(Indicator.node(Pipeline.TYPE_PREFIX + t, t + " sub-score", t + " 分项得分", null, null));
    }
    return out;
  }
  static void tier(Tiering spec, boolean isStars, Indicator node, double[] shown, int[] rk, Segment seg, int n,
                           Map<String, NodeResult.Tiers> into, Problems problems, Set<String> reported) {
    if (!spec.enabled()) return;
    int[] levels;
    try {
      levels = TierRule.of(spec).assign(shown, rk);
    } catch (IllegalArgumentException e) {
      if (reported.add(node.code() + seg.describe()))
        problems.add(Problem.of("tiers", "cannot cut \"" + node.code() + "\" into tiers" + seg.describe() + ": " + e.getMessage()));
      return;
    }
    NodeResult.Tiers t = into.computeIfAbsent(node.code(), k -> new NodeResult.Tiers(new int[n], new String[n]));
    for (int i = 0; i < levels.length; i++) {
      t.levels()[seg.rows()[i]] = levels[i];
      t.labels()[seg.rows()[i]] = spec.label(levels[i], isStars);
    }
  }
  static void scatter(double[] segValues, Segment seg, double[] full) {
    for (int i = 0; i < segValues.length; i++) full[seg.rows()[i]] = segValues[i];
  }
  static void scatter(int[] segValues, Segment seg, int[] full) {
    for (int i = 0; i < segValues.length; i++) full[seg.rows()[i]] = segValues[i];
  }
}
