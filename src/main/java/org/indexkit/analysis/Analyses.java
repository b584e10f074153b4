package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Param;
import org.indexkit.core.Problem;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Suggest;
import org.indexkit.method.MethodSpec;
import org.indexkit.method.StepSpec;

/**
 * The analyses, registered like the methods: one {@link StepSpec} each under the recipe key {@code analyses.<key>}
 * ({@code analyses.coupling = revised}, {@code analyses.coupling.nodes = [D1, D2, D3]}), method {@code none} by
 * default. The catalogue, the pane's menus and the Recipe keys follow from {@link #STEPS}.
 */
public final class Analyses {
  private Analyses() {}

  private static final Param[] COUPLING_PARAMS = {
      Param.texts("nodes", "Subsystems (node codes; default the composite's children)", "子系统（节点代码；默认为总指数的下一级）"),
      Param.numbers("alpha", "Subsystem weights α (default equal)", "子系统权重 α（默认相等）"),
      Param.flag("rescale", false, "Rescale inputs to [0.01, 0.99] (SPSSAU)", "输入区间化到 [0.01, 0.99]（SPSSAU）"),
      Param.numbers("thresholds", "Grading cut-offs of D, descending (default the 10-level table)", "D 的等级阈值，从高到低（默认十级表）"),
      Param.texts("labels", "Grade labels, best first", "等级标签，从高到低")};

  public static final StepSpec<Analysis> COUPLING = StepSpec.of(CouplingCoordination.KEY, "coupling model",
      "Coupling coordination", "耦合协调度", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No coupling coordination.", "不计算耦合协调度。", null),
      MethodSpec.<Analysis>of("standard", "Coupling coordination (standard C)", "耦合协调度（传统 C）",
          "C = n·[ΠU/(ΣU)ⁿ]^(1/n), T = Σα·U, D = √(C·T), graded 极度失调 … 优质协调.",
          "C = n·[ΠU/(ΣU)ⁿ]^(1/n)，T = Σα·U，D = √(C·T)，按 极度失调 … 优质协调 分级。", CouplingCoordination::of, COUPLING_PARAMS)
          .withRules(Analyses::gradingFits),
      MethodSpec.<Analysis>of("revised", "Coupling coordination (revised C, Wang 2021)", "耦合协调度（修正 C，王淑佳 2021）",
          "C = √{[1 − Σ|Uᵢ − Uⱼ|/Σm]·(ΠUᵢ/max U)^(1/(n−1))}; T and D as the standard model.",
          "C = √{[1 − Σ|Uᵢ − Uⱼ|/Σm]·(ΠUᵢ/max U)^(1/(n−1))}；T、D 同传统模型。", CouplingCoordination::of, COUPLING_PARAMS)
          .withRules(Analyses::gradingFits));

  public static final StepSpec<Analysis> CONTRIBUTIONS = StepSpec.of("analyses.contributions", "contributions", "Contributions",
      "贡献度", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No contributions.", "不计算贡献度。", null),
      MethodSpec.<Analysis>of("weighted-sum", "Weighted-sum decomposition", "加权求和分解", "Each indicator's w·x′ and share of the "
          + "score, dimensions summed; exact for weighted arithmetic means.", "各指标 w·x′ 及其占得分的比例，按维度汇总；加权算术平均时精确。",
          c -> new Contributions()));

