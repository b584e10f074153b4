package org.indexkit.method.linear;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Input-oriented CCR efficiency (Charnes, Cooper &amp; Rhodes 1978), multiplier form, one linear programme per unit o
 * solved by Commons Math's {@link SimplexSolver}: maximise Σᵣ uᵣ·y_or subject to Σᵢ vᵢ·x_oi = 1, Σᵣ uᵣ·y_kr − Σᵢ vᵢ·x_ki ≤ 0
 * for every unit k, u, v ≥ 0. With one constant input it is the benefit-of-the-doubt composite of Cherchye et al. (2007).
 * Optional share restrictions keep each output's part of the unit's own score within [minShare, maxShare]:
 * minShare · Σ u·y_o ≤ uᵣ·y_or ≤ maxShare · Σ u·y_o (Cherchye et al.'s "pie shares").
 */
public final class CcrEfficiency {
  private CcrEfficiency() {}

  /**
   * @param inputs [unit][input], ≥ 0; @param outputs [unit][output], ≥ 0
   * @param minShare 0 for none; at most 1/outputs
   * @param maxShare 1 for none; at least 1/outputs
   * @return each unit's efficiency in [0, 1]
   */
  public static double[] efficiencies(double[][] inputs, double[][] outputs, double minShare, double maxShare) {
    int n = inputs.length, p = inputs[0].length, m = outputs[0].length;
    double[] out = new double[n];
    for (int o = 0; o < n; o++) out[o] = efficiency(inputs, outputs, minShare, maxShare, o, n, p, m);
    return out;
  }

  private static double efficiency(double[][] x, double[][] y, double minShare, double maxShare, int o, int n, int p, int m) {
    double[] objective = new double[m + p];
    System.arraycopy(y[o], 0, objective, 0, m);
    if (java.util.Arrays.stream(y[o]).allMatch(v -> v == 0)) return 0;
    List<LinearConstraint> constraints = new ArrayList<>();
    double[] norm = new double[m + p];
    System.arraycopy(x[o], 0, norm, m, p);
    constraints.add(new LinearConstraint(norm, Relationship.EQ, 1));
    for (int k = 0; k < n; k++) {
      double[] row = new double[m + p];
      for (int r = 0; r < m; r++) row[r] = y[k][r];
      for (int i = 0; i < p; i++) row[m + i] = -x[k][i];
      constraints.add(new LinearConstraint(row, Relationship.LEQ, 0));
    }
    for (int r = 0; r < m; r++) { // uᵣ·y_or − share · Σ u·y_o ≥ 0 (minimum) or ≤ 0 (maximum)
      if (minShare > 0) constraints.add(new LinearConstraint(shareRow(y[o], r, minShare, m + p), Relationship.GEQ, 0));
      if (maxShare < 1) constraints.add(new LinearConstraint(shareRow(y[o], r, maxShare, m + p), Relationship.LEQ, 0));
    }
    var solution = new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(objective, 0),
        new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(true));
    return Math.max(0, Math.min(1, solution.getValue()));
  }

  private static double[] shareRow(double[] yo, int r, double share, int width) {
    double[] row = new double[width];
    for (int j = 0; j < yo.length; j++) row[j] = -share * yo[j];
    row[r] += yo[r];
    return row;
  }
}
