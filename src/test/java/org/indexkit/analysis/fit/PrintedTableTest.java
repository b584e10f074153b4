package org.indexkit.analysis.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.indexkit.core.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A published table as it stands: which columns it offers, its row names, its cells as printed, and bad cells by address. */
class PrintedTableTest {
  static PrintedTable table() {
    return PrintedTable.of("Published", 1, 1, List.of(
        Arrays.asList("rank", "city", "region", "total", "a", "b"),
        Arrays.asList(1.0, "Boston", "北美", 85.83, 90.45, "82.4"),
        Arrays.asList(null, null, null, null, null, null),
        Arrays.asList(2.0, "Beijing", "亚洲", 80.1, "", 79.0)));
  }

  @Test
  @DisplayName("names from the first column with text, number columns are those with only numbers or blanks; a blank row is dropped")
  void columnsAndNames() {
    PrintedTable t = table();
    assertThat(t.namesColumn()).isEqualTo("city");
    assertThat(t.names(null)).containsExactly("Boston", "Beijing");
    assertThat(t.names("region")).containsExactly("北美", "亚洲");
    assertThat(t.numberColumns()).containsExactly("rank", "total", "a", "b");
    PrintedColumn total = t.column("total");
    assertThat(total.values()).containsExactly(85.83, 80.1);
    assertThat(total.decimals()).as("the column's longest printed form").isEqualTo(2);
    assertThat(t.column("a").values()[1]).isNaN();
  }

  @Test
  @DisplayName("a cell of a fitted column that is not a number is refused at its sheet address (the blank row counted)")
  void badCellNamed() {
    PrintedTable t = PrintedTable.of("Published", 1, 1, List.of(List.of("city", "p"), List.of("X", "1.5"), List.of("Y", "2,5")));
    assertThatThrownBy(() -> t.column("p")).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).toString()).isEqualTo("Published!C4: \"2,5\" is not a number"));
    assertThatThrownBy(() -> t.column("q")).hasMessageContaining("no column \"q\"; the columns are [city, p]");
  }

  @ParameterizedTest(name = "{0} under {1} → {2}")
  @CsvSource(delimiter = ';', value = {"85.8; 0.00; 85.80", "86; 0.0; 86.0", "85.8333; 0.00; 85.8333", "85.8; General; 85.8",
      "1234.5; '#,##0.00_);[Red](#,##0.00)'; 1234.50", "7.25; '0.0\"分\"'; 7.25", "3; '0.000;-0.000'; 3.000", "0.5; '\\.00'; 0.5"})
  @DisplayName("a number as its format shows it at least: padded to the 0s after the point, never cut (the value holds more than the print)")
  void shown(double value, String format, String text) {
    assertThat(PrintedTable.shown(value, format)).isEqualTo(text);
  }
}
