package org.indexkit.method.tier;

import java.util.List;
import org.indexkit.core.Param;
import org.indexkit.core.StepChoice;
import org.indexkit.method.MethodSpec;
import org.indexkit.method.StepSpec;

/**
 * How scores are cut into ordered tiers, tier 1 the best, registered. Used twice in a recipe: {@code tiers}
 * (labels such as 综合领先型 / 均衡发展型 / 特色追赶型 / 基础追赶型, "Tier 1 …" by default) and {@code stars}
 * (★★★★★★ … ★ by default, seed 001's "六星至一星").
 */
public final class TierRules {
  private TierRules() {}

  public static final long DEFAULT_SEED = 20240101L;

  private static final Param K = Param.integer("k", 4L, 2.0, 50.0, "Number of tiers", "层级数");
  private static final Param LABELS = Param.texts("labels", "Labels, best first", "标签，从高到低");

  public static final StepSpec<TierRule> TIERS = StepSpec.of("tiers", "tiering", "Tiers", "梯队", "none",
      MethodSpec.<TierRule>of("none", "None", "不分层", "No tiers.", "不划分层级。", null),
      MethodSpec.<TierRule>of("quantile", "Quantile bands", "分位数分段", "k bands of equal size by rank; ties share a band.",
          "按排名等分为 k 段；并列者同段。", c -> new QuantileTiers(c.integer("k")), K, LABELS).withRules(TierRules::labelsFit),
      MethodSpec.<TierRule>of("thresholds", "Fixed thresholds", "固定阈值", "Score ≥ first cut-off is tier 1, and so on.",
          "得分不低于第一个阈值为第一层，依此类推。", c -> new ThresholdTiers(c.numbers("thresholds")),
          Param.numbers("thresholds", "Cut-offs, descending", "阈值（从高到低）"), LABELS).withRules(TierRules::thresholdsFit),
      MethodSpec.<TierRule>of("k-means", "k-means clusters", "K均值聚类", "Clusters of the scores with a fixed seed; tier 1 = highest centroid.",
          "对得分做K均值聚类（固定随机种子），质心最高者为第一层。", c -> new KMeansTiers(c.integer("k"), c.whole("seed")), K, LABELS,
          Param.integer("seed", DEFAULT_SEED, null, null, "Random seed", "随机种子")).withRules(TierRules::labelsFit),
      MethodSpec.<TierRule>of("jenks", "Natural breaks (Jenks)", "自然断点法 (Jenks)", "Breaks that minimise the spread within tiers.",
          "使各梯队内部差异最小的断点。", c -> new JenksTiers(c.integer("k")), K, LABELS).withRules(TierRules::labelsFit),
      MethodSpec.<TierRule>of("ward", "Hierarchical (Ward)", "层次聚类 (Ward)", "Agglomerative clustering with Ward's linkage.",
          "Ward 离差平方和法的凝聚层次聚类。", c -> new WardTiers(c.integer("k")), K, LABELS).withRules(TierRules::labelsFit),
      MethodSpec.<TierRule>of("profile-k-means", "Profile clusters (k-means)", "画像聚类（K均值）", "k-means of the node's children's scores "
          + "at once (its profile), fixed seed; tier 1 = highest centroid mean.", "对节点各下级得分（画像）同时做K均值聚类（固定随机种子），质心均值最高者为第一层。",
          c -> new ProfileTiers(false, c.integer("k"), c.whole("seed")), K, LABELS,
          Param.integer("seed", DEFAULT_SEED, null, null, "Random seed", "随机种子")).withRules(TierRules::labelsFit),
      MethodSpec.<TierRule>of("profile-ward", "Profile clusters (Ward)", "画像聚类（Ward）", "Ward's clustering of the node's children's "
          + "scores at once (its profile); tier 1 = highest centroid mean.", "对节点各下级得分（画像）同时做 Ward 层次聚类，质心均值最高者为第一层。",
          c -> new ProfileTiers(true, c.integer("k"), 0), K, LABELS).withRules(TierRules::labelsFit));

  public static final StepSpec<TierRule> STARS = TIERS.as("stars", "Star rating", "星级");

  /** How many tiers a resolved choice cuts: k, or one more than the thresholds. */
  public static int levels(StepChoice c) {
    return c.numbers("thresholds") != null ? c.numbers("thresholds").size() + 1 : c.integer("k");
  }

  /** Label of tier t (1 = best): the recipe's, else ★ × (k − t + 1) for stars, else "Tier t". */
  public static String label(StepChoice c, int tier, boolean stars) {
    List<String> labels = c.texts("labels");
    if (labels != null) return labels.get(tier - 1);
    return stars ? "★".repeat(levels(c) - tier + 1) : "Tier " + tier;
  }

  private static StepChoice thresholdsFit(StepChoice c) {
    List<Double> t = c.numbers("thresholds");
    if (t == null || t.isEmpty()) throw new IllegalArgumentException("threshold tiers need a list of cut-offs, e.g. [80, 70, 60]");
    for (int i = 1; i < t.size(); i++)
      if (!(t.get(i) < t.get(i - 1))) throw new IllegalArgumentException("tier thresholds must be strictly descending, got " + t);
    return labelsFit(c);
  }

  private static StepChoice labelsFit(StepChoice c) {
    int k = levels(c);
    List<String> labels = c.texts("labels");
    if (labels != null && labels.size() != k)
      throw new IllegalArgumentException(k + " tiers need " + k + " labels, got " + labels.size() + ": " + labels);
    return c;
  }
}
