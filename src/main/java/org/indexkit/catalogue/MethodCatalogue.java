package org.indexkit.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.indexkit.core.Aggregation;
import org.indexkit.core.Choice;
import org.indexkit.core.Imputation;
import org.indexkit.core.Indicator;
import org.indexkit.core.Normalisation;
import org.indexkit.core.Recipe;
import org.indexkit.core.Rescale;
import org.indexkit.core.Tiering;
import org.indexkit.core.Treatment;
import org.indexkit.core.Version;
import org.indexkit.core.Weighting;
import org.indexkit.preset.Preset;
import org.indexkit.preset.Presets;

/**
 * Every recipe step, option, parameter and preset, with labels in English and 简体中文: the one
 * source the task pane builds its menus from ({@code GET /api/v1/methods}). Step and parameter ids
 * are the Recipe's JSON field names, so a choice in the pane is a recipe field as is.
 */
public final class MethodCatalogue {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Parameter(String id, String type, Object defaultValue, Double min, Double max, Label label) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Option(String id, Label label, Label description, List<Parameter> parameters) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Step(String id, Label label, String type, Object defaultValue, List<Option> options) {}

  public record PresetEntry(String id, Label title, String source, List<String> notes, Recipe recipe, List<Indicator> tree) {}

  public record Catalogue(String version, List<Step> steps, List<PresetEntry> presets) {}

  private MethodCatalogue() {}

  public static Catalogue get() {
    return new Catalogue(Version.get(), STEPS, Presets.all().stream().map(MethodCatalogue::entry).toList());
  }

  private static PresetEntry entry(Preset p) {
    return new PresetEntry(p.id(), Label.of(p.title(), p.titleZh()), p.source(), p.notes(), p.recipe(), p.tree().nodes());
  }

  private static final Parameter DROP = new Parameter("maxMissingShare", "number", 1.0, 0.0, 1.0,
      Label.of("Drop entities missing more than this share", "剔除缺失比例高于此值的对象"));

  private static final Parameter SCOPE = new Parameter("scope", "choice:within-dimension|all-indicators", "within-dimension", null, null,
      Label.of("Weigh within each dimension or across all indicators", "在各维度内赋权或在全部指标间赋权"));
  private static final Parameter ON = new Parameter("on", "choice:normalised|raw", Weighting.Basis.NORMALISED.label(), null, null,
      Label.of("Derive from the normalised values or the raw values", "基于标准化后的数据或原始数据赋权"));

  private static Parameter number(String id, double dflt, Double min, Double max, String en, String zh) {
    return new Parameter(id, "number", dflt, min, max, Label.of(en, zh));
  }

  private static Option option(Choice c, String en, String zh, String descEn, String descZh, Parameter... params) {
    return new Option(c.label(), Label.of(en, zh), Label.of(descEn, descZh), params.length == 0 ? null : List.of(params));
  }

  private static List<Option> tierOptions(String defaultLabelsEn, String defaultLabelsZh) {
    Parameter k = new Parameter("k", "integer", 4, 2.0, 50.0, Label.of("Number of tiers", "层级数"));
    Parameter labels = new Parameter("labels", "text-list", null, null, null, Label.of("Labels, best first (" + defaultLabelsEn + ")", "标签，从高到低（" + defaultLabelsZh + "）"));
    return List.of(
        option(Tiering.Method.NONE, "None", "不分层", "No tiers.", "不划分层级。"),
        option(Tiering.Method.QUANTILE, "Quantile bands", "分位数分段", "k bands of equal size by rank; ties share a band.",
            "按排名等分为 k 段；并列者同段。", k, labels),
        option(Tiering.Method.THRESHOLDS, "Fixed thresholds", "固定阈值", "Score ≥ first cut-off is tier 1, and so on.",
            "得分不低于第一个阈值为第一层，依此类推。",
            new Parameter("thresholds", "number-list", null, null, null, Label.of("Cut-offs, descending", "阈值（从高到低）")), labels),
        option(Tiering.Method.KMEANS, "k-means clusters", "K均值聚类", "Clusters of the scores with a fixed seed; tier 1 = highest centroid.",
            "对得分做K均值聚类（固定随机种子），质心最高者为第一层。", k,
            new Parameter("seed", "integer", Tiering.DEFAULT_SEED, null, null, Label.of("Random seed", "随机种子")), labels),
        option(Tiering.Method.JENKS, "Natural breaks (Jenks)", "自然断点法 (Jenks)", "Breaks that minimise the spread within tiers.",
            "使各梯队内部差异最小的断点。", k, labels),
        option(Tiering.Method.WARD, "Hierarchical (Ward)", "层次聚类 (Ward)", "Agglomerative clustering with Ward's linkage.",
            "Ward 离差平方和法的凝聚层次聚类。", k, labels));
  }

