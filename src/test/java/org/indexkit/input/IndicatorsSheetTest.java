package org.indexkit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.indexkit.core.Direction;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IndicatorsSheetTest {
  @Test
  @DisplayName("Indicators-sheet layout: any column order, weights as decimals, percentages or fractions")
  void reads() {
    IndicatorTree t = IndicatorsSheet.readCsv("tree.csv", "Parent,Code,Weight,Direction,Transform\n,idx,,,\nidx,a,2/15,+,log\nidx,b,35%,-,\nidx,c,0.5167,,\n", c -> c);
    assertThat(t.root().code()).isEqualTo("idx");
    assertThat(t.get("a").weight()).isCloseTo(2.0 / 15, within(1e-15));
    assertThat(t.get("b").weight()).isCloseTo(0.35, within(1e-15));
    assertThat(t.get("b").direction()).isEqualTo(Direction.COST);
    assertThat(t.get("a").transform().toString()).isEqualTo("log");
  }

  @Test
  @DisplayName("bad cells are named: tree.csv!C3 for a direction that is neither + nor -")
  void badCells() {
    assertThatThrownBy(() -> IndicatorsSheet.readCsv("tree.csv", "Code,Parent,Direction,Weight\nidx,,,\na,idx,up,x\n", c -> c))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
            .containsExactly("tree.csv!D3: \"x\" is not a number"));
    assertThatThrownBy(() -> IndicatorsSheet.readCsv("tree.csv", "Code,Parent,Direction\nidx,,\na,idx,up\n", c -> c))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).toString())
            .isEqualTo("tree.csv!C3: direction \"up\" is not + or - (benefit or cost)"));
  }

  @Test
  @DisplayName("goalposts: Lower and Upper read as numbers; a word or Upper ≤ Lower refused at its cell")
  void goalposts() {
    IndicatorTree t = IndicatorsSheet.readCsv("tree.csv", "Code,Parent,Lower,Upper\nidx,,,\nle,idx,20,85\n", c -> c);
    assertThat(t.get("le").lower()).isEqualTo(20.0);
    assertThat(t.get("le").upper()).isEqualTo(85.0);
    assertThatThrownBy(() -> IndicatorsSheet.readCsv("tree.csv", "Code,Parent,Lower,Upper\nidx,,,\nle,idx,low,85\n", c -> c))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).toString())
            .isEqualTo("tree.csv!C3: \"low\" is not a number"));
    assertThatThrownBy(() -> IndicatorsSheet.readCsv("tree.csv", "Code,Parent,Lower,Upper\nidx,,,\nle,idx,85,20\n", c -> c))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).toString())
            .isEqualTo("tree.csv!D3: goalposts need Upper > Lower, got Lower 85.0 and Upper 20.0"));
  }

  @Test
  @DisplayName("structural errors: unknown parent, two roots, cycles")
  void structure() {
    assertThatThrownBy(() -> IndicatorsSheet.readCsv("t.csv", "Code,Parent\nidx,\na,nowhere\n", c -> c)).hasMessageContaining("\"nowhere\"");
    assertThatThrownBy(() -> IndicatorsSheet.readCsv("t.csv", "Code,Parent\nidx,\nother,\n", c -> c)).hasMessageContaining("2 roots");
    assertThatThrownBy(() -> IndicatorsSheet.readCsv("t.csv", "Code,Parent\nidx,\na,b\nb,a\n", c -> c)).hasMessageContaining("cycle");
  }
}
