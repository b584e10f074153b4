package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every entity's result at one node of the tree, arrays aligned with the rows of the input table.
 *
 * @param scores displayed scores (after rescaling, when the recipe rescales)
 * @param ranks 1 = best within the entity's league and year; ties share the best rank
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
    int[] ranks,
    Integer[] rankChanges,
    Tiers tiers,
    Tiers stars,
    java.util.Map<String, double[]> details) {

  /** Tier number (1 = best) and its label, per row. */
  public record Tiers(int[] levels, String[] labels) {}
}
