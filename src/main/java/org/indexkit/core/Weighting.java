package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where the weights come from. {@code fixed}: the tree's weights at every level (a node without a
 * weight takes an equal share of what its siblings leave). {@code equal}: every node an equal share
 * of its parent. Objective methods ({@code entropy}, {@code critic}, {@code standard-deviation},
 * {@code coefficient-of-variation}) derive weights from the normalised data of each league and year,
 * either among the indicators of each dimension ({@code scope = within-dimension}; the levels above
 * keep the tree's weights) or across all indicators at once ({@code scope = all-indicators}; a
 * dimension then weighs the sum of its indicators' weights).
 *
 * @param shift entropy only: move a column with values below 0 up by |min| + 0.01 (SPSSAU) instead of refusing it
 * @param on objective methods: derive the weights from the normalised values ({@code normalised}, the default, as the
 *     Chinese reports do) or from the raw values ({@code raw}: after transforms, imputation and outlier treatment, cost
 *     indicators not mirrored — the common Python flow, e.g. pymcdm's entropy weights before TOPSIS)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Weighting(Method method, Scope scope, Boolean shift, Basis on) {

  /** Which values objective weights are derived from. */
  public enum Basis implements Choice {
    NORMALISED("normalised"), RAW("raw");
    private final String label;
    Basis(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Basis parse(String s) { return Choice.parse(Basis.class, "weights.on", s); }
  }

  public enum Method implements Choice {
    FIXED("fixed"), EQUAL("equal"), ENTROPY("entropy"), CRITIC("critic"), SD("standard-deviation"),
    CV("coefficient-of-variation"), PCA("pca");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "weighting", s); }
  }

  public enum Scope implements Choice {
    WITHIN("within-dimension"), ALL("all-indicators");
    private final String label;
    Scope(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Scope parse(String s) { return Choice.parse(Scope.class, "weights.scope", s); }
  }

  @JsonCreator
  public Weighting {
    method = method == null ? Method.FIXED : method;
    if (objective()) {
      scope = scope == null ? Scope.WITHIN : scope;
      shift = method == Method.ENTROPY ? shift != null && shift : null;
      on = on == null ? Basis.NORMALISED : on;
    } else {
      scope = null;
      shift = null;
      on = null;
    }
  }

  public Weighting(Method method, Scope scope, Boolean shift) {
    this(method, scope, shift, null);
  }

  public Weighting(Method method) {
    this(method, null, null, null);
  }

  @JsonCreator
  public static Weighting of(String method) {
    return new Weighting(Method.parse(method), null, null, null);
  }

  /** Derived from the data rather than given. */
  public boolean objective() {
    return method != Method.FIXED && method != Method.EQUAL;
  }
}
