package org.indexkit.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Reliability finding H1: the old number pattern {@code \d+\.?\d*} could match a run of digits in
 * many ways, so {@code "1…1x"} cost time quadratic in its length (80,000 characters: 75 s). These
 * tests count operations, not seconds: every character the patterns read goes through a counting
 * {@link CharSequence}, and the count must stay within a constant times the length.
 */
class CellTextLinearTest {
  /** A text that counts how often the regex engine reads one of its characters. */
  static final class Counting implements CharSequence {
    final String s;
    long reads;

    Counting(String s) {
      this.s = s;
    }

    @Override public int length() { return s.length(); }
    @Override public char charAt(int i) { reads++; return s.charAt(i); }
    @Override public CharSequence subSequence(int a, int b) { return s.subSequence(a, b); }
    @Override public String toString() { return s; }
  }

  /** Numeric-looking text: runs of digits, separators, exponents and signs, often spoilt by one wrong character. */
  static String numericLooking(Random r, int length) {
    String alphabet = "0123456789000111.,eE+-";
    StringBuilder sb = new StringBuilder(length);
    int shape = r.nextInt(4);
    while (sb.length() < length) {
      switch (shape) {
        case 0 -> sb.append('1');                                  // 111…1
        case 1 -> sb.append(sb.length() % 4 == 0 ? ',' : '7');      // 777,777,…
        case 2 -> sb.append(r.nextInt(10) < 9 ? (char) ('0' + r.nextInt(10)) : '.');
        default -> sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
    }
    if (r.nextBoolean()) sb.setCharAt(length - 1, 'x');
    return sb.toString();
  }

  static long reads(Pattern p, String text) {
    Counting c = new Counting(text);
    p.matcher(c).matches();
    return c.reads;
  }

  @Test
  @Timeout(120)
  @DisplayName("1,000 random numeric-looking texts up to 1 MB: both number patterns read each character a bounded number of times")
  void patternsAreLinear() {
    Random r = new Random(12);
    for (int i = 0; i < 1000; i++) {
      int length = 1 + (int) Math.pow(1_000_000, r.nextDouble()); // lengths spread from 1 to 1,000,000
      String text = numericLooking(r, length);
      for (Pattern p : new Pattern[] {CellText.PLAIN, CellText.THOUSANDS})
        assertThat(reads(p, text)).as("reads of %s on %d characters", p, length).isLessThanOrEqualTo(4L * length + 8);
    }
  }

  @Test
  @DisplayName("ten times the text costs at most ten times the reads (the old pattern: about a hundred times)")
  void tenTimesLonger() {
    for (Pattern p : new Pattern[] {CellText.PLAIN, CellText.THOUSANDS}) {
      long small = reads(p, "1".repeat(10_000) + "x");
      long large = reads(p, "1".repeat(100_000) + "x");
      assertThat(large).isLessThanOrEqualTo(10 * small + 10);
    }
    Pattern old = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    assertThat(reads(old, "1".repeat(2_000) + "x")).as("the old pattern, for contrast")
        .isGreaterThan(50 * reads(old, "1".repeat(200) + "x"));
  }

  @Test
  @Timeout(30)
  @DisplayName("parse refuses a text longer than any number at once, quoting only its start")
  void longTextRefusedQuickly() {
    for (int length : new int[] {401, 80_000, 2_000_000, 10_000_000}) {
      String text = "1".repeat(length - 1) + "x";
      assertThatThrownBy(() -> CellText.parse(text)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not a number (" + length + " characters)")
          .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(120));
    }
    assertThat(CellText.parse("1".repeat(CellText.MAX_NUMBER_CHARS - 300))).isEqualTo(Double.parseDouble("1".repeat(100)));
  }
}
