package org.indexkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Neighbours sheet: one row per entity, its neighbours after it, as the recipe's neighbour lists. */
class NeighboursSheetTest {
  static final List<String> CITIES = List.of("北京市", "天津市", "保定市", "石家庄市");

  @Test
  @DisplayName("a header row, neighbours in one cell (, ；、) or one per cell, blank rows skipped: the lists as a JSON array")
  void reads() {
    List<List<Object>> rows = List.of(List.of("City", "Neighbours"), List.of("北京市", "天津市、保定市"), List.of("天津市", "北京市", "保定市"),
        List.of(), List.of("石家庄市", "保定市；"));
    assertThat(NeighboursSheet.settings("Neighbours", rows, CITIES, null)).isEqualTo(Map.of("analyses.moran.lists",
        "[\"北京市: 天津市, 保定市\",\"天津市: 北京市, 保定市\",\"石家庄市: 保定市\"]"));
    assertThat(NeighboursSheet.settings("Neighbours", List.of(List.of("City", "Neighbours")), CITIES, null)).isEmpty();
  }

  @Test
  @DisplayName("a name that is not an entity is refused with its cell, every one at once; neighbours without an entity too")
  void refusesWithCells() {
    List<List<Object>> rows = List.of(List.of("北京市", "天津", "保定市"), List.of("唐山市", "北京市"), List.of("", "天津市"));
    var e = catchThrowableOfType(() -> NeighboursSheet.settings("邻接", rows, CITIES, null), InvalidInputException.class);
    assertThat(e.problems()).extracting(Problem::cell).containsExactly("'邻接'!B1", "'邻接'!A2", "'邻接'!A3");
    assertThat(e.problems().get(0).message()).isEqualTo("\"天津\" is not an entity of the Data");
    assertThat(e.problems().get(2).message()).isEqualTo("neighbours without an entity: put the entity in column A");
    assertThat(NeighboursSheet.settings("邻接", rows, CITIES, Map.of("analyses.moran.lists", "[\"北京市: 天津市\"]")))
        .as("a Recipe sheet row of the key wins: the sheet is not read").isEmpty();
  }
}