  public static final StepSpec<Analysis> OBSTACLES = StepSpec.of("analyses.obstacles", "obstacle model", "Obstacle degree", "障碍度",
      "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No obstacle degree.", "不计算障碍度。", null),
      MethodSpec.<Analysis>of("obstacle-degree", "Obstacle degree", "障碍度模型", "O = w·(1 − x′)/Σ w·(1 − x′) per indicator and "
          + "dimension, the top k per entity.", "O = w·(1 − x′)/Σ w·(1 − x′)，逐指标与维度计算，列出每个对象的前 k 个障碍因子。",
          c -> new ObstacleDegree(c.integer("top")), Param.integer("top", 3L, 1.0, 50.0, "Obstacles named per entity", "每个对象列出的障碍因子数")));

  public static final StepSpec<Analysis> STRENGTHS = StepSpec.of("analyses.strengths", "strengths and weaknesses",
      "Strengths and weaknesses", "优势与短板", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No strengths and weaknesses.", "不计算优势与短板。", null),
      MethodSpec.<Analysis>of("ranks", "By indicator ranks (COINr)", "按指标排名（COINr）", "The n best- and worst-ranked indicators "
          + "of each entity.", "每个对象排名最好与最差的 n 个指标。", c -> new StrengthsWeaknesses(c.integer("n"), c.flag("discard-worst-ties")),
          Param.integer("n", 5L, 1.0, 50.0, "Indicators per list", "每类列出的指标数"),
          Param.flag("discard-worst-ties", false, "No weakness where the entity shares the worst rank", "与他人并列最差时不计为短板")));

  public static final StepSpec<Analysis> REGIONS = StepSpec.of(RegionalSummary.KEY, "regional summary", "Regional summary", "区域汇总",
      "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No regional summary.", "不计算区域汇总。", null),
      MethodSpec.<Analysis>of("summary", "By the Region column", "按区域列汇总", "Per region: entities, count in the top N, mean "
          + "against the overall mean, best entity, tiers.", "各区域：对象数、进入前 N 名的数量、均值与总体均值之比较、最佳对象、梯队分布。",
          c -> new RegionalSummary(c.integer("top")), Param.integer("top", 10L, 1.0, null, "Top N counted", "统计前 N 名")));

  public static final StepSpec<Analysis> DISPARITY = StepSpec.of(RegionalDisparity.KEY, "disparity measure", "Regional disparity",
      "区域差异", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No disparity measures.", "不计算区域差异。", null),
      MethodSpec.<Analysis>of("dagum-theil", "Dagum Gini and Theil", "Dagum 基尼系数与泰尔指数", "Dagum's within, net between and "
          + "transvariation parts by region; Theil within and between.", "按区域分解 Dagum 基尼系数（区域内、区域间净值、超变密度）与泰尔指数（组内、组间）。",
          c -> new RegionalDisparity(c.text("node"), c.text("population")), Param.text("node", null, "Node (default the composite)", "节点（默认为总指数）"),
          Param.text("population", null, "Population column of the Data, for the population-weighted Theil index", "人口列（数据表中，用于人口加权泰尔指数）")));

  public static final StepSpec<Analysis> DENSITY = StepSpec.of(KernelDensity.KEY, "density estimate", "Kernel density", "核密度估计",
      "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No kernel density.", "不计算核密度。", null),
      MethodSpec.<Analysis>of("gaussian", "Gaussian kernel (Silverman)", "高斯核（Silverman 带宽）", "The distribution of a node's "
          + "scores per year on a common grid.", "各年某节点得分在同一网格上的分布。", c -> new KernelDensity(c.text("node"), c.integer("points")),
          Param.text("node", null, "Node (default the composite)", "节点（默认为总指数）"),
          Param.integer("points", 101L, 10.0, 2000.0, "Grid points", "网格点数")));

  private static final Param[] QUADRANT_PARAMS = {Param.text("x", null, "First node (default the composite's first child)", "第一个节点（默认为总指数的第一个下级）"),
      Param.text("y", null, "Second node (default its second child)", "第二个节点（默认为第二个下级）"),
      Param.texts("x-indicators", "Or a first indicator group (mean z-scores, pooled min-max, GIHI 附录七)", "或第一组指标（Z 值均值，统一 min-max，GIHI 附录七）"),
      Param.texts("y-indicators", "And a second indicator group", "及第二组指标"),
      Param.text("x-name", null, "Name of the first group", "第一组名称"), Param.text("y-name", null, "Name of the second group", "第二组名称"),
      Param.flag("bands", false, "Three bands (both high, one high, both low) instead of four quadrants", "三档（双高、一高、双低）代替四象限"),
      Param.texts("labels", "Labels: high–high, high–low, low–high, low–low (bands: both, one, neither)", "标签：双高、高低、低高、双低（三档：双高、一高、双低）")};

  public static final StepSpec<Analysis> QUADRANTS = StepSpec.of(Quadrants.KEY, "quadrant split", "Quadrants (2-D types)", "象限类型",
      "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No quadrants.", "不划分象限。", null),
      MethodSpec.<Analysis>of("mean", "Split at the means", "按均值划分", "Two nodes or indicator groups, each split at its mean per year and league.",
          "两个节点或指标组各按当年（分组）均值划分。", c -> new Quadrants("mean", c), QUADRANT_PARAMS).withRules(Analyses::quadrantLabels),
      MethodSpec.<Analysis>of("median", "Split at the medians", "按中位数划分", "Two nodes or indicator groups, each split at its median per year and "
          + "league.", "两个节点或指标组各按当年（分组）中位数划分。", c -> new Quadrants("median", c), QUADRANT_PARAMS).withRules(Analyses::quadrantLabels),
      MethodSpec.<Analysis>of("values", "Split at given values", "按给定值划分", "Two nodes or indicator groups split at split-x and split-y.",
          "两个节点或指标组分别按 split-x、split-y 划分。", c -> new Quadrants("values", c), withParams(QUADRANT_PARAMS,
          Param.number("split-x", null, null, null, "Split of the first axis", "第一轴的分界值"),
          Param.number("split-y", null, null, null, "Split of the second axis", "第二轴的分界值"))).withRules(c -> {
            if (c.number("split-x") == null || c.number("split-y") == null)
              throw new IllegalArgumentException("quadrants at given values need split-x and split-y");
            return quadrantLabels(c);
          }));

  private static final Param[] CLUSTER_PARAMS = {Param.integer("k", 4L, 2.0, 50.0, "Number of clusters", "类别数"),
      Param.texts("nodes", "Profile nodes (default the composite's children)", "画像节点（默认为总指数的下一级）"),
      Param.texts("labels", "Labels, highest centroid first", "标签，按质心均值从高到低")};

  public static final StepSpec<Analysis> CLUSTERS = StepSpec.of(ProfileClusters.KEY, "clustering", "Profile clusters", "画像聚类", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No profile clusters.", "不做画像聚类。", null),
      MethodSpec.<Analysis>of("k-means", "k-means", "K均值聚类", "Several node scores at once, k-means++ from a seed, per year and league.",
          "多个节点得分同时聚类，K-means++ 固定随机种子，按年份和分组。", c -> new ProfileClusters(false, c.integer("k"), c.whole("seed"),
              c.texts("nodes"), c.texts("labels")), CLUSTER_PARAMS[0], CLUSTER_PARAMS[1], CLUSTER_PARAMS[2],
          Param.integer("seed", 20240101L, null, null, "Random seed", "随机种子")).withRules(Analyses::clusterLabels),
      MethodSpec.<Analysis>of("ward", "Ward (hierarchical)", "Ward 层次聚类", "Several node scores at once, Ward's criterion.",
          "多个节点得分同时做 Ward 层次聚类。", c -> new ProfileClusters(true, c.integer("k"), 0, c.texts("nodes"), c.texts("labels")),
          CLUSTER_PARAMS).withRules(Analyses::clusterLabels));

  public static final StepSpec<Analysis> CHAMPIONS = StepSpec.of("analyses.champions", "champions", "Single-indicator champions",
      "单项冠军", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No champions.", "不列出单项冠军。", null),
      MethodSpec.<Analysis>of("first", "First on each node", "各项第一名", "The entity ranked first on every indicator and dimension.",
          "每个指标和维度排名第一的对象。", c -> new Champions()));

  private static final Param TYPE_NODES = Param.texts("nodes", "Nodes typed by (default the composite's children)", "分类依据的节点（默认为总指数的下一级）");
  private static final Param TYPE_LABELS = Param.texts("labels", "Labels: \"S+T: label\", \"all: …\", \"none: …\"", "标签：“S+T: 标签”、“all: …”、“none: …”");

  public static final StepSpec<Analysis> TYPOLOGY = StepSpec.of(RuleTypology.KEY, "typology rule", "Rule typology", "类型划分", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No typology.", "不划分类型。", null),
      MethodSpec.<Analysis>of("rank", "Strong = rank ≤ k", "排名前 k 为强", "Each entity typed by the nodes where it ranks in the top k.",
          "按对象排名进入前 k 的节点划分类型。", c -> new RuleTypology("rank", c.integer("k"), c.texts("nodes"), c.texts("labels")),
          Param.integer("k", 10L, 1.0, null, "Top k", "前 k 名"), TYPE_NODES, TYPE_LABELS).withRules(Analyses::typologyLabels),
      MethodSpec.<Analysis>of("mean", "Strong = at or above the mean", "不低于均值为强", "Each entity typed by the nodes where it scores at or "
          + "above the mean.", "按对象得分不低于均值的节点划分类型。", c -> new RuleTypology("mean", 0, c.texts("nodes"), c.texts("labels")),
          TYPE_NODES, TYPE_LABELS).withRules(Analyses::typologyLabels),
      MethodSpec.<Analysis>of("quantile", "Strong = at or above a quantile", "不低于分位数为强", "Each entity typed by the nodes where it "
          + "scores at or above the q quantile.", "按对象得分不低于 q 分位数的节点划分类型。",
          c -> new RuleTypology("quantile", c.number("q"), c.texts("nodes"), c.texts("labels")),
          Param.number("q", 0.75, 0.0, 1.0, "Quantile q", "分位数 q"), TYPE_NODES, TYPE_LABELS).withRules(Analyses::typologyLabels),
      MethodSpec.<Analysis>of("threshold", "Strong = at or above a threshold", "不低于阈值为强", "Each entity typed by the nodes where it "
          + "scores at or above the threshold.", "按对象得分不低于阈值的节点划分类型。",
          c -> new RuleTypology("threshold", c.number("threshold"), c.texts("nodes"), c.texts("labels")),
          Param.number("threshold", null, null, null, "Threshold", "阈值"), TYPE_NODES, TYPE_LABELS).withRules(c -> {
            if (c.number("threshold") == null) throw new IllegalArgumentException("a threshold typology needs its threshold");
            return typologyLabels(c);
          }));

  private static final Param[] COMPARE_CHANGES = {Param.texts("set", "Recipe changes KEY=VALUE, e.g. weights=equal", "方案修改 KEY=VALUE，如 weights=equal"),
      Param.texts("weights", "Node weights NODE=WEIGHT", "节点权重 NODE=WEIGHT")};

  public static final StepSpec<Analysis> COMPARE = StepSpec.of(BuildComparison.KEY, "comparison", "Compare with another build",
      "方案对比", "none",
      MethodSpec.<Analysis>of("none", "None", "不对比", "No comparison.", "不做方案对比。", null),
      MethodSpec.<Analysis>of("changes", "This build with changes", "本方案的变体", "The same data scored again with recipe keys and node "
          + "weights changed: both scores, both ranks, shifts, Spearman and Kendall.", "同一数据按修改后的方案键或节点权重重新计算：两套得分与排名、变化、"
          + "Spearman 与 Kendall 相关。", c -> new BuildComparison(null, c.texts("set"), c.texts("weights")), COMPARE_CHANGES),
      MethodSpec.<Analysis>of("preset", "A preset's recipe", "预设方案", "The same data and tree scored with a preset's recipe (its "
          + "normalisation, weights, aggregation …), changed by set and weights if given.", "同一数据与指标体系按某一预设方案（标准化、赋权、合成等）重新计算，"
          + "可再用 set、weights 修改。", c -> new BuildComparison(c.text("preset"), c.texts("set"), c.texts("weights")),
          withParams(new Param[] {Param.text("preset", null, "Preset id, e.g. gihi-2023", "预设编号，如 gihi-2023")}, COMPARE_CHANGES)).withRules(c -> {
            if (c.text("preset") == null || c.text("preset").isBlank()) throw new IllegalArgumentException("comparing with a preset needs its id");
            return c;
          }));

  private static final Param[] MORAN_COMMON = {
      Param.choice("style", "row", "Weights: row-standardised or binary", "权重：行标准化或二元", "row", "binary"),
      Param.text("node", null, "Node (default the composite)", "节点（默认为总指数）"),
      Param.integer("permutations", 999L, 0.0, 99_999.0, "Permutations for the p-value", "置换检验次数"),
      Param.integer("seed", 1L, null, null, "Random seed", "随机种子")};

  public static final StepSpec<Analysis> MORAN = StepSpec.of(SpatialAutocorrelation.KEY, "spatial weights", "Spatial autocorrelation",
      "空间自相关", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No spatial autocorrelation.", "不计算空间自相关。", null),
      MethodSpec.<Analysis>of("coordinates", "Moran's I from coordinates", "Moran's I（坐标）", "Global and local Moran, Geary's C; "
          + "weights from two coordinate columns of the Data.", "全局与局部 Moran 指数、Geary C；权重由数据中的两列坐标计算。",
          c -> new SpatialAutocorrelation("coordinates", c.text("weights"), c.text("x"), c.text("y"), c.number("band"), c.integer("k"), null,
              c.text("style"), c.text("node"), c.integer("permutations"), c.whole("seed")),
          Param.text("x", "lon", "Column of the first coordinate", "第一坐标列"), Param.text("y", "lat", "Column of the second coordinate", "第二坐标列"),
          Param.choice("weights", "nearest", "Neighbours", "邻接方式", "nearest", "band", "inverse-distance"),
          Param.integer("k", 4L, 1.0, 100.0, "k nearest", "最近邻个数 k"), Param.number("band", null, 0.0, null, "Distance band", "距离阈值"),
          MORAN_COMMON[0], MORAN_COMMON[1], MORAN_COMMON[2], MORAN_COMMON[3]).withRules(c -> {
            if ("band".equals(c.text("weights")) && c.number("band") == null) throw new IllegalArgumentException("band weights need a band");
            return c;
          }),
      MethodSpec.<Analysis>of("neighbours", "Moran's I from neighbour lists", "Moran's I（邻接表）", "Global and local Moran, Geary's C; "
          + "neighbours listed as \"A: B, C\".", "全局与局部 Moran 指数、Geary C；邻接关系写作“A: B, C”。",
          c -> new SpatialAutocorrelation("neighbours", null, null, null, null, 0, c.texts("lists"), c.text("style"), c.text("node"),
              c.integer("permutations"), c.whole("seed")),
          Param.texts("lists", "Neighbours: \"A: B, C\" per entity", "邻接表：每个对象一条“A: B, C”"), MORAN_COMMON[0], MORAN_COMMON[1],
          MORAN_COMMON[2], MORAN_COMMON[3]));

  public static final StepSpec<Analysis> CORRELATIONS = StepSpec.of(NodeCorrelations.KEY, "correlations", "Correlations of nodes",
      "节点相关性", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No node correlations.", "不计算节点相关性。", null),
      MethodSpec.<Analysis>of("pearson-spearman", "Pearson and Spearman", "Pearson 与 Spearman", "Every pair of the chosen nodes (default "
          + "the dimensions), per year.", "所选节点（默认为各维度）两两相关，按年份。", c -> new NodeCorrelations(c.texts("nodes")),
          Param.texts("nodes", "Nodes (default the composite's children)", "节点（默认为总指数的下一级）")));

  public static final StepSpec<Analysis> PROFILES = StepSpec.of(DevelopmentProfiles.KEY, "profile scale", "Development profiles",
      "发展模式画像", "none",
      MethodSpec.<Analysis>of("none", "None", "不计算", "No profiles.", "不计算画像。", null),
      MethodSpec.<Analysis>of("joint-min-max", "Joint min-max (GIHI)", "联合极差标准化（GIHI）", "Chosen nodes on one scale (one pooled min "
          + "and max), per entity and as region means.", "所选节点统一标准化（共同的最小值与最大值），给出各对象及区域均值画像。",
          c -> new DevelopmentProfiles(c.texts("nodes"), c.number("min"), c.number("max")),
          Param.texts("nodes", "Nodes (default the composite's children)", "节点（默认为总指数的下一级）"),
          Param.number("min", 0.0, null, null, "Lowest", "最低分"), Param.number("max", 100.0, null, null, "Highest", "最高分"))
          .withRules(c -> {
            if (!(c.number("max") > c.number("min"))) throw new IllegalArgumentException("profiles need max > min");
            return c;
          }));

  public static final List<StepSpec<Analysis>> STEPS = List.of(COUPLING, CONTRIBUTIONS, OBSTACLES, STRENGTHS, REGIONS, DISPARITY, DENSITY,
      QUADRANTS, CLUSTERS, CHAMPIONS, TYPOLOGY, COMPARE, MORAN, CORRELATIONS, PROFILES);

  /** The part of a step key after {@code analyses.}: the key in {@link Recipe#analyses()}. */
  public static String shortKey(StepSpec<?> s) {
    return s.key().substring("analyses.".length());
  }

  /** Every analysis a recipe names, resolved; an unknown analysis is refused naming its key. */
  public static Map<String, StepChoice> resolve(Map<String, StepChoice> given) {
    if (given == null) return null;
    Map<String, StepChoice> out = new LinkedHashMap<>();
    for (var e : given.entrySet()) out.put(shortKey(spec(e.getKey())), spec(e.getKey()).resolve(e.getValue()));
    return out;
  }

  /** The analyses a (resolved) recipe asks for, run on its result, in registry order (without a way to re-score). */
  public static List<Analysis.Outcome> run(IndexResult result, Recipe recipe) {
    return run(result, recipe, null);
  }

  /** The same with the run's input and a way to score it again, for the analyses that need them. */
  public static List<Analysis.Outcome> run(IndexResult result, Recipe recipe, Analysis.Context context) {
    List<Analysis.Outcome> out = new ArrayList<>();
    for (StepSpec<Analysis> s : STEPS) {
      Analysis a = s.make(recipe.analysis(shortKey(s)));
      if (a != null) out.add(a.run(result, context));
    }
    return out;
  }

  /** The result with its analyses' warnings after its own, so the Audit sheet and the API list them too. */
  public static IndexResult warned(IndexResult result, List<Analysis.Outcome> analyses) {
    return result.withWarnings(analyses.stream().flatMap(a -> a.warnings().stream()).toList());
  }

  private static StepSpec<Analysis> spec(String key) {
    for (StepSpec<Analysis> s : STEPS) if (shortKey(s).equals(key)) return s;
    throw new InvalidInputException(Problem.ofKey("analyses." + key, "unknown analysis \"analyses." + key + "\""
        + Suggest.didYouMean("analyses." + key, STEPS.stream().map(StepSpec::key).toList())));
  }

  private static StepChoice typologyLabels(StepChoice c) {
    RuleTypology.parse(c.texts("labels"));
    return c;
  }

  private static StepChoice clusterLabels(StepChoice c) {
    if (c.texts("labels") != null && c.texts("labels").size() != c.integer("k"))
      throw new IllegalArgumentException(c.integer("k") + " clusters need " + c.integer("k") + " labels, got " + c.texts("labels"));
    return c;
  }

  private static StepChoice quadrantLabels(StepChoice c) {
    if (c.texts("labels") != null && c.texts("labels").size() != (c.flag("bands") ? 3 : 4))
      throw new IllegalArgumentException(c.flag("bands") ? "three bands need three labels (both high, one high, both low), got " + c.texts("labels")
          : "quadrants need four labels (high–high, high–low, low–high, low–low), got " + c.texts("labels"));
    return c;
  }

  private static Param[] withParams(Param[] common, Param... more) {
    Param[] out = java.util.Arrays.copyOf(common, common.length + more.length);
    System.arraycopy(more, 0, out, common.length, more.length);
    return out;
  }

  private static StepChoice gradingFits(StepChoice c) {
    CoordinationLevels.of(c.numbers("thresholds"), c.texts("labels"));
    return c;
  }
}
