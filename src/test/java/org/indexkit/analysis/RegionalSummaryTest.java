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
 * GIHI 2023's composite top 50 by continent is checked the same way (see {@link #gihiContinents}).
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
  @DisplayName("rank distribution and tier shares (quartile tiers of 25): 东北 ranks 14, 23, 27, 35, 85 → median 27, worst 85, tier 1 "
      + "2 of 25 = 8 %; 华北's eleven → median 65, tiers 2, 2, 3, 4; every tier's shares sum to 100 %")
  void ranksAndTierShares() throws Exception {
    IndexResult r = scored("region_zh", "analyses.regions.top", "100", "tiers", "quantile", "tiers.k", "4");
    var s = (RegionalSummary.Result) Analyses.run(r, r.provenance().recipe()).get(0);
    var northeast = s.rows().stream().filter(x -> x.region().equals("东北")).findFirst().orElseThrow();
    assertThat(northeast.bestRank()).isEqualTo(14);
    assertThat(northeast.medianRank()).isEqualTo(27.0);
    assertThat(northeast.worstRank()).isEqualTo(85);
    assertThat(northeast.tiers()).containsExactlyInAnyOrderEntriesOf(Map.of("Tier 1", 2, "Tier 2", 2, "Tier 4", 1));
    assertThat(northeast.tierShares().get("Tier 1")).isEqualTo(8.0);
    var north = s.rows().stream().filter(x -> x.region().equals("华北")).findFirst().orElseThrow();
    assertThat(north.medianRank()).isEqualTo(65.0);
    assertThat(north.tiers()).containsExactlyInAnyOrderEntriesOf(Map.of("Tier 1", 2, "Tier 2", 2, "Tier 3", 3, "Tier 4", 4));
    for (String tier : List.of("Tier 1", "Tier 2", "Tier 3", "Tier 4"))
      assertThat(s.rows().stream().mapToDouble(x -> x.tierShares().getOrDefault(tier, 0.0)).sum()).as(tier).isCloseTo(100.0,
          org.assertj.core.api.Assertions.within(1e-9));
  }

  /**
   * GIHI 2023 (seed 003) says its composite top 50 holds 19 US metros, 14 European and 12 Asian; the published composite
   * ({@code seed-tables/003_gihi2023_composite_top100.csv}) with each country's continent added here gives the same.
   */
  @Test
  @DisplayName("seed 003's composite top 50 by continent: US 19, Europe 14, Asia 12 (Canada 3 and Australia 2 besides)")
  void gihiContinents() throws Exception {
    Map<String, String> continent = new java.util.HashMap<>(Map.of("USA", "US", "Canada", "North America (other)", "Australia", "Oceania"));
    for (String c : List.of("UK", "Germany", "France", "Switzerland", "Netherlands", "Sweden", "Ireland", "Denmark", "Finland", "Norway",
        "Spain", "Italy", "Belgium", "Austria", "Czechia", "Hungary", "Poland", "Portugal", "Russia"))
      continent.put(c, "Europe");
    for (String c : List.of("China", "Japan", "South Korea", "Singapore", "Malaysia", "India", "Thailand", "Israel", "Turkey", "UAE"))
      continent.put(c, "Asia");
    List<List<String>> csv = Csv.parse(Files.readString(Path.of("src/test/resources/seed-tables/003_gihi2023_composite_top100.csv")));
    int country = csv.get(0).indexOf("country"), composite = csv.get(0).indexOf("composite");
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("城市", "composite", "Region"));
    for (List<String> r : csv.subList(1, csv.size()))
      rows.add(List.of(r.get(1), Double.parseDouble(r.get(composite)), continent.getOrDefault(r.get(country), "other: " + r.get(country))));
    var table = DataSheet.read("Data", 0, 0, rows).table();
    IndicatorTree tree = new IndicatorTree(List.of(Indicator.root("index", "GIHI", null), Indicator.leaf("composite", "index")));
    IndexResult r = Pipeline.run(table, tree, ScoringSetup.layer(Recipe.defaults(), "test", null, Map.of("normalise", "none",
        "analyses.regions", "summary", "analyses.regions.top", "50")));
    assertThat(inTop(r)).containsAllEntriesOf(Map.of("US", 19, "Europe", 14, "Asia", 12, "North America (other)", 3, "Oceania", 2));
    assertThat(inTop(r).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(50);
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
