package org.indexkit.workbook;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.indexkit.core.Indicator;
import org.indexkit.input.Csv;

/**
 * A clearly labelled synthetic example block for templates whose report publishes no data:
 * "Synthetic city 01" …, log-normal values per indicator from a fixed seed, so the template is
 * the same every time it is generated.
 */
final class SyntheticData {
  private SyntheticData() {}

  static String csv(List<Indicator> leaves, int cities, long seed) {
    return csv(leaves, cities, seed, 0);
  }

  /** @param gaps share of cells left empty, to show an imputation step at work */
  static String csv(List<Indicator> leaves, int cities, long seed, double gaps) {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder("City");
    for (Indicator l : leaves) sb.append(',').append(Csv.escape(l.code()));
    sb.append('\n');
    for (int i = 1; i <= cities; i++) {
      sb.append(String.format(Locale.ROOT, "Synthetic city %02d", i));
      double size = rnd.nextGaussian();
      for (int c = 0; c < leaves.size(); c++) {
        double v = 50 * Math.exp(0.4 * size + 0.5 * rnd.nextGaussian());
        sb.append(',');
        if (rnd.nextDouble() >= gaps) sb.append(String.format(Locale.ROOT, "%.2f", v));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
