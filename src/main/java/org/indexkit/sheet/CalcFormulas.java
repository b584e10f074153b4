package org.indexkit.sheet;

import java.util.List;
import org.indexkit.core.Decimals;

/**
 * The formula text of formula mode's steps, each the engine's rule in spreadsheet functions, the operations in the
 * engine's order so the spreadsheet's doubles agree with the engine's to the last bits or nearly. Arguments are cell
 * references and ranges ({@code C5}, {@code C$5:C$40}) and numbers; no text of the user's ever enters a formula.
 * Functions are the ones every spreadsheet reads without a prefix ({@code RANK} is {@code RANK.EQ}, {@code STDEV} is
 * {@code STDEV.S}).
 */
final class CalcFormulas {
  private CalcFormulas() {}

  /** A number as a formula writes it: the shortest decimal that reads back as the same double. */
  static String number(double v) {
    String s = Decimals.plain(v);
    return v < 0 ? "(" + s + ")" : s;
  }

  /**
   * Min-max to [a, b] over the segment {@code range} ({@code MinMax}): {@code a + (b − a)(x − min)/(max − min)}; a cost
   * indicator mirrored, {@code (max − x)} for {@code (−x − min(−x))}; a constant range gives the midpoint.
   */
  static String minMax(String x, String range, double a, double b, boolean cost) {
    String min = "MIN(" + range + ")", max = "MAX(" + range + ")";
    String up = cost ? max + "-" + x : x + "-" + min;
    return "IF(" + max + "=" + min + "," + number((a + b) / 2) + "," + number(a) + "+" + number(b - a) + "*(" + up + ")/(" + max + "-" + min + "))";
  }

  /** Z-score with the sample sd ({@code ZScore}): {@code (x − mean)/sd}, a cost indicator {@code (mean − x)/sd}; sd = 0 gives 0. */
  static String zScore(String x, String range, boolean cost) {
    String mean = "AVERAGE(" + range + ")", sd = "STDEV(" + range + ")";
    return "IF(" + sd + "=0,0,(" + (cost ? mean + "-" + x : x + "-" + mean) + ")/" + sd + ")";
  }

  /** No normalisation: the value, mirrored for a cost indicator under TOPSIS (which compares each column with its own best). */
  static String identity(String x, boolean cost) {
    return cost ? "-" + x : x;
  }

  /** The weighted arithmetic mean {@code Σ w·s}, summed in the children's order. */
  static String arithmetic(List<String> weights, List<String> scores) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < scores.size(); c++) sb.append(c == 0 ? "" : "+").append(weights.get(c)).append("*").append(scores.get(c));
    return sb.toString();
  }

  /** The weighted geometric mean {@code exp Σ w·ln s}. */
  static String geometric(List<String> weights, List<String> scores) {
    StringBuilder sb = new StringBuilder("EXP(");
    for (int c = 0; c < scores.size(); c++) sb.append(c == 0 ? "" : "+").append(weights.get(c)).append("*LN(").append(scores.get(c)).append(")");
    return sb.append(")").toString();
  }

  /**
   * A child's weighted normalised value inside TOPSIS ({@code Topsis}): {@code w·(x − min)/(max − min)} (0 for a constant
   * column), {@code w·x/√Σx²} (0 for a zero column), or with a fixed ideal {@code w·(x − worst)/(best − worst)}.
   */
  static String topsisValue(String w, String x, String range, String norm, Double best, Double worst) {
    if (best != null) return w + "*(" + x + "-" + number(worst) + ")/" + number(best - worst);
    if (norm.equals("min-max")) {
      String min = "MIN(" + range + ")", max = "MAX(" + range + ")";
      return "IF(" + max + "=" + min + ",0," + w + "*((" + x + "-" + min + ")/(" + max + "-" + min + ")))";
    }
    String norm2 = "SQRT(SUMSQ(" + range + "))";
    return "IF(" + norm2 + "=0,0," + w + "*(" + x + "/" + norm2 + "))";
  }

  /** The Euclidean distance {@code √Σ (v − ideal)²} over the children's weighted values; each ideal a cell or an expression. */
  static String distance(List<String> values, List<String> ideals) {
    StringBuilder sb = new StringBuilder("SQRT(");
    for (int c = 0; c < values.size(); c++) sb.append(c == 0 ? "" : "+").append("(").append(values.get(c)).append("-").append(ideals.get(c)).append(")^2");
    return sb.append(")").toString();
  }

  /** TOPSIS closeness {@code D⁻/(D⁺ + D⁻)}, 0.5 where both are 0. */
  static String closeness(String plus, String minus) {
    return "IF(" + plus + "+" + minus + "=0,0.5," + minus + "/(" + plus + "+" + minus + "))";
  }

  /**
   * The entropy divergence {@code 1 − e} of a column ({@code EntropyWeights}): {@code p = x/Σx},
   * {@code e = −Σ p ln p / ln n} with 0·ln 0 = 0 (the {@code (x=0)} term makes ln's argument 1 where p = 0); an all-zero
   * column has none. With {@code shift}, a column with a value below 0 is first moved up by |min| + 0.01.
   */
  static String divergence(String range, int n, boolean shift) {
    String x = shift ? "(" + range + "+IF(MIN(" + range + ")<0,-MIN(" + range + ")+0.01,0))" : range;
    String sum = shift ? "SUMPRODUCT(" + x + ")" : "SUM(" + range + ")";
    String p = x + "/" + sum;
    return "IF(" + sum + "=0,0,1+SUMPRODUCT(" + p + ",LN(" + p + "+(" + x + "=0)))/LN(" + n + "))";
  }

  /** A share of its siblings' total, equal shares when they total 0 ({@code ObjectiveWeights.share}). */
  static String share(String own, String siblings, int count) {
    return "IF(SUM(" + siblings + ")>0," + own + "/SUM(" + siblings + ")," + number(1.0 / count) + ")";
  }

  /** The competition rank, ties sharing the best ({@code CompetitionRanking}): larger is better. */
  static String rank(String x, String range) {
    return "RANK(" + x + "," + range + ",0)";
  }

  /** Fixed thresholds, descending ({@code ThresholdTiers}): one tier more for each threshold the score is below. */
  static String thresholdTier(String x, List<Double> thresholds) {
    StringBuilder sb = new StringBuilder("1");
    for (double t : thresholds) sb.append("+(").append(x).append("<").append(number(t)).append(")");
    return sb.toString();
  }
}
