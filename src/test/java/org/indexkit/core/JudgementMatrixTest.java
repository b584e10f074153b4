package org.indexkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JudgementMatrixTest {
  static final List<String> KIDS = List.of("talent", "capital", "output");
  static final double[][] FULL = {{1, 3, 5}, {1.0 / 3, 1, 2}, {1.0 / 5, 1.0 / 2, 1}};

  @Test
  @DisplayName("the upper triangle, with or without its diagonal, or the full matrix give the same reciprocal matrix")
  void shapes() {
    for (String text : List.of("3 5; 2", "1 3 5; 1 2; 1", "1 3 5; 1/3 1 2; 1/5 1/2 1", "3, 5\n2", "1 3 5; 0.333 1 2; 0.2 0.5 1"))
      assertThat(JudgementMatrix.parse(text, KIDS).values()).as(text).isDeepEqualTo(FULL);
  }

  @Test
  @DisplayName("a non-reciprocal pair is refused naming both entries and the children they compare")
  void notReciprocal() {
    assertThatThrownBy(() -> JudgementMatrix.parse("1 3 5; 1/3 1 2; 1/5 2 1", KIDS))
        .hasMessage("row 3, column 2 (output compared with capital) is 2 but row 2, column 3 (capital compared with output) is 2; "
            + "the matrix must be reciprocal (a[j][i] = 1/a[i][j], here 0.5), or give only the upper triangle");
  }

  @Test
  @DisplayName("off the 1–9 scale, not a number, a diagonal other than 1, or the wrong shape: each refused in words")
  void refusals() {
    assertThatThrownBy(() -> JudgementMatrix.parse("12 5; 2", KIDS))
        .hasMessage("row 1, column 2 (talent compared with capital) is 12, outside Saaty's scale from 1/9 to 9");
    assertThatThrownBy(() -> JudgementMatrix.parse("3 five; 2", KIDS))
        .hasMessage("row 1, column 3 (talent compared with output): \"five\" is not a number or a fraction such as 1/3");
    assertThatThrownBy(() -> JudgementMatrix.parse("2 3 5; 1 2; 1", KIDS))
        .hasMessage("row 1, column 1 (talent compared with talent) is 2; a child compared with itself is 1");
    assertThatThrownBy(() -> JudgementMatrix.parse("3 5 7; 2", KIDS)).hasMessageStartingWith("the judgements have rows of [3, 1] entries; "
        + "for 3 children give the upper triangle (rows of 2, 1 entries), with its diagonal (3, 2, 1) or the full 3 × 3 matrix");
    assertThatThrownBy(() -> JudgementMatrix.parse("0 5; 2", KIDS)).hasMessageContaining("outside Saaty's scale");
  }
}
