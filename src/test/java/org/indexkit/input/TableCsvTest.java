package org.indexkit.input;

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

  @Test
  @DisplayName("issue 13: percent text is read as a fraction and Excel's error values as missing, each listed with its cell")
  void percentTextAndExcelErrors() {
    LocatedTable t = TableCsv.read("d.csv", "City,share,x\nA,12%,#DIV/0!\nB,7.5 %,3\nC,0%,#NUM!\n");
    assertThat(t.table().value(0, 0)).isEqualTo(0.12);
    assertThat(t.table().value(1, 0)).isEqualTo(0.075);
    assertThat(t.table().value(0, 1)).isNaN();
    assertThat(t.table().value(2, 1)).isNaN();
    assertThat(t.notes()).contains("d.csv!B2: \"12%\" (a percentage) read as 0.12", "d.csv!C2: \"#DIV/0!\" read as missing",
        "d.csv!C4: \"#NUM!\" read as missing");
    assertThat(DataSheet.percentages(t.notes())).isEqualTo(3);
  }
}
