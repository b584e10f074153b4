package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.indexkit.core.AuditReport;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeResult;
import org.indexkit.method.audit.CronbachAlpha;
import org.indexkit.method.audit.Correlations;
import org.indexkit.method.audit.IndicatorStatistics;

/**
 * Builds the {@link AuditReport} from the raw values, the values used (after transform, imputation and
 * treatment, direction applied) and the scores. Flags: indicators with outlier statistics, pairs
 * inside a dimension that correlate negatively or near zero (r < 0.1), pairs with |r| > 0.92 (r > 0.92
 * double-counts; r < −0.92 across dimensions mirrors), and dimensions with Cronbach's alpha below 0.7.
 */
final class StatisticalAudit {
  static final double REDUNDANT = 0.92;
  static final double WEAK = 0.1;
  /** Above this many indicators the p × p correlation sheets would be too large to read or hold. */
  static final int MAX_MATRIX = 500;

  private StatisticalAudit() {}

  static AuditReport of(IndicatorTree tree, double[][] raw, double[][] used, List<NodeResult> nodes) {
    List<Indicator> leaves = tree.leaves();
    List<AuditReport.IndicatorRow> rows = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    double[] index = nodes.get(0).scores();
    Map<String, double[]> scoreOf = new HashMap<>();
    for (NodeResult node : nodes) scoreOf.putIfAbsent(node.code(), node.scores());
    Map<String, Integer> leafAt = new HashMap<>();
    for (int l = 0; l < leaves.size(); l++) leafAt.put(leaves.get(l).code(), l);
    for (int l = 0; l < leaves.size(); l++) {
      Indicator leaf = leaves.get(l);
      IndicatorStatistics s = IndicatorStatistics.of(raw[l]);
      double[] parent = scoreOf.get(leaf.parent());
      rows.add(new AuditReport.IndicatorRow(leaf.code(), leaf.parent(), s.n(), s.missing(), s.mean(), s.sd(), s.min(), s.max(),
          s.skew(), s.kurtosis(), s.outlierFlag(), Correlations.pearson(used[l], parent), Correlations.pearson(used[l], index)));
      if (s.outlierFlag())
        flags.add(String.format(Locale.ROOT, "\"%s\" has skewness %.2f and kurtosis %.2f: consider an outlier treatment", leaf.code(), s.skew(), s.kurtosis()));
    }
    int m = leaves.size();
    double[][] pearson = null, spearman = null;
    if (m > MAX_MATRIX)
      flags.add(String.format(Locale.ROOT, "%d indicators: the pairwise correlation matrix (%,d pairs) is left out above %d "
          + "indicators; each indicator's correlation with its dimension and the index is in Statistics", m, (long) m * (m - 1) / 2, MAX_MATRIX));
    else {
      pearson = Correlations.pearsonMatrix(used);
      spearman = Correlations.spearmanMatrix(used);
      pairFlags(leaves, pearson, flags);
    }
    List<AuditReport.DimensionRow> dims = new ArrayList<>();
    for (Indicator node : tree.nodes()) {
      List<String> kids = tree.children(node.code());
      if (kids.size() < 2 || !kids.stream().allMatch(tree::isLeaf)) continue;
      double[][] cols = kids.stream().map(k -> used[leafAt.get(k)]).toArray(double[][]::new);
      double alpha = CronbachAlpha.of(cols);
      double pc1 = kids.size() > MAX_MATRIX ? Double.NaN : Correlations.firstComponentShare(cols);
      dims.add(new AuditReport.DimensionRow(node.code(), kids.size(), alpha, pc1));
      if (alpha < 0.7)
        flags.add(String.format(Locale.ROOT, "\"%s\": Cronbach's alpha %.2f is below 0.7, its indicators are not consistent", node.code(), alpha));
    }
    return new AuditReport(List.copyOf(rows), List.copyOf(dims), List.copyOf(flags), pearson, spearman);
  }

  /** Redundant, mirrored and unrelated pairs of indicators (COINr's audit thresholds). */
  private static void pairFlags(List<Indicator> leaves, double[][] pearson, List<String> flags) {
    for (int a = 0; a < leaves.size(); a++)
      for (int b = a + 1; b < leaves.size(); b++) {
        double r = pearson[a][b];
        if (Double.isNaN(r)) continue;
        boolean sameDimension = leaves.get(a).parent().equals(leaves.get(b).parent());
        if (r > REDUNDANT)
          flags.add(String.format(Locale.ROOT, "\"%s\" and \"%s\" correlate at r = %.3f (> %.2f): they may count the same thing twice",
              leaves.get(a).code(), leaves.get(b).code(), r, REDUNDANT));
        else if (r < -REDUNDANT && !sameDimension)
          flags.add(String.format(Locale.ROOT, "\"%s\" and \"%s\" correlate at r = %.3f (|r| > %.2f): one mirrors the other",
              leaves.get(a).code(), leaves.get(b).code(), r, REDUNDANT));
        else if (sameDimension && r < WEAK)
          flags.add(String.format(Locale.ROOT, "\"%s\" and \"%s\" in \"%s\" correlate at r = %.3f: %s", leaves.get(a).code(),
              leaves.get(b).code(), leaves.get(a).parent(), r, r < 0 ? "they pull in opposite directions" : "they hardly relate"));
      }
  }
}
