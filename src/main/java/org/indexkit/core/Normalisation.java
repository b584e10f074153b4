package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How each indicator is put on a common scale. {@code min}/{@code max} are the target range of
 * min-max (default [0,1]). Cost indicators are mirrored before normalising (see the pipeline).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Normalisation(Method method, Double min, Double max) {

  public enum Method implements Choice {
    MIN_MAX("min-max"), Z_SCORE("z-score"), PERCENTILE("percentile"), TARGET("distance-to-target"), IDENTITY("none");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "normalisation", s); }
  }

  @JsonCreator
  public Normalisation {
    method = method == null ? Method.MIN_MAX : method;
    if (method == Method.MIN_MAX) {
      min = min == null ? 0.0 : min;
      max = max == null ? 1.0 : max;
      if (!(max > min)) throw new IllegalArgumentException("min-max range needs max > min, got [" + min + ", " + max + "]");
    } else {
      min = null;
      max = null;
    }
  }

  /** "z-score" in a recipe cell or {@code --set normalise=z-score}. */
  @JsonCreator
  public static Normalisation of(String method) {
    return new Normalisation(Method.parse(method), null, null);
  }

  public static Normalisation minMax(double min, double max) {
    return new Normalisation(Method.MIN_MAX, min, max);
  }
}
