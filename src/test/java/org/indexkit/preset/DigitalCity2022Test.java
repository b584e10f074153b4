package org.indexkit.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.indexkit.SeedTable;
import org.indexkit.core.Indicator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The digital-city-2022 tree is the report's 表2 (seed-tables/004_indicator_system.csv): 6 dimensions, 18 typed indicators. */
class DigitalCity2022Test {
  static final Preset DC = Presets.get("digital-city-2022");

  @Test
  @DisplayName("six dimensions, eighteen indicators, each with the report's input/outcome type, in the report's order")
  void treeIsTheReportsTable() {
    SeedTable table = SeedTable.load("004_indicator_system");
    assertThat(DC.tree().children("digital_city")).hasSize(6);
    List<Indicator> leaves = DC.tree().leaves();
    assertThat(leaves).hasSize(18);
    for (int i = 0; i < 18; i++) {
      Map<String, String> row = table.rows().get(i);
      assertThat(leaves.get(i).nameZh()).isEqualTo(row.get("level2_zh"));
      assertThat(leaves.get(i).type()).isEqualTo(row.get("measure_type_en"));
      assertThat(DC.tree().get(leaves.get(i).parent()).nameZh()).isEqualTo(row.get("level1_zh"));
    }
    Map<String, Long> byType = leaves.stream().collect(Collectors.groupingBy(Indicator::type, Collectors.counting()));
    assertThat(byType).containsEntry("input", 10L).containsEntry("outcome", 8L);
    assertThat(DC.notes()).anyMatch(n -> n.contains("not stated"));
  }
}
