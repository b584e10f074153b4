package org.indexkit.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.preset.Preset;
import org.indexkit.preset.Presets;

/**
 * A templated workbook: a tree (Indicators), a recipe (Recipe), sample data (Data) and a README
 * sheet saying what it reproduces and how to use it. Presets' templates carry real data from the
 * report (shipped as {@code /templates/<id>.data.csv}); where a report publishes none, the Data
 * sheet holds a clearly labelled synthetic block. {@code indexkit template <id>} writes them;
 * workbooks/ holds them.
 */
public record Template(String id, String title, String titleZh, String source, List<String> notes, IndicatorTree tree,
                       String dataCsv, Map<String, String> recipe, List<String> readme) {

  public static List<Template> all() {
    return List.of(
        of(Presets.get("set-2024"), resource("set-2024.data.csv"), settings("set-2024", "normalise", "none"), List.of(
            "Data: the 30 cities' nine second-level scores as published (1 decimal; report figures 3.1.1, 4.1.1, 5.1.1).",
            "Scoring rebuilds each dimension and the SET composite with the report's weights: Boston first with 85.83.",
            "With 1-decimal inputs each score is within 0.03 of the published one (the published 2-decimal "
                + "dimension scores rebuild the composite within 0.01).",
            "To score raw indicators instead: put the 31 third-level indicators in Data and remove the normalise row "
                + "(the preset then uses min-max to [60, 100] per indicator).")),
        of(Presets.get("gihi-2023"), resource("gihi-2023.data.csv"), settings("gihi-2023"), List.of(
            "Data: the 88 main-list metros of the published top 100 that appear in all three dimension tables, with their "
                + "12 second-level scores A1–C4 (表5, 表8, 表10).",
            "Scoring runs the GIHI pipeline on them: z-scores, weighted sums (30/30/40 and 25% or as published), "
                + "every level min-max to [60, 100].",
            "The report z-scores 30 raw indicators that are not published, so the composite here shows the method; "
                + "it is not expected to equal the published composite.",
            "Add a Group column with \"mini-hub\" for metros under 1 million people to rank them as their own league.")),
        of(Presets.get("stcud-2021"), resource("stcud-2021.data.csv"), settings("stcud-2021", "normalise", "none", "language", Recipe.CHINESE), List.of(
            "Data: the 15 cities published in all four sub-index top-30 tables (sub-indices on [0, 1], 3 decimals).",
            "Scoring rebuilds the composite as the mean of the four sub-indices: Beijing 0.773, within 0.0005 of every "
                + "published value.",
            "To score raw indicators: list them in Data under the codes of the Indicators sheet (D1…L6) and remove the "
                + "normalise row of the Recipe sheet (the preset then uses min-max to [0, 1]).")),
        of(Presets.get("digital-city-2022"), SyntheticData.csv(Presets.get("digital-city-2022").tree().leaves(), 30, 2022),
            settings("digital-city-2022", "language", Recipe.CHINESE), List.of(
            "Data: SYNTHETIC example values for 30 made-up cities (seed 2022) — the report publishes ranks only. "
                + "Replace them with your cities' 18 second-level scores or raw data.",
            "Scoring gives the index, the six dimensions, and an input and an outcome sub-score from the indicators' "
                + "Type column (表2: 投入 / 成效).")),
        of(Presets.get("nqpf-entropy-topsis"), SyntheticData.csv(Presets.get("nqpf-entropy-topsis").tree().leaves(), 40, 2025, 0.03),
            settings("nqpf-entropy-topsis", "language", Recipe.CHINESE), List.of(
            "Data: SYNTHETIC example values for 40 made-up cities (seed 2025, about 3% of cells left empty) — the report publishes no scores. "
                + "Replace them with your cities' 24 indicators; leave gaps empty: MICE fills them.",
            "Scoring: MICE for missing cells, entropy weights, TOPSIS, four tiers (综合领先型 … 基础追赶型) and six-to-one stars.")),
        couplingTemplate());
  }

  /**
   * The pattern of a typical Chinese city-index paper on published data: AHP judgements and entropy weights combined
   * (主客观组合赋权), TOPSIS, and the coupling coordination of the subsystems — on STCUD 2021's four published sub-indices.
   * No preset: the judgements are an example to replace, not a report's.
   */
  private static Template couplingTemplate() {
    Preset stcud = Presets.get("stcud-2021");
    List<org.indexkit.core.Indicator> nodes = new java.util.ArrayList<>();
    nodes.add(org.indexkit.core.Indicator.root("stcud_coupling", "S&T capability: AHP-entropy TOPSIS and coupling coordination",
        "科技能力：AHP-熵权 TOPSIS 与耦合协调").withJudgements("1 1 3 2; 1 3 2; 1 1/2; 1"));
    for (String code : stcud.tree().children(stcud.tree().root().code())) {
      var n = stcud.tree().get(code);
      nodes.add(org.indexkit.core.Indicator.leaf(code, n.name(), n.nameZh(), "stcud_coupling", null, org.indexkit.core.Direction.BENEFIT));
    }
    Map<String, String> recipe = new LinkedHashMap<>();
    recipe.put("normalise", "none");
    recipe.put("weights", "combined");
    recipe.put("weights.subjective", "ahp");
    recipe.put("weights.objective", "entropy");
    recipe.put("weights.rule", "linear");
    recipe.put("weights.alpha", "0.5");
    recipe.put("aggregate", "topsis");
    recipe.put("analyses.coupling", "standard");
    recipe.put("analyses.regions", "summary");
    recipe.put("analyses.disparity", "dagum-theil");
    recipe.put("analyses.quadrants", "mean");
    recipe.put("analyses.profiles", "joint-min-max");
    recipe.put("analyses.contributions", "weighted-sum");
    recipe.put("analyses.density", "gaussian");
    recipe.put("language", Recipe.CHINESE); // a Chinese paper's pattern: 得分, 耦合协调 … (the Recipe row or --lang en for English)
    return new Template("ahp-entropy-coupling", "S&T capability sub-indices: AHP + entropy weights, TOPSIS, coupling coordination",
        "科技能力分指数：AHP-熵权组合赋权、TOPSIS 与耦合协调度", stcud.source() + "; method pattern of 主客观组合赋权-TOPSIS-耦合协调度 papers",
        List.of("ahp-entropy-coupling: the four sub-indices as published (on [0, 1], so normalise = none) are the subsystems; "
                + "their weights are 0.5 × AHP (the Judgements cell of the index row, eigenvector, Saaty's RI) + 0.5 × entropy",
            "ahp-entropy-coupling: the index is the TOPSIS closeness over the four weighted sub-indices (vector normalisation)",
            "ahp-entropy-coupling: coupling coordination of the four sub-indices: C = n·[ΠU/(ΣU)ⁿ]^(1/n), T with equal α, "
                + "D = √(C·T), graded by the ten-level table (极度失调 … 优质协调)",
            "ahp-entropy-coupling: regional summary, Dagum/Theil disparity by region, quadrants of the first two sub-indices at their "
                + "means, development profiles (one joint min-max) of the four, each sub-index's contribution (w·x, approximate under "
                + "TOPSIS) and the kernel density of the index"),
        new IndicatorTree(nodes), resource("ahp-entropy-coupling.data.csv"), recipe, List.of(
            "Data: the 15 cities published in all four STCUD 2021 sub-index top-30 tables (3 decimals), as in the stcud-2021 template, "
                + "with each city's region (华北, 华东, 中南, 西南, 西北) in a Region column (reporting only).",
            "Indicators: the index row's Judgements cell holds an EXAMPLE AHP judgement matrix (upper triangle, Saaty 1–9) of the "
                + "four sub-indices — replace it with your experts' (several experts: matrices separated by |).",
            "Scoring writes Scores, Weights (the combined weights), AHP (λmax, CI, CR), Coupling (C, T, D and 协调等级 per city), "
                + "Regions (count in the top 10, mean against the overall mean), Disparity (Dagum Gini and Theil by region), Quadrants "
                + "(development × economy, split at the means, with a scatter), Profiles (the four sub-indices on one 0–100 scale, a radar of "
                + "the regions' means), Contributions (w·x per sub-index, stacked bars), Density (Gaussian kernel, a line) and Provenance.",
            "示例：AHP 判断矩阵为示例数据，请替换为专家打分；组合权重 = 0.5 × AHP + 0.5 × 熵权；TOPSIS 得分；四个分指数的耦合协调度。"));
  }

  private static Template of(Preset p, String data, Map<String, String> recipe, List<String> readme) {
    return new Template(p.id(), p.title(), p.titleZh(), p.source(), p.notes(), p.tree(), data, recipe, readme);
  }

  public static Optional<Template> find(String id) {
    return all().stream().filter(t -> t.id().equalsIgnoreCase(id.trim())).findFirst();
  }

  private static Map<String, String> settings(String preset, String... keyValues) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("preset", preset);
    for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
    return m;
  }

  private static String resource(String name) {
    try (InputStream in = Template.class.getResourceAsStream("/templates/" + name)) {
      if (in == null) throw new IllegalStateException("missing template resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
