package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.indexkit.analysis.ProfileClusters;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/** The Clusters sheet: per entity its profile and cluster (coloured), then each cluster's centroid per year and league. */
final class ClustersSheet {
  private ClustersSheet() {}

  static SheetPlan of(IndexResult r, ProfileClusters.Result c) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    int ids = cols.size();
    var fills = new java.util.LinkedHashMap<String, String>();
    for (int k = 0; k < c.labels().size(); k++) fills.put(c.labels().get(k), SheetPlans.tierColour(k + 1, c.labels().size()));
    cols.add(new SheetPlan.Column("cluster", "Cluster", "@").withFills(fills));
    for (NodeResult n : c.nodes()) cols.add(new SheetPlan.Column(n.code(), n.name(), SheetPlans.scoreFormat(n.scores())));
    List<List<Object>> rows = new ArrayList<>();
    for (int row : SheetPlans.rowOrder(r)) {
      List<Object> cells = SheetPlans.idCells(r, row);
      cells.add(c.labels().get(c.cluster()[row] - 1));
      for (NodeResult n : c.nodes()) cells.add(SheetPlans.finite(n.scores()[row]));
      rows.add(cells);
    }
    for (var seg : c.centroids().entrySet())
      for (int k = 0; k < seg.getValue().length; k++) {
        List<Object> cells = new ArrayList<>(Arrays.asList(new Object[ids]));
        cells.set(0, "Centroid" + (seg.getKey().isEmpty() ? "" : " " + seg.getKey()));
        cells.add(c.labels().get(k));
        for (double v : seg.getValue()[k]) cells.add(SheetPlans.finite(v));
        rows.add(cells);
      }
    return new SheetPlan("Clusters", cols, rows);
  }
}
