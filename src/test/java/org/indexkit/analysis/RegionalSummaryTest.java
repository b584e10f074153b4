package org.indexkit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Recipe;
import org.indexkit.input.Csv;
import org.indexkit.input.DataSheet;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.scoring.ScoringSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Regional summaries against the report's own counts: 2022 中国数字城市竞争力研究报告 (seed 004) publishes its top 100 cities
 * with province and region ({@code seed-tables/004_digital_city_top100.csv}, ranks only), and counts them 华东 48, 中南 24,
 * 华北 11, 西南 7, 西北 5, 东北 5, and by province 江苏 12, 山东 12. The score here is 101 − rank, which keeps the order.
 */
class RegionalSummaryTest {
  static IndexResult scored(String regionColumn, String... settings) throws Exception {
    List<List<String>> csv = Csv.parse(Files.readString(Path.of("src/test/resources/seed-tables/004_digital_city_top100.csv")));
    int col = csv.get(0).indexOf(regionColumn);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("城市", "score", "Region"));
    for (List<String> r : csv.subList(1, csv.size())) rows.add(List.of(r.get(1), 101.0 - Double.parseDouble(r.get(0)), r.get(col)));
    var table = DataSheet.read("Data", 0, 0, rows).table();
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.root("index", "Digital city index", "数字城市竞争力指数"), Indicator.leaf("score", "index")));
    Map<String, String> s = new LinkedHashMap<>(Map.of("normalise", "none", "analyses.regions", "summary"));
    for (int i = 0; i < settings.length; i += 2) s.put(settings[i], settings[i + 1]);
    return Pipeline.run(table, tree, ScoringSetup.layer(Recipe.defaults(), "test", null, s));
  }

  static Map<String, Integer> inTop(IndexResult r) {
    var out = new LinkedHashMap<String, Integer>();
    for (var row : ((RegionalSummary.Result) Analyses.run(r, r.provenance().recipe()).get(0)).rows()) out.put(row.region(), row.inTop());
    return out;
  }

  @Test
  @DisplayName("seed 004's top 100 by region: 华东 48, 中南 24, 华北 11, 西南 7, 西北 5, 东北 5 (most first, ties by mean score)")
  void byRegion() throws Exception {
    IndexResult r = scored("region_zh", "analyses.regions.top", "100");
    assertThat(r.regions()).hasSize(100);
    assertThat(inTop(r)).containsExactlyInAnyOrderEntriesOf(Map.of("华东", 48, "中南", 24, "华北", 11, "西南", 7, "西北", 5, "东北", 5));
    assertThat(inTop(r).keySet()).startsWith("华东", "中南", "华北", "西南");
    var s = (RegionalSummary.Result) Analyses.run(r, r.provenance().recipe()).get(0);
    assertThat(s.rows().get(0).best()).isEqualTo("上海市");
    assertThat(s.rows().get(2).best()).as("华北's best is the first city").isEqualTo("北京市");
    assertThat(s.rows().get(2).bestRank()).isEqualTo(1);
  }

  @Test
  @DisplayName("by province: 江苏 12 and 山东 12 lead; in the top 10 fewer")
  void byProvince() throws Exception {
    Map<String, Integer> all = inTop(scored("province_zh", "analyses.regions.top", "100"));
    assertThat(all.get("江苏")).isEqualTo(12);
    assertThat(all.get("山东")).isEqualTo(12);
    assertThat(inTop(scored("province_zh")).values().stream().mapToInt(Integer::intValue).sum()).as("top 10 by default").isEqualTo(10);
  }

  @Test
  @DisplayName("without a Region column the analysis is refused with its key")
  void needsRegions() {
    var t = new org.indexkit.core.Table(List.of("a", "b"), List.of("x"), new double[][] {{1}, {2}});
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.root("i", null, null), Indicator.leaf("x", "i")));
    IndexResult r = Pipeline.run(t, tree, ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("analyses.regions", "summary")));
    assertThatThrownBy(() -> Analyses.run(r, r.provenance().recipe())).hasMessageContaining("need a Region column");
  }
}
