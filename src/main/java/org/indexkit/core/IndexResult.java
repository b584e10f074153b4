package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The outcome of one run: for every row of the input table (an entity, or an entity-year in a
 * panel) its score, rank and tier at every node, plus the effective weights, warnings and provenance.
 * Nodes are in tree pre-order, so {@code nodes().get(0)} is the composite index. {@code audit} lists
 * what was done to the data on the way: entities dropped for missing values, every imputed cell. {@code ahp}
 * is what AHP weights were made of (null unless the weights are AHP); {@code regions} the Data's Region column (reporting
 * only), or null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndexResult(
    List<String> entities,
    List<String> groups,
    List<Integer> years,
    List<NodeResult> nodes,
    List<NodeWeight> weights,
    List<String> warnings,
    Provenance provenance,
    List<AuditEntry> audit,
    AuditReport statistics,
    AhpReport ahp,
    List<String> regions) {

  public NodeResult composite() {
    return nodes.get(0);
  }

  public NodeResult node(String code) {
    return nodes.stream().filter(n -> n.code().equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no node \"" + code + "\" in the result"));
  }

  public int row(String entity) {
    int r = entities.indexOf(entity);
    if (r < 0) throw new IllegalArgumentException("no entity \"" + entity + "\" in the result");
    return r;
  }

  /** Composite score of an entity (not for panels, where names repeat across years). */
  public double score(String entity) {
    return composite().scores()[row(entity)];
  }

  public int rank(String entity) {
    return composite().ranks()[row(entity)];
  }

  /** The same result with more warnings after its own (an analysis's). */
  public IndexResult withWarnings(List<String> more) {
    if (more.isEmpty()) return this;
    List<String> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new IndexResult(entities, groups, years, nodes, weights, List.copyOf(all), provenance, audit, statistics, ahp, regions);
  }

  public boolean isPanel() {
    return years != null;
  }
}
