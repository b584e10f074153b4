package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/**
 * The output sheets in Chinese ({@code language = zh-CN}): sheet names (得分, 排名, 梯队 …), the fixed headers, and every
 * node's name in headers and chart titles replaced by its Chinese name from the tree ({@code Name (zh)}; a node without one
 * keeps its name), the labels of Audit and Provenance rows and their messages' fixed texts ({@link ChineseMessages}). Applied
 * to the finished SheetPlans, so every renderer writes the same Chinese sheets; values are as computed.
 */
final class ChineseSheets {
  private ChineseSheets() {}

  static final Map<String, String> SHEETS = Map.ofEntries(Map.entry("Scores", "得分"), Map.entry("Ranks", "排名"),
      Map.entry("Tiers", "梯队"), Map.entry("Weights", "权重"), Map.entry("AHP", "层次分析"), Map.entry("Statistics", "统计"),
      Map.entry("Correlations", "相关系数"), Map.entry("Trends", "趋势"), Map.entry("Coupling", "耦合协调"),
      Map.entry("Contributions", "贡献度"), Map.entry("Obstacles", "障碍度"), Map.entry("Strengths", "优势与短板"),
      Map.entry("Regions", "区域"), Map.entry("Disparity", "区域差异"), Map.entry("Density", "核密度"), Map.entry("Quadrants", "象限"),
      Map.entry("Clusters", "聚类"), Map.entry("Champions", "单项冠军"), Map.entry("Types", "类型"), Map.entry("Compare", "方案对比"),
      Map.entry("Moran", "空间自相关"), Map.entry("Node correlations", "节点相关"), Map.entry("Profiles", "发展模式"),
      Map.entry("Audit", "审计"), Map.entry("Provenance", "来源"), Map.entry("Sensitivity", "敏感性"),
      Map.entry("Sensitivity runs", "敏感性模拟"), Map.entry("Sensitivity indices", "敏感性指数"), Map.entry("Sensitivity notes", "敏感性说明"),
      Map.entry("Indicator importance", "指标重要性"), Map.entry(CalcSheets.CALC, "计算"), Map.entry(CalcSheets.WEIGHTS, "计算权重"));

