package org.indexkit.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed texts of the Audit and Provenance messages in Chinese: the statistical audit's checks as whole sentences (the
 * codes and numbers carried over), then the method-variant phrases (step names, the ranking rule, the common methods'
 * formulas in words). A phrase not listed stays as computed, so a message may mix the two languages; formulas, codes,
 * numbers and the user's names are never changed.
 */
final class ChineseMessages {
  private ChineseMessages() {}

  private record Sentence(Pattern pattern, String chinese) {}

  /** Whole messages with their codes and numbers as groups. */
  private static final List<Sentence> SENTENCES = List.of(
      sentence("\"(.+)\" \\((\\d+) indicators\\): Cronbach's alpha ([-\\d.NaN]+), first principal component ([\\d.]+)% of the variance",
          "\"$1\"（$2 个指标）：Cronbach's α 为 $3，第一主成分解释 $4% 的方差"),
      sentence("\"(.+)\" has skewness (\\S+) and kurtosis (\\S+): consider an outlier treatment", "\"$1\" 的偏度为 $2、峰度为 $3：建议进行异常值处理"),
      sentence("\"(.+)\": Cronbach's alpha (\\S+) is below 0\\.7, its indicators are not consistent",
          "\"$1\"：Cronbach's α 为 $2，低于 0.7，其指标内部一致性不足"),
      sentence("\"(.+)\" and \"(.+)\" correlate at r = (\\S+) \\(> (\\S+)\\): they may count the same thing twice",
          "\"$1\" 与 \"$2\" 的相关系数 r = $3（> $4）：可能重复计量同一内容"),
      sentence("\"(.+)\" and \"(.+)\" correlate at r = (\\S+) \\(\\|r\\| > (\\S+)\\): one mirrors the other",
          "\"$1\" 与 \"$2\" 的相关系数 r = $3（|r| > $4）：二者互为镜像"),
      sentence("No warnings: every indicator varied, every weight was complete\\.", "无警告：每个指标均有变异，权重完整。"));

  /** Phrases of the method variants, longest first where one contains another. */
  private static final Map<String, String> PHRASES = phrases();

  private static Map<String, String> phrases() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("descending competition ranking (1, 2, 2, 4): ties share the best rank; ranks from unrounded scores",
        "降序竞争排名（1, 2, 2, 4）：并列者取最好名次；按未舍入的得分排名");
    m.put("cost indicators (−) mirrored as x → −x before normalising, e.g. min-max gives (max − x)/(max − min)",
        "逆向指标（−）在标准化前取 x → −x，如极差法得 (max − x)/(max − min)");
    m.put("fixed per level; a node without weight takes an equal share of what its siblings leave; sibling weights not summing to 1 "
        + "are renormalised (warned)", "逐层给定权重；未给权重的节点平分同级剩余的权重；同级权重之和不为 1 时重新归一（并警告）");
    m.put("none: values used as given (already on a common scale)", "不处理：直接使用原值（已在同一尺度上）");
    m.put("none allowed (impute = none)", "不允许缺失（impute = none）");
    m.put("each Group normalised, rescaled, ranked and tiered on its own", "每个分组单独标准化、转换、排名并划分梯队");
    m.put("each Year scored on its own", "每年单独计算");
    m.put("; from the normalised values", "；由标准化值计算");
    m.put("; computed per league and year, ", "；按分组和年份计算，");
    m.put("within each dimension (the levels above keep the tree's weights)", "在每个维度内计算（上层保留指标体系的权重）");
    m.put("across all indicators (a dimension weighs the sum of its indicators)", "跨全部指标计算（维度权重为其指标权重之和）");
    m.put("weighted arithmetic mean Σ w·s", "加权算术平均 Σ w·s");
    m.put("weighted geometric mean Π s^w (scores must be > 0)", "加权几何平均 Π s^w（得分须 > 0）");
    m.put("z-score with sample sd (n − 1)", "Z 分数标准化（样本标准差，n − 1）");
    m.put(", level by level", "，逐层合成");
    m.put("TOPSIS closeness", "TOPSIS 贴近度");
    m.put("min-max to [", "极差标准化到 [");
    for (String[] step : new String[][] {{"normalise", "标准化"}, {"direction", "指标方向"}, {"weights", "权重"}, {"aggregate", "合成"},
        {"rescale", "转换"}, {"rank", "排名"}, {"tiers", "梯队"}, {"stars", "星级"}, {"leagues", "分组"}, {"types", "类型"}, {"panel", "面板"},
        {"outliers", "异常值"}, {"missing values", "缺失值"}, {"impute", "插补"}})
      m.put(step[0] + ": ", step[1] + "：");
    return m;
  }

  private static Sentence sentence(String regex, String chinese) {
    return new Sentence(Pattern.compile(regex), chinese);
  }

  /** The message in Chinese as far as its fixed texts go. */
  static String text(String message) {
    for (Sentence s : SENTENCES) {
      Matcher m = s.pattern().matcher(message);
      if (m.matches()) return m.replaceFirst(s.chinese());
    }
    String t = message;
    for (var p : PHRASES.entrySet())
      if (p.getKey().endsWith(": ")) { // a step's name starts the message
        if (t.startsWith(p.getKey())) t = p.getValue() + t.substring(p.getKey().length());
      } else t = t.replace(p.getKey(), p.getValue());
    return t;
  }
}
