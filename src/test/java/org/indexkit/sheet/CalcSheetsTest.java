package org.indexkit.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.indexkit.core.Direction;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Table;
import org.indexkit.core.TableLayout;
import org.indexkit.input.LocatedTable;
import org.indexkit.scoring.Scoring;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Formula mode's Calc sheets on a hand example: three cities, output x (benefit, weight 0.6) and cost y (weight 0.4),
 * min-max to [0, 1], the weighted mean. By hand: x' = (1, 0, 0.5) from x = (30, 10, 20), y' = (1, 0, 0.75) from
 * y = (2, 6, 3), so the index is 0.6x' + 0.4y' = (1, 0, 0.6) and the ranks 1, 3, 2.
 */
class CalcSheetsTest {
  static final IndicatorTree TREE = new IndicatorTree(List.of(Indicator.root("index", "Index", "指数"),
      Indicator.leaf("x", "Output", "产出", "index", 0.6, Direction.BENEFIT), Indicator.leaf("y", "Cost", "成本", "index", 0.4, Direction.COST)));
  static final Table TABLE = new Table(List.of("A", "B", "C"), List.of("x", "y"), new double[][] {{30, 2}, {10, 6}, {20, 3}});

  static List<SheetPlan> sheets(Map<String, String> settings, List<String> existing) {
    var input = new LocatedTable(TABLE, TableLayout.block("My data", 0, 0, 2));
    var s = new java.util.LinkedHashMap<>(settings);
    s.put("formulas", "true");
    return Scoring.score(input, Scoring.setup(input, null, TREE, "test", null, s), null, existing).sheets();
  }

  static SheetPlan named(List<SheetPlan> plans, String name) {
    return plans.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("each step a formula over the Data cells, the engine's value cached; Scores references Calc; weights on Calc weights")
  void handExample() {
    List<SheetPlan> plans = sheets(Map.of(), List.of());
    assertThat(plans).extracting(SheetPlan::name).containsSubsequence("Scores", "Weights", "Calc", "Calc weights", "Provenance");
    SheetPlan calc = named(plans, "Calc");
    assertThat(calc.columns()).extracting(SheetPlan.Column::header).containsExactly("Entity", "Output · input", "Cost · input",
        "Output · normalised", "Cost · normalised", "Index · score", "Index · rank");
    List<Object> a = calc.rows().get(0); // A is first: the Scores order
    assertThat(a.get(0)).isEqualTo("A");
    assertThat(a.get(1)).isEqualTo(new SheetPlan.Formula("'My data'!B2", 30.0));
    assertThat(formula(a.get(3))).isEqualTo("IF(MAX(B$2:B$4)=MIN(B$2:B$4),0.5,0+1*(B2-MIN(B$2:B$4))/(MAX(B$2:B$4)-MIN(B$2:B$4)))");
    assertThat(formula(a.get(4))).as("cost mirrored").isEqualTo("IF(MAX(C$2:C$4)=MIN(C$2:C$4),0.5,0+1*(MAX(C$2:C$4)-C2)/(MAX(C$2:C$4)-MIN(C$2:C$4)))");
    assertThat(formula(a.get(5))).isEqualTo("'Calc weights'!$E$3*D2+'Calc weights'!$E$4*E2");
    assertThat(formula(a.get(6))).isEqualTo("RANK(F2,F$2:F$4,0)");
    double[][] byHand = {{1, 1, 1, 1}, {0, 0, 0, 3}, {0.5, 0.75, 0.6, 2}}; // x', y', index, rank of A, B, C
    for (int r = 0; r < 3; r++) {
      List<Object> row = calc.rows().get(List.of("A", "C", "B").indexOf(List.of("A", "B", "C").get(r))); // in rank order
      for (int c = 0; c < 4; c++) assertThat(((SheetPlan.Formula) row.get(3 + c)).value()).isCloseTo(byHand[r][c], within(1e-15));
    }
    SheetPlan weights = named(plans, "Calc weights");
    assertThat(weights.rows().get(1)).containsExactly("all", "x", "index", null, 0.6, new SheetPlan.Formula("E3*F2", 0.6));
    assertThat(named(plans, "Scores").rows().get(0).get(1)).isEqualTo(new SheetPlan.Formula("'Calc'!F2", 1.0));
    assertThat(named(plans, "Provenance").rows()).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Formula mode"));
  }

  @Test
  @DisplayName("formulas name the sheets as they are finally named: Calc (2) beside the user's Calc, 计算 in Chinese")
  void referencesFollowTheNames() {
    List<SheetPlan> taken = sheets(Map.of(), List.of("Calc", "Scores"));
    assertThat(named(taken, "Scores (2)").rows().get(0).get(1)).isEqualTo(new SheetPlan.Formula("'Calc (2)'!F2", 1.0));
    assertThat(formula(named(taken, "Calc (2)").rows().get(0).get(5))).startsWith("'Calc weights'!$E$3*");
    List<SheetPlan> zh = sheets(Map.of("language", "zh-CN"), List.of());
    assertThat(named(zh, "得分").rows().get(0).get(1)).isEqualTo(new SheetPlan.Formula("'计算'!F2", 1.0));
    assertThat(formula(named(zh, "计算").rows().get(0).get(5))).startsWith("'计算权重'!$E$3*");
    assertThat(named(zh, "计算").columns().get(3).header()).isEqualTo("产出 · 标准化值");
  }

  @Test
  @DisplayName("entropy weights as formulas: each leaf's divergence 1 − e over its Calc column, its share of the divergences")
  void entropy() {
    List<SheetPlan> plans = sheets(Map.of("weights", "entropy"), List.of());
    SheetPlan weights = named(plans, "Calc weights");
    List<Object> x = weights.rows().get(1);
    assertThat(formula(x.get(3))).isEqualTo("IF(SUM('Calc'!D$2:D$4)=0,0,1+SUMPRODUCT('Calc'!D$2:D$4/SUM('Calc'!D$2:D$4),"
        + "LN('Calc'!D$2:D$4/SUM('Calc'!D$2:D$4)+('Calc'!D$2:D$4=0)))/LN(3))");
    assertThat(formula(x.get(4))).isEqualTo("IF(SUM(D3,D4)>0,D3/SUM(D3,D4),0.5)");
    // by hand: x' = (1, 0, 0.5): p = (2/3, 0, 1/3), e = −(2/3 ln 2/3 + 1/3 ln 1/3)/ln 3; y' = (1, 0, 0.75): p = (4/7, 0, 3/7)
    double dx = 1 + (2.0 / 3 * Math.log(2.0 / 3) + 1.0 / 3 * Math.log(1.0 / 3)) / Math.log(3);
    double dy = 1 + (4.0 / 7 * Math.log(4.0 / 7) + 3.0 / 7 * Math.log(3.0 / 7)) / Math.log(3);
    assertThat(((SheetPlan.Formula) x.get(4)).value()).isCloseTo(dx / (dx + dy), within(1e-12));
    assertThat(named(plans, "Provenance").rows().toString()).doesNotContain("Values, not formulas");
  }

  private static String formula(Object cell) {
    return ((SheetPlan.Formula) cell).formula();
  }
}
