package org.indexkit.method.aggregate;

import java.util.List;

/** Builds a node's scores from its children's scores ({@code children[child][row]}) and weights (sum 1). */
public interface Aggregator {

  double[] aggregate(double[][] children, double[] weights);

  /** Cells ({@code {child, row}}) this method cannot aggregate; empty when every value is usable. */
  default List<int[]> unusable(double[][] children, double[] weights) {
    return List.of();
  }

  /** What an unusable cell is, in words for the problem message. */
  default String unusableReason() {
    return "";
  }

  String variant();
}
