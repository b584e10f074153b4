package org.indexkit.method.impute;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.indexkit.core.Param;
import org.indexkit.core.Table;
import org.indexkit.method.MethodSpec;
import org.indexkit.method.StepSpec;

/**
 * What happens to missing values, registered (recipe key {@code impute}). Every method but {@code none}
 * first drops the entities missing more than {@code maxMissingShare} of their indicators (seed 001
 * "选择性剔除高缺失率的城市"). {@code substitute} is carried out by the pipeline (it reads other columns), and so is
 * {@code available}, which imputes nothing: each node is aggregated over the children present.
 * An imputer is made for a table, because the group methods read its Group column.
 */
public final class Imputers {
  private Imputers() {}

  private static final Param DROP = Param.number("maxMissingShare", 1.0, 0.0, 1.0,
      "Drop entities missing more than this share", "剔除缺失比例高于此值的对象");

  public static final StepSpec<Function<Table, Imputer>> STEP = StepSpec.of("impute", "imputation", "Missing values", "缺失值处理", "none",
      MethodSpec.of("none", "None (list the missing cells)", "不插补（列出缺失单元格）", "Every missing cell is an error naming it.",
          "每个缺失单元格都报错并给出位置。", null),
      MethodSpec.of("mean", "Column mean", "均值插补", "The mean of the indicator's observed values.", "用该指标观测值的均值填补。",
          c -> t -> new ColumnImputer(false, null), DROP),
      MethodSpec.of("median", "Column median", "中位数插补", "The median of the indicator's observed values.", "用该指标观测值的中位数填补。",
          c -> t -> new ColumnImputer(true, null), DROP),
      MethodSpec.of("group-mean", "Group mean", "组内均值", "The mean within the entity's Group.", "用同组均值填补（需要 Group 列）。",
          c -> t -> new ColumnImputer(false, groups(t, "group-mean")), DROP),
      MethodSpec.of("group-median", "Group median", "组内中位数", "The median within the entity's Group.", "用同组中位数填补（需要 Group 列）。",
          c -> t -> new ColumnImputer(true, groups(t, "group-median")), DROP),
      MethodSpec.of("knn", "k nearest neighbours", "K近邻插补", "Mean of the k most similar entities (standardised distance).",
          "用最相似的 k 个对象的均值填补（标准化距离）。", c -> t -> new KnnImputer(c.integer("k")), DROP,
          Param.integer("k", 5L, 1.0, 50.0, "Neighbours k", "近邻数 k")),
      MethodSpec.of("mice", "MICE (chained equations)", "多重插补 (MICE)", "Chained regressions with predictive mean matching, "
          + "m imputations from a fixed seed, averaged.", "链式回归 + 预测均值匹配，固定随机种子生成 m 次插补并取平均。",
          c -> t -> new MiceImputer(c.integer("m"), c.integer("iterations"), c.whole("seed")), DROP,
          Param.integer("m", 5L, 1.0, 100.0, "Imputations m", "插补次数 m"),
          Param.integer("iterations", 10L, 1.0, 200.0, "Cycles", "迭代次数"),
          Param.integer("seed", 20240101L, null, null, "Random seed", "随机种子")),
      MethodSpec.of("substitute", "Substitute from a column", "替代值填补", "A missing cell of column X takes column "
          + "\"X substitute\" (e.g. a national, state or last year's value); flagged in Audit.",
          "X 列缺失时取“X substitute”列的值（如全国、省级或上年数据），并在审计表中标注。", null, DROP,
          Param.text("suffix", " substitute", "Suffix of the substitute columns", "替代列的后缀")),
      MethodSpec.of("available", "None: aggregate what is there", "不插补：按已有子项合成", "Each node from the children an entity has, "
          + "weights renormalised (COINr dat_thresh); an entity short of minShare at any node is dropped.", "每个节点按该对象已有的子项合成，"
          + "权重重新归一（COINr dat_thresh）；任一节点可用子项比例低于 minShare 的对象被剔除。", null, DROP,
          Param.number("minShare", 0.0, 0.0, 1.0, "Least share of a node's children present (0: at least one)", "节点可用子项的最低比例（0：至少一个）"),
          Param.number("indicatorShare", 0.0, 0.0, 1.0, "Leave out indicators present for less than this share of entities",
              "剔除有值对象比例低于此值的指标")));

  public static final String AVAILABLE = "available";

  private static List<String> groups(Table table, String method) {
    if (table.groups() == null) throw new IllegalArgumentException(method + " imputation needs a Group column in the Data");
    List<String> g = new ArrayList<>();
    for (int r = 0; r < table.rows(); r++) g.add(table.groupOf(r));
    return g;
  }
}