  static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("Entity", "对象"), Map.entry("Group", "分组"),
      Map.entry("Region", "区域"), Map.entry("Year", "年份"), Map.entry("Code", "编码"), Map.entry("Name", "名称"),
      Map.entry("Parent", "上级"), Map.entry("Level", "层级"), Map.entry("Weight among siblings", "同级权重"),
      Map.entry("Effective weight", "综合权重"), Map.entry("How it was derived", "来源说明"), Map.entry("League / year", "分组 / 年份"),
      Map.entry("Kind", "类别"), Map.entry("Message", "内容"), Map.entry("Key", "项目"), Map.entry("Value", "值"),
      Map.entry("Type", "类型"), Map.entry("Entities", "对象数"), Map.entry("Mean score", "平均得分"), Map.entry("Best entity", "最佳对象"),
      Map.entry("Its rank", "其排名"), Map.entry("Median rank", "排名中位数"), Map.entry("Worst rank", "最低排名"),
      Map.entry("Measure", "指标"), Map.entry("Region(s)", "区域"), Map.entry("Top obstacles", "主要障碍因子"),
      Map.entry("Entropy divergence 1 − e", "熵权差异系数 1 − e"), Map.entry("Nominal rank", "名义排名"),
      Map.entry("5th percentile rank", "排名第 5 百分位"), Map.entry("95th percentile rank", "排名第 95 百分位"),
      Map.entry(SensitivitySheets.INTERVAL, "5–95 % 区间宽度"), Map.entry("Mean |rank shift|", "平均 |排名变动|"),
      Map.entry("P(keeps tier)", "P(梯队不变)"), Map.entry("P(keeps stars)", "P(星级不变)"), Map.entry("Missing", "缺失"),
      Map.entry("Mean", "均值"), Map.entry("SD", "标准差"), Map.entry("Min", "最小值"), Map.entry("Max", "最大值"), Map.entry("Skewness", "偏度"),
      Map.entry("Kurtosis", "峰度"), Map.entry("Outlier flag", "异常值标记"), Map.entry("r with dimension", "与维度的相关系数 r"),
      Map.entry("r with index", "与指数的相关系数 r"),
      Map.entry(ScoresSheet.INDEX, "指数"), Map.entry(ScoresSheet.DIMENSION, "维度"), Map.entry(ScoresSheet.SUB_DIMENSION, "子维度"),
      Map.entry(ScoresSheet.INDICATOR, "指标"), Map.entry(ScoresSheet.SUB_SCORE, "分项得分"));

  /** The labels in the first column of Audit and Provenance (their messages stay as computed). */
  static final Map<String, String> LABELS = Map.ofEntries(Map.entry("IndexKit version", "IndexKit 版本"), Map.entry("Preset", "预设方案"),
      Map.entry("Source report", "来源报告"), Map.entry("Input", "输入"), Map.entry("Input SHA-256", "输入 SHA-256"),
      Map.entry("Computed at (UTC)", "计算时间 (UTC)"), Map.entry("Recipe (JSON)", "方案 (JSON)"), Map.entry("Method variant", "方法说明"),
      Map.entry("Analysis", "分析"), Map.entry("Warning", "警告"), Map.entry("Note", "说明"), Map.entry("Input cell", "输入单元格"),
      Map.entry("Dimension", "维度"), Map.entry("Check", "检查"), Map.entry("Dropped entity", "剔除对象"), Map.entry("Imputed cell", "插补单元格"),
      Map.entry("Substituted cell", "替代单元格"), Map.entry("Outlier treatment", "异常值处理"), Map.entry("Missing denominator", "分母缺失"),
      Map.entry("Formula mode", "公式模式"));

  /** The Audit and Provenance rows whose message is a fixed text in Chinese ({@link ChineseMessages}); not the recipe JSON, inputs. */
  private static final java.util.Set<String> MESSAGES = java.util.Set.of("Method variant", "Warning", "Note", "Dimension", "Check");

  /** Phrases in headers and chart titles: after a node's name ("name tier", "name stars", the Calc sheet's "name · input"), a chart's title; longest first. */
  private static final Map<String, String> AFFIXES = orderedAffixes();

  private static Map<String, String> orderedAffixes() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("Rank 5–95 % intervals", "排名 5–95 % 区间");
    m.put(" · input", " · 原始值");
    m.put(" · normalised", " · 标准化值");
    m.put(" · score", " · 合成值");
    m.put(" · rescaled", " · 转换值");
    m.put(" · rank", " · 排名");
    m.put(" · tier", " · 梯队");
    m.put(" tier", "梯队");
    m.put(" stars", "星级");
    return m;
  }

  static List<SheetPlan> of(List<SheetPlan> plans, IndexResult r) {
    Map<String, String> names = new LinkedHashMap<>(); // English node name → Chinese, longest first so a name inside another keeps
    r.nodes().stream().filter(n -> n.nameZh() != null && !n.nameZh().isBlank() && n.name() != null)
        .sorted(Comparator.comparingInt((NodeResult n) -> n.name().length()).reversed()).forEach(n -> names.putIfAbsent(n.name(), n.nameZh()));
    List<SheetPlan> out = new ArrayList<>();
    for (SheetPlan p : plans) {
      List<SheetPlan.Column> cols = new ArrayList<>();
      for (SheetPlan.Column c : p.columns())
        cols.add(c.withHeader(text(c.header(), names)).withBand(c.band() == null ? null : HEADERS.getOrDefault(c.band(), c.band())));
      SheetPlan.Chart chart = p.chart() == null ? null : p.chart().withTitle(text(p.chart().title(), names));
      List<List<Object>> rows = p.rows();
      if (p.name().equals("Audit") || p.name().equals("Provenance"))
        rows = rows.stream().map(row -> {
          List<Object> copy = new ArrayList<>(row);
          if (!copy.isEmpty() && copy.get(0) instanceof String label) {
            copy.set(0, LABELS.getOrDefault(label, label));
            if (MESSAGES.contains(label) && copy.size() > 1 && copy.get(1) instanceof String m) copy.set(1, ChineseMessages.text(m));
          }
          return copy;
        }).toList();
      out.add(new SheetPlan(SHEETS.getOrDefault(p.name(), p.name()), cols, rows, p.freezeRows(), chart));
    }
    return out;
  }

  /** A header or title in Chinese: a fixed header, else each node name and affix replaced. */
  static String text(String s, Map<String, String> names) {
    if (s == null) return null;
    if (HEADERS.containsKey(s)) return HEADERS.get(s);
    if (names.containsKey(s)) return names.get(s);
    String t = s;
    for (var n : names.entrySet()) t = t.replace(n.getKey(), n.getValue());
    for (var a : AFFIXES.entrySet()) t = t.replace(a.getKey(), a.getValue());
    return t.replaceFirst(" — top (\\d+)", " — 前 $1 名"); // a chart's "— top 30"
  }
}
