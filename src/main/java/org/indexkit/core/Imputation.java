package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What happens to missing indicator values. {@code none}: every missing cell is an error naming it.
 * Otherwise entities missing more than {@code maxMissingShare} of their indicators are dropped first
 * (listed in Audit; seed 001 "选择性剔除高缺失率的城市"), then the rest is filled: column {@code mean} or
 * {@code median}, the mean or median of the entity's Group, {@code knn} (the k most similar entities),
 * or {@code mice} (chained equations, seed 001 "多重插补"). Observed values are never changed and every
 * filled cell is listed in the Audit sheet.
 *
 * @param maxMissingShare drop an entity missing more than this share of its indicators (default 1 = keep all)
 * @param k neighbours for knn (default 5)
 * @param m MICE imputations pooled by averaging (default 5)
 * @param iterations MICE cycles through the variables (default 10)
 * @param seed MICE random seed (same seed, same result)
 * @param suffix substitute: a missing cell of column "X" takes the value of column "X" + suffix in the same
 *     row, e.g. "lawyers per million national" (seeds 002/003 substitute national, state or older-year values)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Imputation(Method method, Double maxMissingShare, Integer k, Integer m, Integer iterations, Long seed,
                         String suffix) {

  public enum Method implements Choice {
    NONE("none"), MEAN("mean"), MEDIAN("median"), GROUP_MEAN("group-mean"), GROUP_MEDIAN("group-median"), KNN("knn"), MICE("mice"),
    SUBSTITUTE("substitute");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "imputation", s); }
  }

  public static final Imputation NONE = new Imputation(Method.NONE, null, null, null, null, null, null);

  public Imputation(Method method, Double maxMissingShare, Integer k, Integer m, Integer iterations, Long seed) {
    this(method, maxMissingShare, k, m, iterations, seed, null);
  }

  @JsonCreator
  public Imputation {
    method = method == null ? Method.NONE : method;
    maxMissingShare = maxMissingShare == null ? 1.0 : maxMissingShare;
    if (!(maxMissingShare >= 0 && maxMissingShare <= 1))
      throw new IllegalArgumentException("impute.maxMissingShare must be between 0 and 1, got " + maxMissingShare);
    k = method == Method.KNN ? (k == null ? 5 : k) : null;
    if (k != null && k < 1) throw new IllegalArgumentException("impute.k must be at least 1");
    boolean mice = method == Method.MICE;
    m = mice ? (m == null ? 5 : m) : null;
    iterations = mice ? (iterations == null ? 10 : iterations) : null;
    seed = mice ? (seed == null ? 20240101L : seed) : null;
    suffix = method == Method.SUBSTITUTE ? (suffix == null || suffix.isEmpty() ? " substitute" : suffix) : null;
    if (mice && (m < 1 || m > 100 || iterations < 1 || iterations > 200))
      throw new IllegalArgumentException("MICE needs 1–100 imputations and 1–200 iterations");
  }

  @JsonCreator
  public static Imputation of(String method) {
    return new Imputation(Method.parse(method), null, null, null, null, null, null);
  }

  public boolean enabled() {
    return method != Method.NONE;
  }
}
