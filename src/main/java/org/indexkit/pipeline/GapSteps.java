package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Problem;
import org.indexkit.core.Problems;
import org.indexkit.core.Provenance;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.core.Transform;
import org.indexkit.core.Imputation;
import org.indexkit.core.Treatment;
import org.indexkit.method.outlier.OutlierTreatment;
import org.indexkit.method.impute.ColumnImputer;
import org.indexkit.method.impute.Imputer;
import org.indexkit.method.impute.KnnImputer;
import org.indexkit.method.impute.MiceImputer;
import org.indexkit.method.transform.LeafTransform;

/** Missing values and outliers: entities too sparse to score are dropped, the remaining gaps imputed (or substituted from a column), extreme values treated; every change listed in Audit. */
final class GapSteps {
  private GapSteps() {}

  /**
   * Drops entities missing more than the allowed share of their indicators and scores the rest, or
   * returns null when none is dropped. Problems found later are reported at the original rows.
   */
  static IndexResult dropSparseEntities(Table table, IndicatorTree fullTree, Recipe recipe, double[][] leafValues,
                                                List<String> audit, boolean statistics) {
    Imputation imp = recipe.impute();
    int leaves = leafValues.length;
    List<Integer> keep = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      int missing = 0;
      for (double[] leaf : leafValues) if (Double.isNaN(leaf[r])) missing++;
      if ((double) missing / leaves > imp.maxMissingShare())
        audit.add("Dropped \"" + table.entities().get(r) + "\": " + missing + " of " + leaves + " indicators missing (more than "
            + Math.round(imp.maxMissingShare() * 100) + "%)");
      else keep.add(r);
    }
    if (keep.size() == table.rows()) return null;
    double[][] values = keep.stream().map(r -> table.values()[r]).toArray(double[][]::new);
    Table kept = new Table(keep.stream().map(table.entities()::get).toList(), table.indicators(), values,
        table.groups() == null ? null : keep.stream().map(table.groups()::get).toList(),
        table.years() == null ? null : keep.stream().map(table.years()::get).toList());
    Recipe rest = recipe.withImpute(new Imputation(imp.method(), 1.0, imp.k(), imp.m(), imp.iterations(), imp.seed(), imp.suffix()));
    try {
      IndexResult r = Pipeline.run(kept, fullTree, rest, statistics);
      List<String> allAudit = new ArrayList<>(audit);
      allAudit.addAll(r.audit());
      Provenance p = r.provenance();
      return new IndexResult(r.entities(), r.groups(), r.years(), r.nodes(), r.weights(), r.warnings(),
          new Provenance(p.version(), recipe, p.source(), withDropNote(p.variants(), imp)), List.copyOf(allAudit), r.statistics());
    } catch (org.indexkit.core.InvalidInputException e) {
      throw new org.indexkit.core.InvalidInputException(e.problems().stream()
          .map(pr -> pr.row() == null ? pr : pr.withRow(keep.get(pr.row()))).toList());
    }
  }
  static List<String> withDropNote(List<String> variants, Imputation imp) {
    List<String> out = new ArrayList<>();
    for (String v : variants) {
      if (v.startsWith("impute:")) out.add(dropNote(imp));
      out.add(v);
    }
    return List.copyOf(out);
  }
  static String dropNote(Imputation imp) {
    return "missing values: entities missing more than " + Math.round(imp.maxMissingShare() * 100) + "% of their indicators dropped";
  }
  static void impute(Table table, IndicatorTree tree, double[][] leafValues, Imputation imp, List<String> audit,
                             Problems problems) {
    boolean byGroup = imp.method() == Imputation.Method.GROUP_MEAN || imp.method() == Imputation.Method.GROUP_MEDIAN;
    if (byGroup && table.groups() == null) {
      problems.add(Problem.of("impute", imp.method().label() + " imputation needs a Group column in the Data"));
      return;
    }
    if (imp.method() == Imputation.Method.SUBSTITUTE) {
      substitute(table, tree, leafValues, imp.suffix(), audit, problems);
      return;
    }
    Imputer imputer = imputer(imp, table);
    int n = table.rows(), p = leafValues.length;
    double[][] x = new double[n][p];
    for (int r = 0; r < n; r++) for (int l = 0; l < p; l++) x[r][l] = leafValues[l][r];
    double[][] before = new double[n][];
    for (int r = 0; r < n; r++) before[r] = x[r].clone();
    imputer.fill(x);
    List<Indicator> leaves = tree.leaves();
    int listed = 0;
    for (int r = 0; r < n; r++)
      for (int l = 0; l < p; l++) {
        if (!Double.isNaN(before[r][l])) continue;
        leafValues[l][r] = x[r][l];
        if (listed++ < 2000)
          audit.add("Imputed \"" + table.entities().get(r) + "\" · \"" + leaves.get(l).code() + "\" = " + org.indexkit.core.Decimals.plain(x[r][l]) + " ("
              + imp.method().label() + (leaves.get(l).transform().kind() == Transform.Kind.NONE ? "" : ", after its transform") + ")");
      }
    if (listed > 2000) audit.add("… and " + (listed - 2000) + " more imputed cells");
  }
  /** Treats each indicator over the whole table (after imputation, before normalising) and lists every change. */
  static void treatOutliers(Table table, IndicatorTree tree, double[][] leafValues, Treatment spec, List<String> audit) {
    OutlierTreatment treatment = new OutlierTreatment(spec);
    List<Indicator> leaves = tree.leaves();
    for (int l = 0; l < leaves.size(); l++)
      for (OutlierTreatment.Change c : treatment.apply(leafValues[l]))
        audit.add("Treated \"" + leaves.get(l).code() + "\"" + (c.row() < 0 ? "" : " · \"" + table.entities().get(c.row()) + "\"")
            + ": " + c.what());
  }
  /** Seeds 002/003: a national, state or older-year value stands in for a missing one, flagged in Audit. */
  static void substitute(Table table, IndicatorTree tree, double[][] leafValues, String suffix, List<String> audit,
                                 Problems problems) {
    List<Indicator> leaves = tree.leaves();
    Map<String, Integer> columnOf = LeafSteps.leafColumns(table, tree);
    for (int l = 0; l < leaves.size(); l++) {
      Indicator leaf = leaves.get(l);
      int col = columnOf.get(leaf.code());
      String header = table.indicators().get(col).trim();
      int sub = table.columnOf(header + suffix);
      Transform t = leaf.transform();
      int denom = t.kind() == Transform.Kind.PER_CAPITA ? table.columnOf(t.column()) : -1;
      for (int r = 0; r < table.rows(); r++) {
        if (!Double.isNaN(leafValues[l][r])) continue;
        double v = sub < 0 ? Double.NaN : table.value(r, sub);
        if (!Double.isNaN(v)) {
          try {
            leafValues[l][r] = LeafTransform.apply(t, v, denom < 0 ? Double.NaN : table.value(r, denom));
            audit.add("Substituted \"" + table.entities().get(r) + "\" · \"" + leaf.code() + "\" = " + org.indexkit.core.Decimals.plain(v) + " from \"" + header + suffix + "\"");
            continue;
          } catch (IllegalArgumentException e) {
            problems.add(Problem.at("transform", "\"" + leaf.code() + "\" (substitute): " + e.getMessage(), r, sub));
            continue;
          }
        }
        problems.add(Problem.at("missing", "\"" + table.entities().get(r) + "\" has no value for \"" + leaf.code()
            + "\" and no substitute in a column \"" + header + suffix + "\"", r, col));
      }
    }
  }
  static Imputer imputer(Imputation imp, Table table) {
    return switch (imp.method()) {
      case MEAN -> new ColumnImputer(false, null);
      case MEDIAN -> new ColumnImputer(true, null);
      case GROUP_MEAN -> new ColumnImputer(false, groupLabels(table));
      case GROUP_MEDIAN -> new ColumnImputer(true, groupLabels(table));
      case KNN -> new KnnImputer(imp.k());
      case MICE -> new MiceImputer(imp.m(), imp.iterations(), imp.seed());
      case NONE, SUBSTITUTE -> throw new IllegalStateException("no imputer for " + imp.method());
    };
  }
  static List<String> groupLabels(Table table) {
    List<String> g = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) g.add(table.groupOf(r));
    return g;
  }
}
