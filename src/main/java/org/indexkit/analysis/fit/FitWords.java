package org.indexkit.analysis.fit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A fit's verdict and the printed weights' comparison in words, English and Chinese: what the Fit sheet and the CLI say. */
public final class FitWords {
  private FitWords() {}

  /** The verdict with its evidence, and a warning when the table does not determine the weights. */
  public static String verdict(PublishedFit.Result r, boolean chinese) {
    String words = verdictOnly(r, chinese);
    if (r.determined()) return words;
    return words + (chinese ? "权重不唯一：子项各列线性相关，其他权重同样成立。"
        : " The weights are not unique: the children's columns are linearly dependent, so other weights fit as well.");
  }

  private static String verdictOnly(PublishedFit.Result r, boolean chinese) {
    String children = String.join(chinese ? "、" : ", ", r.children());
    PublishedFit.Fit v = r.verdict();
    if (v == null) {
      PublishedFit.Fit b = r.best();
      return chinese
          ? String.format(Locale.ROOT, "%s：没有一种形式能在舍入误差内复现；最接近的是%s，最大残差 %.4f（%s）。", r.parent(), b.variant().wordsZh,
              b.maxResidual(), b.worst().get(0))
          : String.format(Locale.ROOT, "%s: no variant fits within rounding; the closest, the %s, misses by %.4f (%s).", r.parent(),
              b.variant().words, b.maxResidual(), b.worst().get(0));
    }
    PublishedFit.Fit shown = r.shown();
    String weights = weights(r, chinese);
    double bound = java.util.Arrays.stream(shown.bounds()).max().orElse(0);
    String affine = v.variant() == FitVariant.AFFINE ? String.format(Locale.ROOT, chinese ? "，截距 %.6f" : ", intercept %.6f", v.intercept()) : "";
    return chinese
        ? String.format(Locale.ROOT, "%s 是 %s 的%s，%s %s%s：%d 行全部在舍入误差内（最大残差 %.4f，界限 %.4f）。", r.parent(), children,
            v.variant().wordsZh, v.variant() == FitVariant.AFFINE ? "斜率" : "权重", weights, affine, r.rows().size(), shown.maxResidual(), bound)
        : String.format(Locale.ROOT, "%s is %s %s of %s, %s %s%s: all %d rows within rounding (max residual %.4f, bound %.4f).", r.parent(),
            "aeiou".indexOf(v.variant().words.charAt(0)) >= 0 ? "an" : "a", v.variant().words, children, v.variant() == FitVariant.AFFINE ? "slopes" : "weights", weights, affine, r.rows().size(),
            shown.maxResidual(), bound);
  }

  /** The report's own weights against the fit, null when it printed none. */
  public static String printed(PublishedFit.Result r, double[] printedWeights, boolean chinese) {
    if (r.printed() == null) return null;
    PublishedFit.Fit p = r.printed();
    String given = java.util.Arrays.stream(printedWeights).mapToObj(FitWords::number).collect(Collectors.joining(chinese ? "、" : ", "));
    String verdict = p.withinRounding() ? (chinese ? "在舍入误差内复现" : "reproduce the parent within rounding")
        : String.format(Locale.ROOT, chinese ? "最大偏差 %.2f（%s），不成立" : "miss by %.2f (%s): rejected", p.maxResidual(), p.worst().get(0));
    return chinese ? String.format(Locale.ROOT, "报告给出的权重 %s：%s。", given, verdict)
        : String.format(Locale.ROOT, "The printed weights %s %s.", given, verdict);
  }

  /** The verdict's weights (slopes) as the words give them: the snapped fractions, else 6 decimals; the closest fit's without a verdict. */
  public static String weights(PublishedFit.Result r, boolean chinese) {
    String sep = chinese ? "、" : ", ";
    if (r.snapped() != null) return r.snapped().stream().map(Object::toString).collect(Collectors.joining(sep));
    return java.util.Arrays.stream(r.best().weights()).mapToObj(w -> String.format(Locale.ROOT, "%.6f", w)).collect(Collectors.joining(sep));
  }

  private static String number(double w) {
    return java.math.BigDecimal.valueOf(w).stripTrailingZeros().toPlainString();
  }

  /**
   * The report's order against the refit's: the ranks it prints ({@code published}, null to rank the printed scores, ties
   * sharing the best rank) against the refit's unrounded ranks; the rows whose rank differs named (at most five), and
   * whether the fit is within rounding, when the printed rounding alone decides such swaps.
   */
  public static String ranks(PublishedFit.Fit f, List<String> rows, int[] published, boolean chinese) {
    int[] printed = published != null ? published : f.printedRanks(), refit = f.refitRanks();
    String theirs = published != null ? (chinese ? "公布" : "published") : (chinese ? "报告" : "printed");
    List<String> differ = new java.util.ArrayList<>();
    for (int i = 0; i < printed.length; i++)
      if (printed[i] != refit[i])
        differ.add(String.format(Locale.ROOT, chinese ? "%s（%s %d，复算 %d）" : "%s (%s %d, refit %d)", rows.get(i), theirs, printed[i], refit[i]));
    String against = published != null ? (chinese ? "与公布的排名相比" : " against the published ranks") : "";
    if (differ.isEmpty())
      return chinese ? String.format(Locale.ROOT, "排名%s：%d 行的复算排名与报告完全一致。", against, printed.length)
          : String.format(Locale.ROOT, "Rank order%s: the refit ranks all %d rows as %s.", against, printed.length, theirs);
    String named = String.join(chinese ? "、" : ", ", differ.subList(0, Math.min(5, differ.size())))
        + (differ.size() > 5 ? String.format(Locale.ROOT, chinese ? " 等 %d 行" : " and %d more", differ.size() - 5) : "");
    return chinese
        ? String.format(Locale.ROOT, "排名%s：%d 行中有 %d 行的复算排名与报告不同：%s%s。", against, printed.length, differ.size(), named,
            f.withinRounding() ? "；复算在舍入误差内，这些差别可由舍入解释" : "")
        : String.format(Locale.ROOT, "Rank order%s: %d of %d rows rank differently in the refit: %s%s.", against, differ.size(), printed.length, named,
            f.withinRounding() ? "; the refit is within rounding, so rounding alone explains these" : "");
  }

  /** Why a node was not fitted, without its name: the columns the table lacks, or the reason (in English only). */
  public static String skipped(TreeFit.Skipped s, boolean chinese) {
    if (s.missing().isEmpty()) return (chinese ? "未拟合：" : "not fitted: ") + s.why();
    return chinese ? "未拟合：表中没有 " + String.join("、", s.missing()) + " 列" : "not fitted: the table prints no " + String.join(", ", s.missing());
  }

  /** Groups of rows that print the same parent score: the ties a reader sees. */
  public static List<List<String>> ties(double[] parent, List<String> rows) {
    java.util.Map<Double, List<String>> by = new java.util.LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) if (!Double.isNaN(parent[i])) by.computeIfAbsent(parent[i], k -> new java.util.ArrayList<>()).add(rows.get(i));
    return by.values().stream().filter(g -> g.size() > 1).toList();
  }
}
