package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.JudgementMatrix;
import org.indexkit.method.weight.AhpJudgements;

/**
 * Perturbed AHP judgements, one uncertain input of the Monte Carlo per judged node: every judgement of the node's
 * matrix (each expert's) moves by a whole number of steps drawn uniformly from −s … s along Saaty's scale
 * 1/9, 1/8, …, 1/2, 1, 2, …, 9 (clamped at its ends; a value between scale points moves from the nearest one), its
 * reciprocal with it, and the node's priorities are computed again by the recipe's AHP variant. The draw is seeded by
 * the run's input u ∈ [0, 1), so Sobol sampling drives it like any other input.
 */
final class JudgementDraws {
  private JudgementDraws() {}

  /** Saaty's 17 scale points, ascending. */
  static final double[] SCALE = new double[17];

  static {
    for (int i = 0; i < 8; i++) SCALE[i] = 1.0 / (9 - i);
    for (int i = 8; i < 17; i++) SCALE[i] = i - 7;
  }

  /** The children's local weights of {@code node} from its judgements, each moved by up to {@code steps} scale points. */
  static double[] weights(AhpJudgements ahp, IndicatorTree tree, Indicator node, int steps, double u) {
    SplittableRandom rnd = new SplittableRandom(Double.doubleToLongBits(u) ^ node.code().hashCode());
    List<String> kids = tree.children(node.code());
    List<String> experts = new ArrayList<>();
    for (JudgementMatrix m : JudgementMatrix.parseExperts(node.judgements(), kids)) experts.add(text(moved(m.values(), steps, rnd)));
    return ahp.node(tree, node.withJudgements(String.join(" | ", experts))).weights();
  }

  /** The matrix with each upper judgement moved by a uniform step in −steps … steps on the scale, reciprocals below. */
  static double[][] moved(double[][] a, int steps, SplittableRandom rnd) {
    int n = a.length;
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      out[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        int at = Math.max(0, Math.min(SCALE.length - 1, nearest(a[i][j]) + rnd.nextInt(-steps, steps + 1)));
        out[i][j] = SCALE[at];
        out[j][i] = 1 / SCALE[at];
      }
    }
    return out;
  }

  static int nearest(double v) {
    int best = 0;
    for (int k = 1; k < SCALE.length; k++) if (Math.abs(Math.log(SCALE[k] / v)) < Math.abs(Math.log(SCALE[best] / v))) best = k;
    return best;
  }

  /** A full matrix as the Judgements column reads it: rows by ";", exact decimals. */
  private static String text(double[][] a) {
    List<String> rows = new ArrayList<>();
    for (double[] row : a) rows.add(String.join(" ", java.util.Arrays.stream(row).mapToObj(Double::toString).toList()));
    return String.join("; ", rows);
  }
}
