package org.indexkit.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.indexkit.json.RecipeJson;

/**
 * IndexKit's earlier result sheets in a workbook, recognised by their Provenance: a sheet whose first rows under the header
 * are "IndexKit version" and "Result sheets", the run's sheet names as a JSON array that names the sheet itself (labels in
 * Chinese too). A re-run asked to replace them deletes those sheets and takes their names, instead of adding
 * {@code Scores (2)}. Only sheets still in the workbook are named, and only from a Provenance under its own name: the user's
 * sheets are listed by none, and a renamed or copied Provenance is left alone.
 */
public final class EarlierResults {
  /** The Provenance row that lists the sheets of its run, always its second row so a caller reads only A1:B3. */
  public static final String LABEL = "Result sheets";

  static final String LABEL_ZH = "结果工作表";

  /** The rows of a sheet a caller sends: the header and two rows, first two columns (A1:B3). */
  public static final int ROWS = 3;

  private EarlierResults() {}

  /**
   * The sheets to replace, in the workbook's order.
   *
   * @param tops each sheet's first {@link #ROWS} rows (the cells of A1:B3), by sheet name
   * @param existing the workbook's sheet names
   */
  public static List<String> of(Map<String, List<List<Object>>> tops, List<String> existing) {
    Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (var e : tops.entrySet()) {
      List<List<Object>> rows = e.getValue();
      if (rows == null || rows.size() < ROWS || !label(rows.get(1), "IndexKit version", "IndexKit 版本")
          || !label(rows.get(2), LABEL, LABEL_ZH) || !(rows.get(2).get(1) instanceof String names)) continue;
      try {
        List<String> run = RecipeJson.MAPPER.readValue(names, new TypeReference<List<String>>() {});
        if (run.stream().anyMatch(n -> n.equalsIgnoreCase(e.getKey()))) listed.addAll(run);
      } catch (JsonProcessingException notOurs) {
        // a sheet that only looks like a Provenance: left as it is
      }
    }
    List<String> out = new ArrayList<>();
    for (String name : existing) if (listed.contains(name)) out.add(name);
    return out;
  }

  private static boolean label(List<Object> row, String en, String zh) {
    return row != null && row.size() >= 2 && row.get(0) instanceof String s && (s.equals(en) || s.equals(zh));
  }

  /** The Provenance plan with its run's sheet names as its second row. */
  static SheetPlan listed(SheetPlan provenance, Collection<String> names, boolean chinese) {
    List<List<Object>> rows = new ArrayList<>(provenance.rows());
    try {
      rows.add(1, java.util.Arrays.asList(chinese ? LABEL_ZH : LABEL, RecipeJson.MAPPER.writeValueAsString(names)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new SheetPlan(provenance.name(), provenance.columns(), rows, provenance.freezeRows(), provenance.chart());
  }
}
