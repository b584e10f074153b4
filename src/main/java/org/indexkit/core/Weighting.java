package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where the weights come from. {@code fixed}: the tree's weights at every level (a node without a
 * weight takes an equal share of what its siblings leave). {@code equal}: ignore the tree's weights,
 * every node an equal share of its parent.
 */
public record Weighting(Method method) {

  public enum Method implements Choice {
    FIXED("fixed"), EQUAL("equal");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "weighting", s); }
  }

  @JsonCreator
  public Weighting {
    method = method == null ? Method.FIXED : method;
  }

  @JsonCreator
  public static Weighting of(String method) {
    return new Weighting(Method.parse(method));
  }
}
