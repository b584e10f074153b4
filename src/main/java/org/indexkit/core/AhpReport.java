package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What AHP did with the judgements of a run: per node, the matrix of each expert (and their combination), the
 * priorities, λmax, CI, RI and CR; and the consistency of the whole hierarchy.
 *
 * @param method how priorities were found (e.g. "principal eigenvector")
 * @param randomIndex the RI table's name
 * @param group how several experts were combined; null when every node has one matrix
 * @param totalCr Saaty's hierarchical CR, Σ wₖ·CIₖ / Σ wₖ·RIₖ over the judged nodes k with wₖ the node's effective
 *     weight in the index; null when a node is beyond the RI table
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AhpReport(String method, String randomIndex, String group, List<Block> blocks, Double totalCr) {

  /**
   * One matrix and its priorities.
   *
   * @param expert "expert 2", "combined" for the group's result, null for a node with one matrix
   * @param matrix null for priorities combined from the experts' (AIP), which have no matrix of their own
   * @param lambdaMax null with the matrix
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Block(String node, String expert, List<String> children, double[][] matrix, double[] weights,
                      Double lambdaMax, Double ci, Double ri, Double cr) {}
}
