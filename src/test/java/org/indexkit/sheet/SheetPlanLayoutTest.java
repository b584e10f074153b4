package org.indexkit.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a reader sees on opening a sheet, decided once in the SheetPlan: frozen entity column, chart position, axis start. */
class SheetPlanLayoutTest {
  static SheetPlan scores(int extraColumns, double... composite) {
    List<SheetPlan.Column> cols = new ArrayList<>(List.of(new SheetPlan.Column("entity", "Entity", "@"), new SheetPlan.Column("index", "Index", "0.00")));
    for (int i = 0; i < extraColumns; i++) cols.add(new SheetPlan.Column("d" + i, "D" + i, "0.00"));
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < composite.length; i++) {
      List<Object> row = new ArrayList<>(List.of("city " + i, composite[i]));
      for (int k = 0; k < extraColumns; k++) row.add(1.0);
      rows.add(row);
    }
    return new SheetPlan("Scores", cols, rows, 1, new SheetPlan.Chart("bar", "Index", 0, 1, composite.length));
  }

  @Test
  @DisplayName("the entity column is frozen beside the header; a sheet without it freezes none")
  void frozenEntity() {
    assertThat(scores(0, 1, 2).freezeColumns()).isEqualTo(1);
    assertThat(new SheetPlan("Weights", List.of(new SheetPlan.Column("code", "Code", "@")), List.of()).freezeColumns()).isZero();
  }

  @Test
  @DisplayName("a narrow sheet's chart sits right of its data; from 10 columns on, right of the columns it charts (C, not after AO)")
  void chartPosition() {
    assertThat(scores(3, 1, 2).chartColumn()).as("5 columns: after a gap").isEqualTo(6);
    assertThat(scores(38, 1, 2).chartColumn()).as("40 columns: right of Entity and Index").isEqualTo(2);
    assertThat(new SheetPlan("Audit", List.of(new SheetPlan.Column("k", "Kind", "@")), List.of()).chartColumn()).isNull();
  }

  @Test
  @DisplayName("printed fitted to the page's width up to 15 columns; wider sheets run across pages (the entity column repeated)")
  void fitToWidth() {
    assertThat(scores(13, 1, 2).fitToWidth()).as("15 columns").isTrue();
    assertThat(scores(14, 1, 2).fitToWidth()).as("16 columns").isFalse();
  }

  @Test
  @DisplayName("bars from near the minimum when all are over half the largest: 70.2–85.8 start at 60 (spread 15.6, step 10); "
      + "60.5–100 at 50; 0.1–0.77 and a negative value from zero")
  void axisStart() {
    assertThat(scores(0, 85.83, 80.1, 76.4, 70.2).chartAxisMin()).isEqualTo(60.0);
    assertThat(scores(0, 100, 88.6, 60.5).chartAxisMin()).isEqualTo(50.0);
    assertThat(scores(0, 0.77, 0.45, 0.1).chartAxisMin()).isNull();
    assertThat(scores(0, 5, 4, -1).chartAxisMin()).isNull();
    assertThat(scores(0, 3, 3).chartAxisMin()).as("no spread").isNull();
  }
}
