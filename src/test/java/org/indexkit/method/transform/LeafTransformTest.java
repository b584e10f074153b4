package org.indexkit.method.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.indexkit.core.Transform;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeafTransformTest {
  @Test
  @DisplayName("log, ln(1+x) and per-capita by a column, with a multiplier")
  void values() {
    assertThat(LeafTransform.apply(Transform.LOG, Math.E * Math.E, 0)).isCloseTo(2, within(1e-12));
    assertThat(LeafTransform.apply(Transform.LN1P, 0, 0)).isEqualTo(0);
    assertThat(LeafTransform.apply(Transform.parse("per-capita(population, 10000)"), 50, 2_000_000)).isCloseTo(0.25, within(1e-12));
    assertThat(LeafTransform.apply(Transform.LOG, Double.NaN, 0)).isNaN();
  }

  @Test
  @DisplayName("values outside the domain are refused with a reason, not turned into NaN")
  void domainErrors() {
    assertThatThrownBy(() -> LeafTransform.apply(Transform.LOG, 0, 0)).hasMessageContaining("log needs values > 0");
    assertThatThrownBy(() -> LeafTransform.apply(Transform.perCapita("pop", 1), 5, 0)).hasMessageContaining("\"pop\"");
  }

  @Test
  @DisplayName("transforms read and print the way the Indicators sheet writes them")
  void text() {
    assertThat(Transform.parse("per-capita(population, 1000000)").toString()).isEqualTo("per-capita(population, 1000000)");
    assertThat(Transform.parse(" LN ")).isEqualTo(Transform.LOG);
    assertThatThrownBy(() -> Transform.parse("sqrt")).hasMessageContaining("not one of");
  }
}
