package org.indexkit.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SheetNamesTest {
  static List<String> names(List<String> wanted, List<String> existing) {
    List<SheetPlan> plans = wanted.stream().map(n -> new SheetPlan(n, List.of(), List.of())).toList();
    return SheetNames.avoid(plans, existing).stream().map(SheetPlan::name).toList();
  }

  @Test
  @DisplayName("a name the workbook has (any case) becomes \"Scores (2)\", then (3); the user's sheets are never reused")
  void neverCollides() {
    assertThat(names(List.of("Scores", "Ranks"), List.of("scores", "Scores (2)", "Data"))).containsExactly("Scores (3)", "Ranks");
  }

  @Test
  @DisplayName("Excel's rules: ≤ 31 characters, none of []:*?/\\, no leading or trailing apostrophe, not History")
  void excelRules() {
    assertThat(names(List.of("a[b]:c*d?e/f\\g"), List.of())).containsExactly("a_b__c_d_e_f_g");
    assertThat(names(List.of("'quoted'"), List.of())).containsExactly("quoted");
    assertThat(names(List.of("History"), List.of())).containsExactly("Sheet_History");
    String longName = "Scores of the Global Innovation Hubs Index";
    List<String> two = names(List.of(longName, longName), List.of());
    assertThat(two.get(0)).hasSize(31);
    assertThat(two.get(1)).endsWith(" (2)").hasSizeLessThanOrEqualTo(31);
  }
}
