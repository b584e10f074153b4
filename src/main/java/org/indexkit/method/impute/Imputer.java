package org.indexkit.method.impute;

/**
 * Fills the missing cells (NaN) of {@code x[row][column]} in place and never touches an observed
 * value. Each column has at least one observed value (the pipeline refuses all-missing indicators).
 */
public interface Imputer {

  void fill(double[][] x);

  /** The method variant in words, for the Provenance sheet. */
  String variant();

  static double[] observed(double[][] x, int col) {
    return java.util.Arrays.stream(x).mapToDouble(r -> r[col]).filter(v -> !Double.isNaN(v)).toArray();
  }
}
