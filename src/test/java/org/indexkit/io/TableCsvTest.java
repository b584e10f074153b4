package org.indexkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TableCsvTest {
  @Test
  @DisplayName("header, entity column, Group and Year found by header, the rest indicators")
  void layout() {
    LocatedTable t = TableCsv.read("data.csv", "City,Year,gdp,Group,patents\nA,2023,1,main,2\nB,2023,\"1,234.5\",mini,NA\n");
    assertThat(t.table().indicators()).containsExactly("gdp", "patents");
    assertThat(t.table().years()).containsExactly(2023, 2023);
    assertThat(t.table().groups()).containsExactly("main", "mini");
    assertThat(t.table().value(1, 0)).isEqualTo(1234.5);
    assertThat(t.table().value(1, 1)).isNaN();
    // engine problems are located on the sheet: indicator 1 ("patents") is column E
    assertThat(t.layout().locate(Problem.at("x", "m", 1, 1)).cell()).isEqualTo("data.csv!E3");
  }

  @Test
  @DisplayName("every value that is not a number is named by its cell, all at once")
  void badCells() {
    assertThatThrownBy(() -> TableCsv.read("data.csv", "City,a,b,c\nA,1,2,3\nB,1,2,x\nC,1,2,3\nD,1,2,\"12,3\"\n"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("data.csv!D3: \"x\" is not a number", "data.csv!D5: \"12,3\" is not a number"));
  }

  @Test
  @DisplayName("duplicate entities are reported at the entity cell")
  void duplicateEntity() {
    assertThatThrownBy(() -> TableCsv.read("d.csv", "City,a\nA,1\nA,2\n"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problems().get(0).cell()).isEqualTo("d.csv!A3"));
  }
}
