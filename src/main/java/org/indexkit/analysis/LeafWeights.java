package org.indexkit.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;
import org.indexkit.core.NodeWeight;

/**
 * The effective weight of every leaf for each row of a result: the product of the local weights from the root down,
 * taken from the weights of the row's own segment (league and year, as the Weights sheet lists them; one set when the
 * weights do not vary by segment). What the decompositions of a score read.
 */
final class LeafWeights {
  private LeafWeights() {}

  /** [leaf][row], leaves in the result's order. */
  static double[][] of(IndexResult r, List<NodeResult> leaves) {
    Map<String, Map<String, Double>> bySegment = new HashMap<>();
    for (NodeWeight w : r.weights()) bySegment.computeIfAbsent(String.valueOf(w.segment()), k -> new HashMap<>()).put(w.code(), w.effective());
    int n = r.entities().size();
    double[][] out = new double[leaves.size()][n];
    for (int row = 0; row < n; row++) {
      Map<String, Double> w = bySegment.size() == 1 ? bySegment.values().iterator().next() : bySegment.get(segment(r, row));
      if (w == null) throw new IllegalStateException("no weights for the segment \"" + segment(r, row) + "\"");
      for (int l = 0; l < leaves.size(); l++) out[l][row] = w.getOrDefault(leaves.get(l).code(), 0.0);
    }
    return out;
  }

  /** The row's segment as the pipeline names it ("mini-hub 2023", "2023", "all"). */
  private static String segment(IndexResult r, int row) {
    boolean leagues = r.provenance().recipe().leagues() && r.groups() != null;
    boolean pooled = r.provenance().recipe().panel() != null && !r.provenance().recipe().panel().is("per-year");
    String league = leagues ? String.valueOf(r.groups().get(row)).trim() : "";
    String year = r.years() == null || pooled ? "" : " " + r.years().get(row);
    String label = (league + year).trim();
    return label.isEmpty() ? "all" : label;
  }

  /** The leaves of a result (its nodes that are leaves), in tree order. */
  static List<NodeResult> leaves(IndexResult r) {
    return r.nodes().stream().filter(NodeResult::leaf).toList();
  }
}
