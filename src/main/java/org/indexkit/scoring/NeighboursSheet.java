package org.indexkit.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.indexkit.core.TableLayout;
import org.indexkit.input.SheetCell;
import org.indexkit.json.RecipeJson;

/**
 * A {@code Neighbours} sheet: the spatial neighbours of each entity for Moran's I ({@code analyses.moran = neighbours}),
 * one row per entity — the entity in column A, its neighbours in the cells after it, one per cell or several in a cell
 * separated by commas, semicolons or 、 ({@code 北京市 | 天津市, 保定市}). A first row whose first cell is not an entity is a
 * header. Read the same way from an uploaded workbook and from the task pane's copy; its rows become the recipe key
 * {@code analyses.moran.lists} (a Recipe sheet row of that key wins), and a name that is not an entity is refused with its
 * cell. Neighbourhood need not be symmetric: a row says whom its entity looks at.
 */
public final class NeighboursSheet {
  public static final String KEY = "analyses.moran.lists";
  private NeighboursSheet() {}

  /**
   * @param entities the Data's entities
   * @param recipeRows the Recipe sheet's rows (key → value), or null: a row {@code analyses.moran.lists} there wins
   * @return the setting {@code analyses.moran.lists} as a JSON array of {@code "A: B, C"} texts, or nothing for an empty sheet
   *     or when the Recipe sheet names the lists
   * @throws InvalidInputException naming the cell of a name that is not an entity
   */
  public static Map<String, String> settings(String sheet, List<List<Object>> rows, List<String> entities, Map<String, String> recipeRows) {
    if (recipeRows != null && recipeRows.containsKey(KEY)) return Map.of();
    Set<String> known = new LinkedHashSet<>(entities.stream().map(String::trim).toList());
    List<String> lists = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      String entity = row.isEmpty() ? "" : SheetCell.text(row.get(0)).trim();
      List<String> neighbours = new ArrayList<>();
      for (int c = 1; c < row.size(); c++)
        for (String name : SheetCell.text(row.get(c)).split("[,;，；、]"))
          if (!name.isBlank()) {
            neighbours.add(name.trim());
            if (!known.contains(name.trim()) && !(r == 0 && !known.contains(entity)))
              problems.add(refusal(sheet, r, c, "\"" + name.trim() + "\" is not an entity of the Data"));
          }
      if (entity.isEmpty()) {
        if (!neighbours.isEmpty()) problems.add(refusal(sheet, r, 0, "neighbours without an entity: put the entity in column A"));
        continue;
      }
      if (!known.contains(entity)) {
        if (r > 0) problems.add(refusal(sheet, r, 0, "\"" + entity + "\" is not an entity of the Data"));
        continue; // the header
      }
      lists.add(entity + ": " + String.join(", ", neighbours));
    }
    if (!problems.isEmpty()) throw new InvalidInputException(problems);
    return lists.isEmpty() ? Map.of() : Map.of(KEY, RecipeJson.array(lists));
  }

  private static Problem refusal(String sheet, int row, int col, String message) {
    return Problem.of("neighbours", message).withCell(TableLayout.address(sheet, row, col));
  }
}
