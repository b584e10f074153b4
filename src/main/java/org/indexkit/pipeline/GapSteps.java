package org.indexkit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.indexkit.core.AuditEntry;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Problem;
import org.indexkit.core.Problems;
import org.indexkit.core.Table;
import org.indexkit.core.Transform;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.StepChoice;
import org.indexkit.method.impute.Imputers;
import org.indexkit.method.outlier.OutlierRules;
import org.indexkit.method.outlier.OutlierTreatment;
import org.indexkit.method.impute.Imputer;
import org.indexkit.method.transform.LeafTransform;

/** Missing values and outliers: entities too sparse to score are dropped, the remaining gaps imputed (or substituted from a column), extreme values treated; every change listed in Audit. */
final class GapSteps {
  private GapSteps() {}

  /** The rows a run goes on with after dropping sparse entities: the kept table and values, and each kept row's original row. */
  record Kept(Table table, double[][] leafValues, int[] originalRow) {
    /** Problems found after dropping name the rows of the input. */
    InvalidInputException atInputRows(InvalidInputException e) {
      return new InvalidInputException(e.problems().stream().map(p -> p.row() == null ? p : p.withRow(originalRow[p.row()])).toList());
    }

    /** The kept rows {@code rows} of this (indices into this table), their original rows carried through. */
    Kept subset(int[] rows) {
      if (rows.length == table.rows()) return this;
      List<Integer> keep = java.util.Arrays.stream(rows).boxed().toList();
      Table kept = new Table(keep.stream().map(table.entities()::get).toList(), table.indicators(),
          keep.stream().map(r -> table.values()[r]).toArray(double[][]::new),
          table.groups() == null ? null : keep.stream().map(table.groups()::get).toList(),
          table.years() == null ? null : keep.stream().map(table.years()::get).toList(),
          table.regions() == null ? null : keep.stream().map(table.regions()::get).toList());
      double[][] values = new double[leafValues.length][rows.length];
      int[] original = new int[rows.length];
      for (int i = 0; i < rows.length; i++) {
        original[i] = originalRow[rows[i]];
        for (int l = 0; l < leafValues.length; l++) values[l][i] = leafValues[l][rows[i]];
      }
      return new Kept(kept, values, original);
    }
  }

  /** Drops entities missing more than the allowed share of their indicators (listed in Audit); the rest go on. */
  static Kept dropSparseEntities(Table table, StepChoice imp, double[][] leafValues, List<AuditEntry> audit) {
    Double share = imp.number("maxMissingShare");
    int leaves = leafValues.length;
    if (share == null || share >= 1) return new Kept(table, leafValues, java.util.stream.IntStream.range(0, table.rows()).toArray());
    List<Integer> keep = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) {
      int missing = 0;
      for (double[] leaf : leafValues) if (Double.isNaN(leaf[r])) missing++;
      String entity = table.entities().get(r);
      if ((double) missing / leaves > share)
        audit.add(new AuditEntry(AuditEntry.Kind.DROPPED, entity, null, "Dropped \"" + entity + "\": " + missing + " of " + leaves
            + " indicators missing (more than " + Math.round(share * 100) + "%)"));
      else keep.add(r);
    }
    return new Kept(table, leafValues, java.util.stream.IntStream.range(0, table.rows()).toArray())
        .subset(keep.stream().mapToInt(Integer::intValue).toArray());
  }

  static String dropNote(StepChoice imp) {
    return "missing values: entities missing more than " + Math.round(imp.number("maxMissingShare") * 100) + "% of their indicators dropped";
  }

  static void impute(Table table, IndicatorTree tree, double[][] leafValues, StepChoice imp, List<AuditEntry> audit,
                             Problems problems) {
    if (imp.is("substitute")) {
      substitute(table, tree, leafValues, imp.text("suffix"), audit, problems);
      return;
    }
    Imputer imputer;
    try {
      imputer = Imputers.STEP.make(imp).apply(table);
    } catch (IllegalArgumentException e) {
      problems.add(Problem.of("impute", e.getMessage()));
      return;
    }
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
        if (listed++ < 2000) {
          String entity = table.entities().get(r), code = leaves.get(l).code();
          audit.add(new AuditEntry(AuditEntry.Kind.IMPUTED, entity, code, "Imputed \"" + entity + "\" · \"" + code + "\" = "
              + org.indexkit.core.Decimals.plain(x[r][l]) + " (" + imp.method()
              + (leaves.get(l).transform().kind() == Transform.Kind.NONE ? "" : ", after its transform") + ")"));
        }
      }
    if (listed > 2000) audit.add(new AuditEntry(AuditEntry.Kind.IMPUTED, null, null, "… and " + (listed - 2000) + " more imputed cells"));
  }
  /** Treats each indicator over the whole table (after imputation, before normalising) and lists every change. */
  static void treatOutliers(Table table, IndicatorTree tree, double[][] leafValues, StepChoice spec, List<AuditEntry> audit) {
    OutlierTreatment treatment = OutlierRules.STEP.make(spec);
    List<Indicator> leaves = tree.leaves();
    for (int l = 0; l < leaves.size(); l++)
      for (OutlierTreatment.Change c : treatment.apply(leafValues[l])) {
        String entity = c.row() < 0 ? null : table.entities().get(c.row()), code = leaves.get(l).code();
        audit.add(new AuditEntry(AuditEntry.Kind.TREATED, entity, code, "Treated \"" + code + "\""
            + (entity == null ? "" : " · \"" + entity + "\"") + ": " + c.what()));
      }
  }
  /** Seeds 002/003: a national, state or older-year value stands in for a missing one, flagged in Audit. */
  static void substitute(Table table, IndicatorTree tree, double[][] leafValues, String suffix, List<AuditEntry> audit,
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
            audit.add(new AuditEntry(AuditEntry.Kind.SUBSTITUTED, table.entities().get(r), leaf.code(), "Substituted \""
                + table.entities().get(r) + "\" · \"" + leaf.code() + "\" = " + org.indexkit.core.Decimals.plain(v) + " from \"" + header + suffix + "\""));
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
}
