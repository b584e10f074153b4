package org.indexkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.json.RecipeJson;
import org.indexkit.sheet.SheetPlan;
import org.indexkit.sheet.SheetPlans;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImputationPipelineTest {
  static final double NaN = Double.NaN;
  static final IndicatorTree TREE = new IndicatorTree(List.of(Indicator.node("index", null, null, null, null),
      Indicator.leaf("a", null, null, "index", null, null), Indicator.leaf("b", null, null, "index", null, null),
      Indicator.leaf("c", null, null, "index", null, null)));

  static Table table() {
    return new Table(List.of("P", "Q", "R", "S"), List.of("a", "b", "c"),
        new double[][] {{1, 2, 3}, {2, NaN, 4}, {NaN, NaN, NaN}, {4, 8, 5}}, List.of("x", "x", "y", "y"), null);
  }

  @Test
  @DisplayName("entities missing more than the allowed share are dropped and listed; the rest are imputed and listed in Audit")
  void dropThenImpute() throws Exception {
    Recipe r = RecipeJson.parse("t", "{\"impute\":{\"method\":\"mean\",\"maxMissingShare\":0.5}}");
    IndexResult res = Pipeline.run(table(), TREE, r);
    assertThat(res.entities()).containsExactly("P", "Q", "S");
    assertThat(res.audit().stream().map(org.indexkit.core.AuditEntry::message).toList()).contains("Dropped \"R\": 3 of 3 indicators missing (more than 50%)", "Imputed \"Q\" · \"b\" = 5 (mean)");
    assertThat(res.provenance().recipe()).as("the recipe as run").isEqualTo(org.indexkit.method.MethodRegistry.resolve(r));
    assertThat(res.provenance().variants()).anyMatch(v -> v.contains("dropped")).anyMatch(v -> v.contains("impute: mean"));
    SheetPlan audit = SheetPlans.of(res, null).stream().filter(p -> p.name().equals("Audit")).findFirst().orElseThrow();
    assertThat(audit.rows()).anyMatch(row -> row.get(0).equals("Dropped entity")).anyMatch(row -> row.get(0).equals("Imputed cell"));
  }

  @Test
  @DisplayName("problems after dropping still name the original rows; group methods need a Group column")
  void rowsAndGroups() throws Exception {
    Table t = new Table(List.of("P", "Q", "R", "S"), List.of("a", "b", "c"),
        new double[][] {{NaN, NaN, NaN}, {2, -1, 4}, {1, 2, 3}, {4, 8, 5}});
    IndicatorTree logTree = new IndicatorTree(List.of(Indicator.node("index", null, null, null, null),
        Indicator.leaf("a", null, null, "index", null, null), Indicator.leaf("b", null, null, "index", null, null),
        Indicator.leaf("c", null, null, "index", null, null)));
    Recipe geo = RecipeJson.parse("t", "{\"impute\":{\"method\":\"mean\",\"maxMissingShare\":0.5},\"aggregate\":\"geometric\","
        + "\"normalise\":\"none\"}");
    assertThatThrownBy(() -> Pipeline.run(t, logTree, geo)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.problems().get(0).row()).as("Q is row 1 of the original table").isEqualTo(1));
    Recipe group = RecipeJson.parse("t", "{\"impute\":\"group-mean\"}");
    assertThatThrownBy(() -> Pipeline.run(t, TREE, group)).hasMessageContaining("needs a Group column");
    IndexResult g = Pipeline.run(table(), TREE, RecipeJson.parse("t", "{\"impute\":{\"method\":\"group-mean\",\"maxMissingShare\":0.5}}"));
    assertThat(g.audit().stream().map(org.indexkit.core.AuditEntry::message).toList()).contains("Imputed \"Q\" · \"b\" = 2 (group-mean)");
  }

  @Test
  @DisplayName("without imputation every missing cell is still an error; an all-missing indicator is an error either way")
  void noneStillRefuses() throws Exception {
    assertThatThrownBy(() -> Pipeline.run(table(), TREE, Recipe.defaults())).hasMessageContaining("\"Q\" has no value for \"b\"");
    Table empty = new Table(List.of("P", "Q"), List.of("a", "b", "c"), new double[][] {{1, NaN, 2}, {2, NaN, 3}});
    assertThatThrownBy(() -> Pipeline.run(empty, TREE, RecipeJson.parse("t", "{\"impute\":\"mice\"}")))
        .hasMessageContaining("\"b\" has no values at all");
  }

  @Test
  @DisplayName("substitution: a missing cell takes the same row's value from the column \"<indicator> national\", flagged in Audit")
  void substitute() throws Exception {
    Table t = new Table(List.of("P", "Q", "R"), List.of("a", "b", "c", "b national"),
        new double[][] {{1, 2, 3, 9}, {2, NaN, 4, 7}, {3, 4, 5, NaN}});
    Recipe r = RecipeJson.parse("t", "{\"impute\":{\"method\":\"substitute\",\"suffix\":\" national\"}}");
    IndexResult res = Pipeline.run(t, TREE, r);
    assertThat(res.audit().stream().map(org.indexkit.core.AuditEntry::message).toList()).containsExactly("Substituted \"Q\" · \"b\" = 7 from \"b national\"");
    assertThat(res.node("b").scores()[1]).isEqualTo(1.0); // 7 is now the largest b: min-max gives 1
    assertThat(res.warnings()).noneMatch(w -> w.contains("b national"));
    Table noSub = new Table(List.of("P", "Q"), List.of("a", "b", "c"), new double[][] {{1, 2, 3}, {2, NaN, 4}});
    assertThatThrownBy(() -> Pipeline.run(noSub, TREE, r)).hasMessageContaining("no substitute in a column \"b national\"");
  }

  /** Rate per 1,000 people: "rate" is divided by "pop"; Q's population is missing. */
  static final IndicatorTree PER_CAPITA = new IndicatorTree(List.of(Indicator.node("index", null, null, null, null),
      new Indicator("rate", null, null, "index", null, null, org.indexkit.core.Transform.perCapita("pop", 1000), null, null, null, null),
      Indicator.leaf("b", null, null, "index", null, null)));

  static Table perCapitaTable() {
    return new Table(List.of("P", "Q", "R", "S"), List.of("rate", "pop", "b"),
        new double[][] {{10, 100, 1}, {20, NaN, 2}, {30, 300, 3}, {80, 200, 4}});
  }

  @Test
  @DisplayName("issue 13: a per-capita value whose denominator is missing is a missing value: mean-imputed, and listed in Audit as such")
  void perCapitaMissingDenominatorImputed() throws Exception {
    IndexResult res = Pipeline.run(perCapitaTable(), PER_CAPITA, RecipeJson.parse("t", "{\"impute\":{\"method\":\"mean\"}}"));
    // the other rates per 1,000: 10/100, 30/300, 80/200 → 100, 100, 400; their mean 200 stands in for Q
    assertThat(res.audit().stream().map(org.indexkit.core.AuditEntry::message).toList()).contains("Imputed \"Q\" · \"rate\" = 200 (mean, after its transform)")
        .anyMatch(a -> a.startsWith("Missing because its denominator is: \"Q\" · \"rate\" is divided by \"pop\""));
    SheetPlan audit = SheetPlans.of(res, null).stream().filter(p -> p.name().equals("Audit")).findFirst().orElseThrow();
    assertThat(audit.rows()).anyMatch(row -> row.get(0).equals("Missing denominator"));
    for (double v : res.composite().scores()) assertThat(v).isFinite();
  }

  @Test
  @DisplayName("issue 13: without imputation a missing denominator is refused naming both cells, the value and its empty denominator")
  void perCapitaMissingDenominatorRefused() {
    assertThatThrownBy(() -> Pipeline.run(perCapitaTable(), PER_CAPITA, Recipe.defaults())).isInstanceOfSatisfying(InvalidInputException.class,
        e -> {
          assertThat(e.problems()).hasSize(2);
          assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(0);
            assertThat(p.message()).contains("\"Q\" has a value for \"rate\", but it is divided by \"pop\"");
          });
          assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("\"Q\" has no \"pop\"");
          });
        });
  }
}