  private static final List<Step> STEPS = List.of(
      new Step("impute", Label.of("Missing values", "缺失值处理"), "choice", Imputation.Method.NONE.label(), List.of(
          option(Imputation.Method.NONE, "None (list the missing cells)", "不插补（列出缺失单元格）", "Every missing cell is an error naming it.",
              "每个缺失单元格都报错并给出位置。"),
          option(Imputation.Method.MEAN, "Column mean", "均值插补", "The mean of the indicator's observed values.", "用该指标观测值的均值填补。", DROP),
          option(Imputation.Method.MEDIAN, "Column median", "中位数插补", "The median of the indicator's observed values.", "用该指标观测值的中位数填补。", DROP),
          option(Imputation.Method.GROUP_MEAN, "Group mean", "组内均值", "The mean within the entity's Group.", "用同组均值填补（需要 Group 列）。", DROP),
          option(Imputation.Method.GROUP_MEDIAN, "Group median", "组内中位数", "The median within the entity's Group.", "用同组中位数填补（需要 Group 列）。", DROP),
          option(Imputation.Method.KNN, "k nearest neighbours", "K近邻插补", "Mean of the k most similar entities (standardised distance).",
              "用最相似的 k 个对象的均值填补（标准化距离）。", new Parameter("k", "integer", 5, 1.0, 50.0, Label.of("Neighbours k", "近邻数 k")), DROP),
          option(Imputation.Method.MICE, "MICE (chained equations)", "多重插补 (MICE)", "Chained regressions with predictive mean matching, "
              + "m imputations from a fixed seed, averaged.", "链式回归 + 预测均值匹配，固定随机种子生成 m 次插补并取平均。",
              new Parameter("m", "integer", 5, 1.0, 100.0, Label.of("Imputations m", "插补次数 m")),
              new Parameter("iterations", "integer", 10, 1.0, 200.0, Label.of("Cycles", "迭代次数")),
              new Parameter("seed", "integer", 20240101L, null, null, Label.of("Random seed", "随机种子")), DROP),
          option(Imputation.Method.SUBSTITUTE, "Substitute from a column", "替代值填补", "A missing cell of column X takes column "
              + "\"X substitute\" (e.g. a national, state or last year's value); flagged in Audit.",
              "X 列缺失时取“X substitute”列的值（如全国、省级或上年数据），并在审计表中标注。",
              new Parameter("suffix", "text", " substitute", null, null, Label.of("Suffix of the substitute columns", "替代列的后缀"))))),
      new Step("outliers", Label.of("Outliers", "极值处理"), "choice", Treatment.Method.NONE.label(), List.of(
          option(Treatment.Method.NONE, "None", "不处理", "Values used as they are.", "保留原值。"),
          option(Treatment.Method.WINSORISE, "Winsorise by quantile", "分位数缩尾", "Values outside the quantiles are set to them.",
              "超出分位数的值设为分位数。", number("lower", 0.05, 0.0, 0.5, "Lower quantile", "下分位数"),
              number("upper", 0.95, 0.5, 1.0, "Upper quantile", "上分位数")),
          option(Treatment.Method.COINR, "COINr rule", "COINr 规则", "|skew| ≥ 2 and kurtosis ≥ 3.5: winsorise up to 5 points, "
              + "else log the original values, ln(x − min + 0.01·(max − min)) (COINr's log_CT; ct: the COIN Tool's ln x).",
              "偏度绝对值 ≥ 2 且峰度 ≥ 3.5 时缩尾最多 5 个点，否则对原值取对数 ln(x − min + 0.01·(max − min))（ct：COIN Tool 的 ln x）。",
              new Parameter("maxPoints", "integer", 5, 1.0, 50.0, Label.of("Points to winsorise at most", "最多缩尾点数")),
              new Parameter("log", "choice:coinr|ct", Treatment.Log.COINR.label(), null, null,
                  Label.of("Log step: coinr or ct (COIN Tool)", "对数步骤：coinr 或 ct（COIN Tool）"))),
          option(Treatment.Method.LOG, "Log", "对数变换", "ln x (shifted when values ≤ 0).", "取自然对数（有非正值时平移）。"),
          option(Treatment.Method.BOX_COX, "Box–Cox", "Box–Cox 变换", "Power transform with λ by maximum likelihood.", "按最大似然选择 λ 的幂变换。"))),
      new Step("normalise", Label.of("Normalisation", "标准化"), "choice", Normalisation.Method.MIN_MAX.label(), List.of(
          option(Normalisation.Method.MIN_MAX, "Min-max", "极差标准化 (min-max)",
              "a + (b − a)(x − min)/(max − min); cost indicators reversed. SET 2024 uses [60, 100].",
              "a + (b − a)(x − min)/(max − min)，逆向指标取反。SET 2024 采用 [60, 100]。",
              number("min", 0, null, null, "Lowest score a", "最低分 a"), number("max", 1, null, null, "Highest score b", "最高分 b")),
          option(Normalisation.Method.Z_SCORE, "Z-score", "Z分数标准化", "(x − mean)/sd with the sample sd (n − 1). GIHI 2023.",
              "(x − 均值)/样本标准差 (n − 1)。GIHI 2023 采用。"),
          option(Normalisation.Method.PERCENTILE, "Percentile rank", "百分位排名", "Share of entities below, 0 to 1; robust to outliers.",
              "低于该值的城市占比，0 到 1；不受极端值影响。"),
          option(Normalisation.Method.TARGET, "Distance to target", "目标距离法", "(x − min)/(target − min), capped at 1; needs a Target per indicator.",
              "(x − 最小值)/(目标值 − 最小值)，上限为 1；每个指标需设目标值。"),
          option(Normalisation.Method.IDENTITY, "None (scores as given)", "不标准化（直接使用）", "Use the values as they are, e.g. published sub-scores.",
              "直接使用原值，例如已发布的分项得分。"))),
      new Step("weights", Label.of("Weights", "权重"), "choice", Weighting.Method.FIXED.label(), List.of(
          option(Weighting.Method.FIXED, "Fixed per level", "逐层固定权重", "The tree's weights; missing ones share what is left equally.",
              "使用指标体系中的权重；未填者平分剩余权重。"),
          option(Weighting.Method.EQUAL, "Equal", "等权", "Every node an equal share of its parent.", "同一上级下各指标权重相等。"),
          option(Weighting.Method.ENTROPY, "Entropy", "熵权法", "From the information in the data: (1 − e)/Σ(1 − e), 0·ln0 = 0; "
              + "needs values ≥ 0 (use min-max) unless shifted.", "按数据信息量赋权：(1 − e)/Σ(1 − e)，0·ln0 = 0；需非负值（先极差标准化），或开启平移。",
              SCOPE, ON, new Parameter("shift", "boolean", false, null, null, Label.of("Shift negative columns by |min| + 0.01", "负值列平移 |min| + 0.01"))),
          option(Weighting.Method.CRITIC, "CRITIC", "CRITIC 法", "Contrast × conflict: sd × Σ(1 − r).", "对比强度 × 冲突性：标准差 × Σ(1 − r)。", SCOPE, ON),
          option(Weighting.Method.SD, "Standard deviation", "标准差法", "w = sd/Σ sd.", "w = 标准差/Σ 标准差。", SCOPE, ON),
          option(Weighting.Method.CV, "Coefficient of variation", "变异系数法", "w = (sd/|mean|)/Σ; not for z-scores.",
              "w = (标准差/|均值|)/Σ；不适用于 Z 分数。", SCOPE, ON),
          option(Weighting.Method.PCA, "Principal components", "主成分分析法", "Squared loadings of the components with eigenvalue > 1, "
              + "weighted by explained variance.", "特征值大于 1 的主成分的载荷平方，按方差贡献加权。", SCOPE, ON))),
      new Step("aggregate", Label.of("Aggregation", "合成方法"), "choice", Aggregation.Method.ARITHMETIC.label(), List.of(
          option(Aggregation.Method.ARITHMETIC, "Weighted arithmetic mean", "加权算术平均", "Σ w·s, level by level; fully compensatory.",
              "逐层 Σ w·s，完全可补偿。"),
          option(Aggregation.Method.GEOMETRIC, "Weighted geometric mean", "加权几何平均", "Π s^w; scores must be > 0; a weak dimension weighs more.",
              "Π s^w；得分须大于 0，短板影响更大。"),
          option(Aggregation.Method.HARMONIC, "Weighted harmonic mean", "加权调和平均", "1/Σ(w/s); scores must be > 0; least compensatory.",
              "1/Σ(w/s)；得分须大于 0，补偿性最弱。"),
          option(Aggregation.Method.TOPSIS, "TOPSIS closeness", "TOPSIS 贴近度", "D⁻/(D⁺ + D⁻) to the ideal and anti-ideal from the data (Euclidean).",
              "到正、负理想解的欧氏距离：D⁻/(D⁺ + D⁻)。",
              new Parameter("norm", "choice:vector|min-max", "vector", null, null, Label.of("Normalisation inside TOPSIS", "TOPSIS 内部标准化")),
              new Parameter("best", "number", null, null, null, Label.of("Fixed ideal (optional, with worst)", "固定正理想值（可选，需同时给负理想值）")),
              new Parameter("worst", "number", null, null, null, Label.of("Fixed anti-ideal (optional)", "固定负理想值（可选）"))),
          option(Aggregation.Method.VIKOR, "VIKOR", "VIKOR 法", "Compromise ranking; score = 1 − Q.", "折衷排序；得分 = 1 − Q。",
              number("v", 0.5, 0.0, 1.0, "Weight of group utility v", "群体效用权重 v")),
          option(Aggregation.Method.MAZZIOTTA_PARETO, "Mazziotta–Pareto (penalised mean)", "Mazziotta–Pareto 惩罚均值",
              "Mean minus a penalty for unbalanced profiles: M − S²/M; scores must be > 0.", "均值减去不均衡惩罚：M − S²/M；得分须大于 0。"))),
      new Step("rescale", Label.of("Display scale", "展示量纲"), "choice", Rescale.Method.NONE.label(), List.of(
          option(Rescale.Method.NONE, "None", "不转换", "Scores as aggregated.", "保留合成结果。"),
          option(Rescale.Method.MIN_MAX, "Min-max every node", "各层级极差转换", "Each node's own aggregate mapped to [min, max], e.g. GIHI's 60–100.",
              "每一层级按自身合成值映射到 [min, max]，如 GIHI 的 60–100 分。",
              number("min", 0, null, null, "Lowest score", "最低分"), number("max", 100, null, null, "Highest score", "最高分")))),
      new Step("tiers", Label.of("Tiers", "梯队"), "choice", Tiering.Method.NONE.label(), tierOptions("Tier 1 …", "第一梯队 …")),
      new Step("stars", Label.of("Star rating", "星级"), "choice", Tiering.Method.NONE.label(), tierOptions("★★★★★★ … ★", "★★★★★★ … ★")),
      new Step("leagues", Label.of("Separate leagues by Group", "按分组单独排名"), "boolean", false, null));
}
