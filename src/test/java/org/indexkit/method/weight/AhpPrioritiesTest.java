package org.indexkit.method.weight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.indexkit.core.JudgementMatrix;
import org.indexkit.method.weight.AhpPriorities.Method;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Published AHP examples, from ../shared/reference/method-fixtures.md §2.1 (sources named per test). */
class AhpPrioritiesTest {

  /** Rows as text, the way a researcher types them (full matrices here). */
  static double[][] matrix(String rows) {
    int n = rows.split(";").length;
    List<String> kids = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) kids.add("c" + (i + 1));
    return JudgementMatrix.parse(rows, kids).values();
  }

  // Fixture A: pymcdm test/test_weights.py TestAHPWeights (Wang & Chin 2011), 6 criteria, an inconsistent matrix
  static final String WANG_CHIN = "1 4 3 1 3 4; 1/4 1 7 3 1/5 1; 1/3 1/7 1 1/5 1/5 1/6; 1 1/3 5 1 1 1/3; 1/3 5 5 1 1 3; 1/4 1 6 3 1/3 1";

  // Fixture B: JMcDM test/mcdm/testahp.jl (Saaty 2008), the 8 × 8 criteria matrix K and the alternatives' A1…A8
  static final String K = "1 7 1/5 1/8 1/2 1/3 1/5 1; 1/7 1 1/8 1/9 1/4 1/5 1/9 1/8; 5 8 1 1/3 4 2 1 1; 8 9 3 1 7 5 3 3; "
      + "2 4 1/4 1/7 1 1/2 1/5 1/5; 3 5 1/2 1/5 2 1 1/3 1/3; 5 9 1 1/3 5 3 1 1; 1 8 1 1/3 5 3 1 1";
  static final List<String> ALTERNATIVES = List.of(
      "1 3 1/5 2; 1/3 1 1/7 1/3; 5 7 1 4; 1/2 3 1/4 1", "1 1/2 4 5; 2 1 6 7; 1/4 1/6 1 3; 1/5 1/7 1/3 1",
      "1 1/2 1/6 3; 2 1 1/4 5; 6 4 1 9; 1/3 1/5 1/9 1", "1 7 1/4 2; 1/7 1 1/9 1/5; 4 9 1 5; 1/2 5 1/5 1",
      "1 6 2 3; 1/6 1 1/4 1/3; 1/2 4 1 2; 1/3 3 1/2 1", "1 1/4 1/2 1/7; 4 1 2 1/3; 2 1/2 1 1/5; 7 3 5 1",
      "1 3 7 1; 1/3 1 4 1/3; 1/7 1/4 1 1/7; 1 3 7 1", "1 2 5 8; 1/2 1 3 6; 1/5 1/3 1 3; 1/8 1/6 1/3 1");

  @Test
  @DisplayName("pymcdm / Wang & Chin (2011): eigenvector weights to 4 dp, λmax 7.4199, CR 0.229 ≥ 0.10 flagged")
  void pymcdmEigenvector() {
    AhpPriorities.Result r = AhpPriorities.of(matrix(WANG_CHIN), Method.EIGENVECTOR, RandomIndex.SAATY);
    assertThat(r.weights()).containsExactly(new double[] {0.3208, 0.1395, 0.0348, 0.1285, 0.2374, 0.1391}, within(5e-5));
    assertThat(r.lambdaMax()).isCloseTo(7.4199, within(5e-5));
    assertThat(r.ci()).isCloseTo(0.2840, within(5e-5));
    assertThat(r.randomIndex()).isEqualTo(1.24);
    assertThat(r.cr()).isCloseTo(0.2290, within(5e-5));
    assertThat(r.acceptable()).isFalse();
  }

  @Test
  @DisplayName("the same matrix by sum-product (和积法) and by row geometric means (方根法) gives other weights")
  void pymcdmOtherMethods() {
    assertThat(AhpPriorities.weights(matrix(WANG_CHIN), Method.SUM_PRODUCT))
        .containsExactly(new double[] {0.3047, 0.1486, 0.0382, 0.1414, 0.2208, 0.1463}, within(5e-5));
    assertThat(AhpPriorities.weights(matrix(WANG_CHIN), Method.GEOMETRIC))
        .containsExactly(new double[] {0.3160, 0.1391, 0.0360, 0.1251, 0.2360, 0.1477}, within(5e-5));
  }

  @Test
  @DisplayName("JMcDM / Saaty (2008): sum-product λ 8.72642777, CI 0.10377540, CR 0.07359957 and the per-row ratios")
  void jmcdmConsistency() {
    AhpPriorities.Result r = AhpPriorities.of(matrix(K), Method.SUM_PRODUCT, RandomIndex.SAATY);
    assertThat(r.lambdaMax()).isCloseTo(8.72642777, within(1e-8));
    assertThat(r.ci()).isCloseTo(0.10377540, within(1e-8));
    assertThat(r.randomIndex()).isEqualTo(1.41);
    assertThat(r.cr()).isCloseTo(0.07359957, within(1e-8));
    assertThat(r.ratios()).containsExactly(new double[] {8.4098, 8.2279, 8.9520, 8.8481, 8.8604, 8.9415, 8.9461, 8.6256}, within(5e-5));
    // the principal eigenvalue of the same matrix is smaller: an eigenvector tool cannot reproduce JMcDM's test
    AhpPriorities.Result eigen = AhpPriorities.of(matrix(K), Method.EIGENVECTOR, RandomIndex.SAATY);
    assertThat(eigen.lambdaMax()).isCloseTo(8.6982, within(5e-5));
    assertThat(eigen.cr()).isCloseTo(0.0707, within(5e-5));
  }

  @Test
  @DisplayName("JMcDM / Saaty (2008): hierarchical synthesis Σₖ wₖ·pₖ of four alternatives under eight criteria, by each method")
  void jmcdmSynthesis() {
    assertThat(synthesis(Method.SUM_PRODUCT)).containsExactly(new double[] {0.2801050, 0.1482273, 0.3813036, 0.1903641}, within(5e-8));
    assertThat(synthesis(Method.EIGENVECTOR)).containsExactly(new double[] {0.2778693, 0.1461938, 0.3872409, 0.1886960}, within(5e-7));
    assertThat(synthesis(Method.GEOMETRIC)).containsExactly(new double[] {0.2785697, 0.1462887, 0.3849343, 0.1902073}, within(5e-7));
  }

  private static double[] synthesis(Method m) {
    double[] w = AhpPriorities.weights(matrix(K), m), scores = new double[4];
    for (int k = 0; k < 8; k++) {
      double[] p = AhpPriorities.weights(matrix(ALTERNATIVES.get(k)), m);
      for (int a = 0; a < 4; a++) scores[a] += w[k] * p[a];
    }
    return scores;
  }

  @Test
  @DisplayName("BPMSG template (Goepel), 3 × 3: 27.9 %, 7.2 %, 64.9 % by eigenvector and geometric mean; λ 3.0649, CR 0.056")
  void bpmsg() {
    double[][] a = matrix("1 5 1/3; 1/5 1 1/7; 3 7 1");
    for (Method m : List.of(Method.EIGENVECTOR, Method.GEOMETRIC))
      assertThat(AhpPriorities.weights(a, m)).containsExactly(new double[] {0.2790, 0.0719, 0.6491}, within(5e-5));
    AhpPriorities.Result r = AhpPriorities.of(a, Method.EIGENVECTOR, RandomIndex.SAATY);
    assertThat(r.lambdaMax()).isCloseTo(3.0649, within(5e-5));
    assertThat(r.cr()).isCloseTo(0.056, within(5e-4));
    assertThat(r.acceptable()).isTrue();
  }

  @Test
  @DisplayName("姜启源《数学模型》 travel example (zhjx19/mathmodels test-AHP.R): eigenvector and sum-product weights, CR 0.0161")
  void travelDestination() {
    double[][] a = matrix("1 1/2 4 3 3; 2 1 7 5 5; 1/4 1/7 1 1/2 1/3; 1/3 1/5 2 1 1; 1/3 1/5 3 1 1");
    AhpPriorities.Result r = AhpPriorities.of(a, Method.EIGENVECTOR, RandomIndex.SAATY);
    assertThat(r.weights()).containsExactly(new double[] {0.2636, 0.4758, 0.0538, 0.0981, 0.1087}, within(5e-5));
    assertThat(r.lambdaMax()).isCloseTo(5.0721, within(5e-5));
    assertThat(r.ci()).isCloseTo(0.0180, within(5e-5));
    assertThat(r.cr()).isCloseTo(0.0161, within(5e-5));
    assertThat(AhpPriorities.weights(a, Method.SUM_PRODUCT)).containsExactly(new double[] {0.2623, 0.4744, 0.0545, 0.0985, 0.1103}, within(5e-5));
  }

  @Test
  @DisplayName("a perfectly consistent matrix: every method gives its exact weights, λmax = n, CR = 0")
  void consistentMatrix() {
    // built from w = (0.5, 0.3, 0.2): aᵢⱼ = wᵢ/wⱼ (a hand calculation)
    double[][] a = matrix("1 5/3 5/2; 3/5 1 3/2; 2/5 2/3 1");
    for (Method m : Method.values()) {
      AhpPriorities.Result r = AhpPriorities.of(a, m, RandomIndex.SAATY);
      assertThat(r.weights()).containsExactly(new double[] {0.5, 0.3, 0.2}, within(1e-12));
      assertThat(r.lambdaMax()).isCloseTo(3, within(1e-12));
      assertThat(r.cr()).isCloseTo(0, within(1e-12));
    }
  }

  @Test
  @DisplayName("two children are consistent by definition (CR 0); beyond the RI table CR is undefined, not guessed")
  void sizeLimits() {
    AhpPriorities.Result two = AhpPriorities.of(matrix("1 3; 1/3 1"), Method.EIGENVECTOR, RandomIndex.SAATY);
    assertThat(two.weights()).containsExactly(new double[] {0.75, 0.25}, within(1e-12));
    assertThat(two.cr()).isZero();
    double[][] big = new double[16][16];
    for (double[] row : big) java.util.Arrays.fill(row, 1);
    AhpPriorities.Result sixteen = AhpPriorities.of(big, Method.EIGENVECTOR, RandomIndex.SAATY);
    assertThat(sixteen.randomIndex()).isNull();
    assertThat(sixteen.cr()).isNull();
    assertThat(AhpPriorities.of(big, Method.EIGENVECTOR, RandomIndex.custom(java.util.Collections.nCopies(14, 1.6))).cr()).isZero();
  }
}
