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
  @DisplayName("Chinese sheet names and headers from the tree's Chinese names; the same numbers as in English")
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
    assertThat(audit.rows()).extracting(row -> row.get(1)).as("Audit's messages as computed")
        .isEqualTo(en.get(en.size() - 2).rows().stream().map(row -> row.get(1)).toList());
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
