package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every entity's result at one node of the tree, arrays aligned with the rows of the input table.
 *
 * @param scores displayed scores (after rescaling, when the recipe rescales)
 * @param rankTable the ranks, 1 = best within the entity's league and year; ties share the best rank
 * @param rankChanges panels only: previous year's rank − this year's (positive = up); null where
 *     the entity was absent the year before or this is the first year
 * @param tiers tier per row, null when the recipe sets no tiers or the node is a leaf
 * @param stars star rating per row, null when the recipe sets none or the node is a leaf
 * @param details the aggregation's own measures per row when it has them (VIKOR: "S", "R", "Q"), else null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeResult(
    String code,
    String name,
    String nameZh,
    String parent,
    int depth,
    boolean leaf,
    double[] scores,
    @JsonIgnore Ranks rankTable,
    Integer[] rankChanges,
    Tiers tiers,
    Tiers stars,
    java.util.Map<String, double[]> details) {

  /** 1 = best within the entity's league and year (computed when first asked for, see {@link Ranks}). */
  @JsonProperty("ranks")
  public int[] ranks() {
    return rankTable.get();
  }

  /** Tier number (1 = best) and its label, per row. */
  public record Tiers(int[] levels, String[] labels) {}
}
