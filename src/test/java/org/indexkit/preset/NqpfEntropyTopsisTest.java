package org.indexkit.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.indexkit.SeedTable;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.NodeWeight;
import org.indexkit.input.LocatedTable;
import org.indexkit.input.TableCsv;
import org.indexkit.pipeline.Pipeline;
import org.indexkit.workbook.Template;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The nqpf-entropy-topsis preset: the report's 24-indicator system, and its methods end to end. */
class NqpfEntropyTopsisTest {
  static final Preset NQPF = Presets.get("nqpf-entropy-topsis");

  @Test
  @DisplayName("the tree is seed 001's indicator system: 3 dimensions, 24 indicators in order, directions as published")
  void treeIsTheReportsSystem() {
    SeedTable table = SeedTable.load("001_indicator_system");
    List<Indicator> leaves = NQPF.tree().leaves();
    assertThat(leaves).hasSize(24);
    assertThat(NQPF.tree().children("nqpf")).hasSize(3);
    for (int i = 0; i < 24; i++) {
      Map<String, String> row = table.rows().get(i);
      assertThat(leaves.get(i).nameZh()).isEqualTo(row.get("indicator_zh"));
      assertThat(leaves.get(i).direction()).isEqualTo(Direction.parse(row.get("direction")));
      String dim = NQPF.tree().get(NQPF.tree().get(leaves.get(i).parent()).parent()).nameZh();
      assertThat(dim).isEqualTo(row.get("level1_zh"));
    }
    assertThat(leaves.stream().filter(l -> l.direction() == Direction.COST).map(Indicator::nameZh))
        .containsExactly("单位GDP能耗", "单位GDP二氧化碳排放量");
  }

  @Test
  @DisplayName("on the template's data (with gaps): MICE fills them, entropy weights sum to 1, TOPSIS scores in [0, 1], "
      + "four named tiers, six star levels, every variant in Provenance")
  void runsEndToEnd() {
    Template t = Template.find("nqpf-entropy-topsis").orElseThrow();
    LocatedTable data = TableCsv.read("nqpf.csv", t.dataCsv());
    long gaps = Arrays.stream(data.table().values()).flatMapToDouble(Arrays::stream).filter(Double::isNaN).count();
    assertThat(gaps).isGreaterThan(10);
    IndexResult r = Pipeline.run(data.table(), NQPF.tree(), NQPF.recipe());
    assertThat(r.audit().stream().map(org.indexkit.core.AuditEntry::message).toList().stream().filter(a -> a.startsWith("Imputed")).count() + r.audit().stream().map(org.indexkit.core.AuditEntry::message).toList().stream()
        .filter(a -> a.startsWith("Dropped")).count()).isPositive();
    double leafSum = r.weights().stream().filter(NodeWeight::leaf).mapToDouble(NodeWeight::effective).sum();
    assertThat(leafSum).isCloseTo(1, within(1e-9));
    assertThat(Arrays.stream(r.composite().scores()).boxed().toList()).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    assertThat(Arrays.stream(r.composite().tiers().labels()).distinct())
        .containsExactlyInAnyOrder("综合领先型", "均衡发展型", "特色追赶型", "基础追赶型");
    int best = r.row(r.entities().get(Arrays.stream(r.composite().ranks()).boxed().toList().indexOf(1)));
    assertThat(r.composite().tiers().labels()[best]).isEqualTo("综合领先型");
    assertThat(r.composite().stars().labels()[best]).isEqualTo("★★★★★★");
    assertThat(r.provenance().variants()).anyMatch(v -> v.startsWith("impute: MICE"))
        .anyMatch(v -> v.startsWith("weights: entropy") && v.contains("0·ln0 = 0"))
        .anyMatch(v -> v.startsWith("aggregate: TOPSIS closeness") && v.contains("min-max normalisation"))
        .anyMatch(v -> v.startsWith("tiers: k-means")).anyMatch(v -> v.startsWith("stars: quantile"));
  }
}
