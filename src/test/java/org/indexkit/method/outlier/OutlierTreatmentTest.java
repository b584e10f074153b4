package org.indexkit.method.outlier;

import org.indexkit.core.StepChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.indexkit.json.RecipeJson;
import org.indexkit.pipeline.Pipeline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutlierTreatmentTest {
  static double[] oneTo(int n, double... extra) {
    double[] x = new double[n + extra.length];
    for (int i = 0; i < n; i++) x[i] = i + 1;
    System.arraycopy(extra, 0, x, n, extra.length);
    return x;
  }

  @Test
  @DisplayName("winsorising 1…20 and 100 at the 5% and 95% quantiles (R type 7: the 2nd and 20th of 21 values) gives 2 and 20")
  void winsorise() {
    double[] x = oneTo(20, 100);
    var changes = OutlierRules.STEP.make(StepChoice.of("winsorise")).apply(x);
    assertThat(x[0]).isEqualTo(2);
    assertThat(x[20]).isEqualTo(20);
    assertThat(changes).extracting(OutlierTreatment.Change::row).containsExactly(0, 20);
    assertThat(changes.get(1).what()).isEqualTo("100.0 winsorised down to 20.0");
  }

  @Test
  @DisplayName("COINr rule: one far outlier is pulled in to the next value, and the column is no longer flagged")
  void coinrWinsorises() {
    double[] x = oneTo(19, 200);
    assertThat(OutlierTreatment.skewness(x)).isGreaterThan(2);
    assertThat(OutlierTreatment.kurtosis(x)).isGreaterThan(3.5);
    var changes = OutlierRules.STEP.make(StepChoice.of("coinr")).apply(x);
    assertThat(changes).hasSize(1);
    assertThat(x[19]).isEqualTo(19);
    assertThat(Math.abs(OutlierTreatment.skewness(x))).isLessThan(2);
  }

  @Test
  @DisplayName("COINr rule: when 5 points are not enough the original column is log-transformed instead, by COINr's log_CT")
  void coinrLogs() {
    Random rnd = new Random(3);
    double[] x = new double[200];
    for (int i = 0; i < x.length; i++) x[i] = Math.exp(2.5 * rnd.nextGaussian());
    double[] original = x.clone();
    double min = Arrays.stream(original).min().orElseThrow(), max = Arrays.stream(original).max().orElseThrow();
    var changes = OutlierRules.STEP.make(StepChoice.of("coinr")).apply(x);
    assertThat(changes.get(0).what()).contains("log-transformed instead");
    for (int i = 0; i < x.length; i++) assertThat(x[i]).isEqualTo(Math.log(original[i] - min + 0.01 * (max - min)));
    double[] ct = original.clone();
    OutlierRules.STEP.make(StepChoice.of("coinr", "log", "ct")).apply(ct);
    for (int i = 0; i < x.length; i++) assertThat(ct[i]).as("the COIN Tool's log, kept as a variant").isEqualTo(Math.log(original[i]));
  }

  // ---- COINr 1.1.14, R/treat.R (winsorise, log_CT, check_SkewKurt, skew, kurt): issue 13's three differences ----

  @Test
  @DisplayName("COINr's moments by hand (e1071 type 2): x = 1, 2, 3, 10 → Σd² = 50, Σd³ = 180, Σd⁴ = 1394; skew = 180·√12/50^1.5, kurtosis = 3.228")
  void momentsByHand() {
    double[] x = {1, 2, 3, 10}; // mean 4, d = −3, −2, −1, 6
    assertThat(OutlierTreatment.skewness(x)).isCloseTo(180 * Math.sqrt(12) / Math.pow(50, 1.5), within(1e-15)); // 1.7636…
    // r = 4·1394/50² = 2.2304; ((4 + 1)(r − 3) + 6)(4 − 1)/((4 − 2)(4 − 3)) = 2.152 · 1.5
    assertThat(OutlierTreatment.kurtosis(x)).isCloseTo(3.228, within(1e-14));
  }

  @Test
  @DisplayName("COINr's log_CT by hand: x = 1, 2, 3, 100 → ln(x − 1 + 0.99)")
  void logStepByHand() {
    double[] x = {1, 2, 3, 100};
    OutlierTreatment.logCoinr(x);
    assertThat(x).containsExactly(Math.log(0.99), Math.log(1.99), Math.log(2.99), Math.log(99.99));
  }

  @Test
  @DisplayName("a column exactly at the thresholds fails (|skewness| ≥ 2 and kurtosis ≥ 3.5); just below either, it passes")
  void atTheThresholds() {
    assertThat(OutlierTreatment.fails(2.0, 3.5, 2, 3.5)).isTrue();
    assertThat(OutlierTreatment.fails(-2.0, 3.5, 2, 3.5)).as("negative skew counts by its size").isTrue();
    assertThat(OutlierTreatment.fails(Math.nextDown(2.0), 100, 2, 3.5)).isFalse();
    assertThat(OutlierTreatment.fails(100, Math.nextDown(3.5), 2, 3.5)).isFalse();
  }

  @Test
  @DisplayName("the limit counts points, not steps: two entities tied at the maximum, limit 5 — three steps move 2, 3 and 4 points and pass")
  void tiedMaximumPasses() {
    double[] x = oneTo(30, 200, 200, 150, 120);
    var changes = OutlierRules.STEP.make(StepChoice.of("coinr")).apply(x);
    // step 1: both 200s → 150 (2 points at the max); step 2: three 150s → 120; step 3: four 120s → 30, and it passes
    assertThat(Arrays.copyOfRange(x, 30, 34)).containsExactly(30, 30, 30, 30);
    assertThat(changes).extracting(OutlierTreatment.Change::row).containsExactly(30, 31, 32, 33);
    assertThat(changes.get(0).what()).isEqualTo("200.0 winsorised to 30.0 (COINr rule: |skewness| ≥ 2.0 and kurtosis ≥ 3.5; 4 points winsorised)");
  }

  @Test
  @DisplayName("ties carry the count to the limit in four steps (2, 3, 4, 5 points); still failing, the ORIGINAL values are logged")
  void tiesReachTheLimit() {
    double[] x = oneTo(100, 1000, 1000, 900, 800, 700, 600);
    double[] original = x.clone();
    var changes = OutlierRules.STEP.make(StepChoice.of("coinr")).apply(x);
    assertThat(changes.get(0).what()).contains("after winsorising 5 points (limit 5)");
    for (int i = 0; i < x.length; i++) assertThat(x[i]).isEqualTo(Math.log(original[i] - 1 + 0.01 * 999)); // min 1, max 1000
  }

  @Test
  @DisplayName("Box–Cox picks λ ≈ 0 for log-normal data and λ ≈ 0.5 for squared normal data")
  void boxCox() {
    Random rnd = new Random(5);
    double[] logNormal = new double[500], squared = new double[500];
    for (int i = 0; i < 500; i++) {
      logNormal[i] = Math.exp(rnd.nextGaussian());
      double z = 10 + rnd.nextGaussian();
      squared[i] = z * z;
    }
    var a = OutlierTreatment.boxCox(logNormal).get(0).what();
    var b = OutlierTreatment.boxCox(squared).get(0).what();
    assertThat(Math.abs(lambda(a))).isLessThan(0.15);
    assertThat(lambda(b)).isCloseTo(0.5, within(0.3));
  }

  static double lambda(String note) {
    return Double.parseDouble(note.replaceAll(".*λ = ([-0-9.]+).*", "$1"));
  }

  @Test
  @DisplayName("in the pipeline every treated cell is listed in Audit and the variant in Provenance")
  void inThePipeline() throws Exception {
    double[] a = oneTo(20, 100);
    double[][] rows = new double[21][2];
    for (int i = 0; i < 21; i++) { rows[i][0] = a[i]; rows[i][1] = i; }
    List<String> names = Arrays.stream(a).mapToObj(v -> "city " + (int) v).toList();
    var tree = new org.indexkit.core.IndicatorTree(List.of(org.indexkit.core.Indicator.node("index", null, null, null, null),
        org.indexkit.core.Indicator.leaf("a", null, null, "index", null, null), org.indexkit.core.Indicator.leaf("b", null, null, "index", null, null)));
    var r = Pipeline.run(new org.indexkit.core.Table(names, List.of("a", "b"), rows), tree, RecipeJson.parse("t", "{\"outliers\":\"winsorise\"}"));
    assertThat(r.audit().stream().map(org.indexkit.core.AuditEntry::message).toList()).contains("Treated \"a\" · \"city 100\": 100.0 winsorised down to 20.0");
    assertThat(r.provenance().variants()).anyMatch(v -> v.startsWith("outliers: winsorised to the 0.05 and 0.95 quantiles"));
  }
}
