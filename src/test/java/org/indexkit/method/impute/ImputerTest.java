package org.indexkit.method.impute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImputerTest {
  static final double NaN = Double.NaN;

  static double[][] copy(double[][] x) {
    double[][] c = new double[x.length][];
    for (int i = 0; i < x.length; i++) c[i] = x[i].clone();
    return c;
  }

  @Test
  @DisplayName("mean and median by hand; group mean within the Group, whole column where the Group has none")
  void columnMethods() {
    double[][] x = {{1, 10}, {2, NaN}, {6, 30}, {NaN, 20}};
    double[][] mean = copy(x);
    new ColumnImputer(false, null).fill(mean);
    assertThat(mean[1][1]).isEqualTo(20); // (10 + 30 + 20)/3
    assertThat(mean[3][0]).isEqualTo(3); // (1 + 2 + 6)/3
    double[][] median = copy(x);
    new ColumnImputer(true, null).fill(median);
    assertThat(median[3][0]).isEqualTo(2);
    double[][] group = copy(x);
    new ColumnImputer(false, List.of("a", "a", "b", "c")).fill(group);
    assertThat(group[1][1]).isEqualTo(10); // group a has only 10
    assertThat(group[3][0]).isEqualTo(3); // group c has no observed first column → whole column
    assertThat(group[0]).containsExactly(1, 10);
  }

  @Test
  @DisplayName("issue 13: group means come from observed values only (hand-computed), and shuffling the rows changes no bit")
  void groupMeansFromObservedValuesOnly() {
    // group a: 1, 2, –, 4, –  → both gaps get (1 + 2 + 4)/3, the second NOT (1 + 2 + 4 + 7/3)/4 as when filled in place
    // group b: 10, –, 0.1, 0.2 → (10 + 0.1 + 0.2)/3 = 10.3/3
    double[][] x = {{1}, {2}, {NaN}, {4}, {NaN}, {10}, {NaN}, {0.1}, {0.2}};
    List<String> g = List.of("a", "a", "a", "a", "a", "b", "b", "b", "b");
    double[][] filled = copy(x);
    new ColumnImputer(false, g).fill(filled);
    assertThat(filled[2][0]).isEqualTo(7.0 / 3);
    assertThat(filled[4][0]).isEqualTo(7.0 / 3);
    assertThat(filled[6][0]).isEqualTo((0.1 + 0.2 + 10) / 3); // the sum in ascending order, as the imputer forms it
    double[][] medians = copy(x);
    new ColumnImputer(true, g).fill(medians);
    assertThat(medians[4][0]).isEqualTo(2);
    assertThat(medians[6][0]).isEqualTo(0.2);

    Random rnd = new Random(5);
    int n = 400;
    double[][] big = new double[n][3];
    List<String> groups = new java.util.ArrayList<>();
    for (int r = 0; r < n; r++) {
      groups.add("g" + rnd.nextInt(7));
      for (int c = 0; c < 3; c++) big[r][c] = rnd.nextInt(4) == 0 ? NaN : rnd.nextGaussian() * 1e3 + 1e-3 * rnd.nextGaussian();
    }
    for (boolean median : new boolean[] {false, true}) {
      double[][] a = copy(big);
      new ColumnImputer(median, groups).fill(a);
      for (int trial = 0; trial < 5; trial++) {
        List<Integer> order = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
        java.util.Collections.shuffle(order, new Random(trial));
        int[] perm = order.stream().mapToInt(Integer::intValue).toArray();
        double[][] shuffled = new double[n][];
        List<String> shuffledGroups = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) { shuffled[i] = big[perm[i]].clone(); shuffledGroups.add(groups.get(perm[i])); }
        new ColumnImputer(median, shuffledGroups).fill(shuffled);
        for (int i = 0; i < n; i++)
          for (int c = 0; c < 3; c++)
            assertThat(Double.doubleToRawLongBits(shuffled[i][c])).as("row %d col %d, median %s", perm[i], c, median)
                .isEqualTo(Double.doubleToRawLongBits(a[perm[i]][c]));
      }
    }
  }

  @Test
  @DisplayName("kNN by hand: the missing cell takes the mean of its k closest rows on the other columns")
  void knn() {
    double[][] x = {{0, 0}, {0.1, 10}, {5, 50}, {5.1, 60}, {0.05, NaN}};
    new KnnImputer(2).fill(x);
    assertThat(x[4][1]).isEqualTo(5); // nearest on column 1: rows 0 and 1 → (0 + 10)/2
  }

  /** Three indicators driven by one common factor. */
  static double[][] correlated(Random rnd, int n) {
    double[][] x = new double[n][3];
    for (double[] r : x) {
      double f = rnd.nextGaussian();
      r[0] = 10 + 3 * f + 0.3 * rnd.nextGaussian();
      r[1] = 50 + 8 * f + 0.8 * rnd.nextGaussian();
      r[2] = 5 + 2 * f + 0.5 * rnd.nextGaussian();
    }
    return x;
  }

  @Test
  @DisplayName("MICE: observed values never change, the same seed gives the same result, and removed values are recovered "
      + "better than by the mean (RMSE at most 60% of mean imputation's)")
  void mice() {
    Random rnd = new Random(11);
    double[][] truth = correlated(rnd, 200);
    double[][] holed = copy(truth);
    int removed = 0;
    for (int r = 0; r < holed.length; r++)
      for (int c = 0; c < 3; c++) if (rnd.nextDouble() < 0.15 && c != (r % 3)) { holed[r][c] = NaN; removed++; }
    assertThat(removed).isGreaterThan(40);

    double[][] mice = copy(holed);
    new MiceImputer(5, 10, 7).fill(mice);
    double[][] again = copy(holed);
    new MiceImputer(5, 10, 7).fill(again);
    assertThat(again).isDeepEqualTo(mice);
    double[][] mean = copy(holed);
    new ColumnImputer(false, null).fill(mean);

    double seMice = 0, seMean = 0;
    for (int r = 0; r < truth.length; r++)
      for (int c = 0; c < 3; c++) {
        if (!Double.isNaN(holed[r][c])) {
          assertThat(mice[r][c]).isEqualTo(holed[r][c]);
          continue;
        }
        double scale = c == 1 ? 8 : c == 0 ? 3 : 2; // compare on each indicator's own scale
        seMice += Math.pow((mice[r][c] - truth[r][c]) / scale, 2);
        seMean += Math.pow((mean[r][c] - truth[r][c]) / scale, 2);
      }
    assertThat(Math.sqrt(seMice)).isLessThan(0.6 * Math.sqrt(seMean));
  }
}
