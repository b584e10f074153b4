package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Display scale applied to every node after aggregation: min-max of that node's own aggregate to
 * [min, max] (GIHI 2023, 附录三: "排名第一的城市得分为 100 分，排名最后的城市得分为 60 分").
 * Parents are always aggregated from their children's unrescaled aggregates, never from the
 * displayed scores.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rescale(Method method, Double min, Double max) {

  public enum Method implements Choice {
    NONE("none"), MIN_MAX("min-max");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "rescale", s); }
  }

  public static final Rescale NONE = new Rescale(Method.NONE, null, null);

  @JsonCreator
  public Rescale {
    method = method == null ? Method.NONE : method;
    if (method == Method.MIN_MAX) {
      min = min == null ? 0.0 : min;
      max = max == null ? 100.0 : max;
      if (!(max > min)) throw new IllegalArgumentException("rescale range needs max > min, got [" + min + ", " + max + "]");
    } else {
      min = null;
      max = null;
    }
  }

  @JsonCreator
  public static Rescale of(String method) {
    return new Rescale(Method.parse(method), null, null);
  }

  public static Rescale minMax(double min, double max) {
    return new Rescale(Method.MIN_MAX, min, max);
  }
}
