package org.indexkit.method.aggregate;

/**
 * Copeland outranking aggregation (COINr's {@code a_copeland} and {@code outrankMatrix}): entity i outranks k by
 * e_ik = Σ weights of the children where i scores higher + ½ Σ weights where they are equal; the score of i is the
 * number of entities it outranks (e_ik &gt; ½) minus the number that outrank it (e_ik &lt; ½), from −(n − 1) to n − 1.
 * Non-compensatory: only the order of each child matters, not by how much. Since the ties' halves cancel, e_ik &gt; ½
 * is compared as Σ w(i ahead) &gt; Σ w(k ahead), with a tolerance of 1e-12 so that equal weight sums are ties exactly.
 * n² pairs: meant for the few hundred entities of an index, not a 50,000-row table.
 */
public final class Copeland implements Aggregator {
  private static final double TOLERANCE = 1e-12;

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    int n = children[0].length;
    double[] score = new double[n];
    for (int i = 0; i < n; i++)
      for (int k = i + 1; k < n; k++) {
        double ahead = 0, behind = 0;
        for (int c = 0; c < children.length; c++) {
          double a = children[c][i], b = children[c][k];
          if (a > b) ahead += weights[c];
          else if (b > a) behind += weights[c];
        }
        if (ahead - behind > TOLERANCE) { score[i]++; score[k]--; }
        else if (behind - ahead > TOLERANCE) { score[k]++; score[i]--; }
      }
    return score;
  }

  /** The outranking matrix e_ik (i ≠ k; the diagonal 0), weights summing to 1. */
  public static double[][] outranking(double[][] children, double[] weights) {
    int n = children[0].length;
    double[][] e = new double[n][n];
    for (int i = 0; i < n; i++)
      for (int k = 0; k < n; k++) {
        if (i == k) continue;
        for (int c = 0; c < children.length; c++)
          e[i][k] += children[c][i] > children[c][k] ? weights[c] : children[c][i] == children[c][k] ? weights[c] / 2 : 0;
      }
    return e;
  }

  @Override
  public boolean columnRelative() {
    return true;
  }

  @Override
  public String variant() {
    return "Copeland outranking: score = #(e_ik > ½) − #(e_ik < ½), e_ik = Σ w where i is ahead + ½ Σ w where tied (COINr a_copeland)";
  }
}
