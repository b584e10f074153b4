package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;

/**
 * Strengths and weaknesses per entity, COINr's {@code get_str_weak} ({@code R/results.R}): each indicator's rank among
 * the entities (after direction, 1 = best, ties share the best rank, within year and league), the n best-ranked
 * indicators as strengths and the n worst as weaknesses. A tie across the n-th place is left out whole rather than
 * broken by column order, and with {@code discard-worst-ties} an indicator on which the entity shares the worst rank
 * with others (typically a common zero) is no weakness.
 */
public final class StrengthsWeaknesses implements Analysis {
  private final int n;
  private final boolean discardWorstTies;

  public StrengthsWeaknesses(int n, boolean discardWorstTies) {
    this.n = n;
    this.discardWorstTies = discardWorstTies;
  }

  /** @param strengths, weaknesses per row, the leaves' indices, best first / worst first */
  public record Result(List<NodeResult> leaves, List<List<Integer>> strengths, List<List<Integer>> weaknesses, String variant,
                       List<String> warnings) implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    List<NodeResult> leaves = LeafWeights.leaves(r);
    int rows = r.entities().size();
    List<List<Integer>> strong = new ArrayList<>(), weak = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      final int at = row;
      List<Integer> ranked = IntStream.range(0, leaves.size()).filter(l -> leaves.get(l).ranks()[at] > 0).boxed().toList();
      strong.add(cut(ranked, l -> leaves.get(l).ranks()[at]));
      List<Integer> candidates = discardWorstTies ? ranked.stream().filter(l -> !tiedAtWorst(r, leaves.get(l), at)).toList() : ranked;
      weak.add(cut(candidates, l -> -leaves.get(l).ranks()[at]));
    }
    return new Result(leaves, strong, weak, "strengths and weaknesses: the " + n + " best- and worst-ranked indicators of each entity "
        + "(ranks after direction, 1 = best, ties share the best rank; a tie across the " + n + "th place left out"
        + (discardWorstTies ? "; indicators where the entity shares the worst rank are no weakness" : "") + "; COINr get_str_weak)",
        List.of());
  }

  /** The first n by key (ascending), leaving out a group tied across the n-th place. */
  private List<Integer> cut(List<Integer> items, java.util.function.ToIntFunction<Integer> key) {
    List<Integer> sorted = items.stream().sorted(Comparator.comparingInt(key).thenComparingInt(i -> i)).toList();
    if (sorted.size() <= n) return sorted;
    int boundary = key.applyAsInt(sorted.get(n));
    return sorted.subList(0, n).stream().filter(i -> key.applyAsInt(i) != boundary).toList();
  }

  /** The entity's rank is the worst of its year and league, and another entity there shares it. */
  private static boolean tiedAtWorst(IndexResult r, NodeResult leaf, int row) {
    int rank = leaf.ranks()[row], shared = 0, worst = 0;
    for (int other = 0; other < leaf.ranks().length; other++) {
      if (!sameSegment(r, row, other)) continue;
      if (leaf.ranks()[other] == rank) shared++;
      worst = Math.max(worst, leaf.ranks()[other]);
    }
    return rank == worst && shared > 1;
  }

  private static boolean sameSegment(IndexResult r, int a, int b) {
    boolean leagues = r.provenance().recipe().leagues() && r.groups() != null;
    return (r.years() == null || r.years().get(a).equals(r.years().get(b)))
        && (!leagues || java.util.Objects.equals(r.groups().get(a), r.groups().get(b)));
  }
}
