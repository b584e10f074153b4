package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a node's score is built from its children's scores and weights, at every node.
 *
 * @param norm TOPSIS only: how the children's columns are normalised, "vector" (default) or "min-max"
 * @param v VIKOR only: weight of group utility against individual regret (default 0.5)
 * @param best TOPSIS only: a fixed ideal on the children's scale (with {@code worst}); null = from the data
 * @param worst TOPSIS only: a fixed anti-ideal
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Aggregation(Method method, String norm, Double v, Double best, Double worst) {

  public enum Method implements Choice {
    ARITHMETIC("arithmetic"), GEOMETRIC("geometric"), HARMONIC("harmonic"), TOPSIS("topsis"), VIKOR("vikor"),
    MAZZIOTTA_PARETO("mazziotta-pareto");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "aggregation", s); }
  }

  @JsonCreator
  public Aggregation {
    method = method == null ? Method.ARITHMETIC : method;
    if (method == Method.TOPSIS) {
      norm = norm == null ? "vector" : norm.trim().toLowerCase(java.util.Locale.ROOT);
      if (!norm.equals("vector") && !norm.equals("min-max"))
        throw new IllegalArgumentException("TOPSIS normalisation \"" + norm + "\" is not one of vector, min-max");
      if ((best == null) != (worst == null) || (best != null && !(best > worst)))
        throw new IllegalArgumentException("a fixed TOPSIS ideal needs both best and worst, best > worst");
    } else {
      norm = null;
      best = null;
      worst = null;
    }
    if (method == Method.VIKOR) {
      v = v == null ? 0.5 : v;
      if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException("VIKOR's v must be in [0, 1], got " + v);
    } else v = null;
  }

  public Aggregation(Method method) {
    this(method, null, null, null, null);
  }

  public Aggregation(Method method, String norm, Double v) {
    this(method, norm, v, null, null);
  }

  @JsonCreator
  public static Aggregation of(String method) {
    return new Aggregation(Method.parse(method), null, null, null, null);
  }
}
