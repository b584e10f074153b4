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

  /**
   * Whether the method compares each child column with its own best and worst only, so a cost indicator
   * mirrored as −x without a normalisation is exact for it (TOPSIS, VIKOR).
   */
  default boolean columnRelative() {
    return false;
  }

  /** What a reader must be told about aggregating these children (a degenerate case the method resolved), or null. */
  default String note(double[][] children, double[] weights) {
    return null;
  }

  /**
   * Whether each row's score depends on that row's children only (the means), so a row can be aggregated over the
   * children it has ({@code impute = available}); not TOPSIS, VIKOR, GRA, Copeland, BoD or RSR, which compare rows.
   */
  default boolean rowWise() {
    return false;
  }

  /** Measures besides the score that a method reports (VIKOR: S, R, Q), per row; null when none. */
  default java.util.Map<String, double[]> details(double[][] children, double[] weights) {
    return null;
  }

  /** Cells with a score ≤ 0 among children of non-zero weight: what a geometric or harmonic mean cannot take. */
  static List<int[]> nonPositive(double[][] children, double[] weights) {
    List<int[]> bad = new java.util.ArrayList<>();
    for (int c = 0; c < children.length; c++) {
      if (weights[c] == 0) continue;
      for (int r = 0; r < children[c].length; r++) if (!(children[c][r] > 0)) bad.add(new int[] {c, r});
    }
    return bad;
  }
}
