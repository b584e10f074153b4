package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.List;
import org.indexkit.analysis.DevelopmentProfiles;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/** The Profiles sheet: each entity's profile on the joint scale, then the mean profile of all and of each region, per year. */
final class ProfilesSheet {
  private ProfilesSheet() {}

  static SheetPlan of(IndexResult r, DevelopmentProfiles.Result p) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    int ids = cols.size();
    for (NodeResult n : p.nodes()) cols.add(new SheetPlan.Column(n.code(), n.name(), "0.00").withColourScale());
    List<List<Object>> rows = new ArrayList<>();
    for (int row : SheetPlans.rowOrder(r)) {
      List<Object> cells = SheetPlans.idCells(r, row);
      for (double[] v : p.profile()) cells.add(v[row]);
      rows.add(cells);
    }
    for (var seg : p.means().entrySet())
      for (var g : seg.getValue().entrySet()) {
        List<Object> cells = new ArrayList<>(java.util.Arrays.asList(new Object[ids]));
        cells.set(0, "Mean: " + g.getKey() + (seg.getKey().isEmpty() ? "" : " " + seg.getKey()));
        for (double v : g.getValue()) cells.add(v);
        rows.add(cells);
      }
    if (p.nodes().size() < 3 || p.means().isEmpty()) return new SheetPlan("Profiles", cols, rows);
    String last = List.copyOf(p.means().keySet()).get(p.means().size() - 1);
    int means = p.means().get(last).size();
    List<Integer> axes = java.util.stream.IntStream.range(ids, ids + p.nodes().size()).boxed().toList();
    return new SheetPlan("Profiles", cols, rows, 1, new SheetPlan.Chart("radar", "Development profiles: mean of each region"
        + (last.isEmpty() ? "" : " (" + last + ")"), 0, axes, rows.size() - means, means, List.of()));
  }
}
