package org.indexkit.analysis;

import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;

/** The nodes an analysis reads, by code from its recipe key: the composite's children (the dimensions) when none are named. */
final class ChosenNodes {
  private ChosenNodes() {}

  /**
   * @param key the recipe key that names them ({@code analyses.clusters.nodes}), for the refusal
   * @param purpose why at least {@code least} are needed, in words ("a profile needs")
   */
  static List<NodeResult> of(IndexResult r, List<String> codes, String key, int least, String purpose) {
    List<NodeResult> chosen = codes == null ? r.nodes().stream().filter(x -> r.composite().code().equals(x.parent())).toList()
        : codes.stream().map(c -> one(r, c, key)).toList();
    if (chosen.size() < least)
      throw new InvalidInputException(Problem.ofKey(key, key + ": " + purpose + " at least " + least + " node" + (least == 1 ? "" : "s")));
    return chosen;
  }

  /** One node by code, the composite when the code is empty. */
  static NodeResult one(IndexResult r, String code, String key) {
    if (code == null || code.isBlank()) return r.composite();
    return r.nodes().stream().filter(x -> x.code().equals(code.trim())).findFirst()
        .orElseThrow(() -> new InvalidInputException(Problem.ofKey(key, key + ": no node \"" + code + "\"")));
  }
}
