package org.indexkit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {
  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', value = {"12|12", " -3.5 |-3.5", "1e3|1000", "'1,234.5'|1234.5", "１２３．５|123.5", "−2|-2", ".5|0.5"})
  void numbers(String text, double expected) {
    assertThat(CellText.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is missing")
  @ValueSource(strings = {"", " ", "-", "—", "N/A", "na", "#N/A", "无数据"})
  void missing(String text) {
    assertThat(CellText.parse(text)).isNaN();
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"12,3", "abc", "1.2.3", "12 345", "1e999"})
  void refused(String text) {
    assertThatThrownBy(() -> CellText.parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text);
  }

  @ParameterizedTest(name = "\"{0}\" reads as the fraction {1}")
  @CsvSource(delimiter = '|', value = {"12%|0.12", " 12 % |0.12", "１２％|0.12", "-3.5%|-0.035", "'1,250%'|12.5", "100%|1"})
  void percentages(String text, double expected) {
    assertThat(CellText.parse(text)).isEqualTo(expected);
    assertThat(CellText.isPercent(text)).isTrue();
  }

  @ParameterizedTest(name = "Excel's error value \"{0}\" is missing, as the same cell in a workbook is")
  @ValueSource(strings = {"#NUM!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NULL!", "#N/A", "#SPILL!", "#CALC!"})
  void excelErrors(String text) {
    assertThat(CellText.parse(text)).isNaN();
  }

  @ParameterizedTest(name = "\"{0}\" is not a percentage")
  @ValueSource(strings = {"%", "12%%", "abc%", "12"})
  void notPercentages(String text) {
    assertThat(CellText.isPercent(text)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void percentagesAreTheDoubleOfTheirDecimal() {
    // 84.9/100 is 0.8490000000000001; moving the decimal point first gives the double nearest 0.849, printed as such
    assertThat(CellText.parse("84.9%")).isEqualTo(0.849);
    assertThat(org.indexkit.core.Decimals.plain(CellText.parse("84.9%"))).isEqualTo("0.849");
    assertThat(org.indexkit.core.Decimals.plain(0.001)).isEqualTo("0.001");
    assertThat(org.indexkit.core.Decimals.plain(200.0)).isEqualTo("200");
    assertThat(org.indexkit.input.SheetCell.text(new org.indexkit.input.SheetCell.Percent(0.849))).isEqualTo("84.9%");
  }

  @org.junit.jupiter.api.Test
  void didYouMean() {
    assertThat(org.indexkit.core.Suggest.closest("higher_educaton", java.util.List.of("basic_education", "higher_education"))).isEqualTo("higher_education");
    assertThat(org.indexkit.core.Suggest.closest("normalize", java.util.List.of("normalise", "weights", "tiers"))).isEqualTo("normalise");
    assertThat(org.indexkit.core.Suggest.closest("banana", java.util.List.of("normalise", "weights"))).isNull();
  }
}
