package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/** The Tiers sheet: each tiered node's tier and star labels per entity, coloured tier 1 green to the last red. */
final class TiersSheet {
  private TiersSheet() {}

  static SheetPlan of(IndexResult r, int[] order) {
    List<SheetPlan.Column> cols = SheetPlans.idColumns(r);
    List<NodeResult> tiered = r.nodes().stream().filter(n -> n.tiers() != null || n.stars() != null).toList();
    for (NodeResult n : tiered) {
      if (n.tiers() != null)
        cols.add(new SheetPlan.Column(n.code() + ".tier", n.name() + " tier", "@").withFills(fills(n.tiers())));
      if (n.stars() != null)
        cols.add(new SheetPlan.Column(n.code() + ".stars", n.name() + " stars", "@").withFills(fills(n.stars())));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int row : order) {
      List<Object> cells = SheetPlans.idCells(r, row);
      for (NodeResult n : tiered) {
        if (n.tiers() != null) cells.add(n.tiers().labels()[row]);
        if (n.stars() != null) cells.add(n.stars().labels()[row]);
      }
      rows.add(cells);
    }
    return new SheetPlan("Tiers", cols, rows);
  }

  /** Tier 1 green through amber to red, one colour per label in use. */
  static Map<String, String> fills(NodeResult.Tiers t) {
    int k = Arrays.stream(t.levels()).max().orElse(1);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < t.levels().length; i++) out.putIfAbsent(t.labels()[i], SheetPlans.tierColour(t.levels()[i], k));
    return out;
  }
}
