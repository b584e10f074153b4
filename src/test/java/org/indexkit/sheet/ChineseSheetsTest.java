package org.indexkit.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.indexkit.input.TableCsv;
import org.indexkit.preset.Presets;
import org.indexkit.scoring.Scoring;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** language = zh-CN on the STCUD 2021 template's data (the preset's tree has every node's Chinese name). */
class ChineseSheetsTest {
  static Scoring.Scored score(String language) throws Exception {
    String csv;
    try (var in = ChineseSheetsTest.class.getResourceAsStream("/templates/stcud-2021.data.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    var input = TableCsv.read("stcud-2021.data.csv", csv);
    var settings = new java.util.LinkedHashMap<>(Map.of("normalise", "none"));
    if (language != null) settings.put("language", language);
    return Scoring.score(input, Scoring.setup(input, "stcud-2021", null, "test", null, settings), null, List.of());
  }

  @Test
  @DisplayName("Chinese sheet names and headers from the tree's Chinese names, Audit and Provenance messages' fixed texts in "
      + "Chinese; the same numbers as in English")
  void chinese() throws Exception {
    var en = score(null).sheets();
    var zh = score("zh-CN").sheets();
    assertThat(zh).extracting(SheetPlan::name).startsWith("得分", "排名", "权重").contains("审计", "来源");
    SheetPlan scores = zh.get(0);
    var tree = Presets.get("stcud-2021").tree();
    String composite = tree.root().nameZh();
    assertThat(scores.columns().get(0).header()).isEqualTo("对象");
    assertThat(scores.columns().get(1).header()).isEqualTo(composite);
    assertThat(scores.chart().title()).isEqualTo(composite + " — 前 15 名");
    assertThat(scores.tableName()).isEqualTo("IK_得分");
    for (int s = 0; s < en.size() - 2; s++) assertThat(zh.get(s).rows()).as(en.get(s).name()).isEqualTo(en.get(s).rows());
    SheetPlan audit = zh.get(zh.size() - 2), provenance = zh.get(zh.size() - 1);
    // STCUD's Audit: the composite's Cronbach line and one skewness check, whole sentences in Chinese with the same numbers
    assertThat(en.get(en.size() - 2).rows()).extracting(row -> row.get(1)).containsExactly(
        "\"composite_index\" (4 indicators): Cronbach's alpha 0.903, first principal component 82.3% of the variance",
        "\"tech_economy_index\" has skewness 2.74 and kurtosis 8.50: consider an outlier treatment");
    assertThat(audit.rows()).extracting(row -> row.get(1)).containsExactly(
        "\"composite_index\"（4 个指标）：Cronbach's α 为 0.903，第一主成分解释 82.3% 的方差",
        "\"tech_economy_index\" 的偏度为 2.74、峰度为 8.50：建议进行异常值处理");
    assertThat(provenance.rows()).extracting(row -> row.get(1)).as("the method variants' fixed texts")
        .contains("标准化：不处理：直接使用原值（已在同一尺度上）", "合成：加权算术平均 Σ w·s，逐层合成",
            "排名：降序竞争排名（1, 2, 2, 4）：并列者取最好名次；按未舍入的得分排名", "缺失值：不允许缺失（impute = none）",
            "权重：逐层给定权重；未给权重的节点平分同级剩余的权重；同级权重之和不为 1 时重新归一（并警告）");
    assertThat(provenance.rows().get(0).get(0)).isEqualTo("IndexKit 版本");
    assertThat(provenance.rows()).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("方法说明"));
    assertThat(provenance.rows().toString()).as("Provenance names the language").contains("\"language\":\"zh-CN\"");
    assertThat(zh.get(2).columns()).extracting(SheetPlan.Column::header).startsWith("编码", "名称");
  }

  @Test
  @DisplayName("zh, zh-Hans and zh-CN are Chinese, en is English; another language is refused with its key")
  void languages() throws Exception {
    assertThat(score("zh").sheets().get(0).name()).isEqualTo("得分");
    assertThat(score("en").sheets().get(0).name()).isEqualTo("Scores");
    assertThatThrownBy(() -> score("fr")).hasMessageContaining("language is en or zh-CN");
  }
}
