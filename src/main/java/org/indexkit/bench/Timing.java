package org.indexkit.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Wall-clock timings of a piece of work in a warm JVM: {@code warmups} untimed runs (the JIT compiles
 * the hot paths), then {@code runs} timed ones; the median is the figure reported, min and max beside it.
 */
public record Timing(double[] millis) {

  public interface Work {
    void run() throws Exception;
  }

  public static Timing of(int warmups, int runs, Work work) throws Exception {
    for (int i = 0; i < warmups; i++) work.run();
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    return new Timing(ms);
  }

  public double median() {
    double[] s = millis.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  public double min() {
    return Arrays.stream(millis).min().orElse(Double.NaN);
  }

  public double max() {
    return Arrays.stream(millis).max().orElse(Double.NaN);
  }

  /** "12.3 ms (min 11.9, max 14.0, 9 runs)". */
  public String describe() {
    return String.format(Locale.ROOT, "%s ms (min %s, max %s, %d runs)", ms(median()), ms(min()), ms(max()), millis.length);
  }

  static String ms(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
