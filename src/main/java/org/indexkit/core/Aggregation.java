package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a node's score is built from its children's scores and weights. */
public record Aggregation(Method method) {

  public enum Method implements Choice {
    ARITHMETIC("arithmetic"), GEOMETRIC("geometric");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "aggregation", s); }
  }

  @JsonCreator
  public Aggregation {
    method = method == null ? Method.ARITHMETIC : method;
  }

  @JsonCreator
  public static Aggregation of(String method) {
    return new Aggregation(Method.parse(method));
  }
}
