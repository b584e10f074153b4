package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeWeight;

/** The Weights sheet: every node's weight among its siblings and its effective weight in the index, with how it was derived (per league and year when derived there). */
final class WeightsSheet {
  private WeightsSheet() {}

  static SheetPlan of(IndexResult r) {
    boolean perSegment = r.weights().stream().anyMatch(w -> w.segment() != null);
    List<SheetPlan.Column> cols = new ArrayList<>();
    if (perSegment) cols.add(new SheetPlan.Column("segment", "League / year", "@"));
    cols.addAll(List.of(
        new SheetPlan.Column("code", "Code", "@"), new SheetPlan.Column("name", "Name", "@"),
        new SheetPlan.Column("parent", "Parent", "@"), new SheetPlan.Column("level", "Level", "0"),
        new SheetPlan.Column("local", "Weight among siblings", "0.0000"),
        new SheetPlan.Column("effective", "Effective weight", "0.0000"),
        new SheetPlan.Column("derivation", "How it was derived", "@")));
    List<List<Object>> rows = new ArrayList<>();
    for (NodeWeight w : r.weights()) {
      List<Object> row = new ArrayList<>(Arrays.asList(w.code(), w.name(), w.parent(), w.depth(), w.local(), w.effective(), w.derivation()));
      if (perSegment) row.add(0, w.segment());
      rows.add(row);
    }
    return new SheetPlan("Weights", cols, rows);
  }

}
