package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicator hierarchy, any depth: one root (the index), inner nodes (dimensions), leaves (Data
 * columns). Immutable and checked on construction; nodes are kept in pre-order so the root comes
 * first and every dimension is followed by its own subtree, which is the order of the output columns.
 */
public final class IndicatorTree {
  private final List<Indicator> preorder;
  private final Map<String, Indicator> byCode;
  private final Map<String, List<String>> children;
  private final Indicator root;

  @JsonCreator
  public IndicatorTree(List<Indicator> nodes) {
    Problems problems = new Problems();
    Map<String, Indicator> codes = new LinkedHashMap<>();
    for (Indicator n : nodes) {
      if (codes.putIfAbsent(n.code(), n) != null)
        problems.add(Problem.of("duplicate-indicator", "indicator code \"" + n.code() + "\" is used twice in the tree"));
    }
    List<Indicator> roots = nodes.stream().filter(n -> n.parent() == null).toList();
    if (roots.size() != 1)
      problems.add(Problem.of("tree-root", roots.isEmpty()
          ? "the indicator tree has no root (a node with an empty Parent)"
          : "the indicator tree has " + roots.size() + " roots "
              + roots.stream().map(Indicator::code).toList() + "; exactly one node may have an empty Parent"));
    Map<String, List<String>> kids = new LinkedHashMap<>();
    for (Indicator n : codes.values()) kids.put(n.code(), new ArrayList<>());
    for (Indicator n : codes.values()) {
      if (n.parent() == null) continue;
      if (!codes.containsKey(n.parent()))
        problems.add(Problem.of("unknown-parent", "indicator \"" + n.code() + "\" names parent \"" + n.parent() + "\", which is not in the tree"));
      else kids.get(n.parent()).add(n.code());
      if (n.weight() != null && !(n.weight() >= 0 && Double.isFinite(n.weight())))
        problems.add(Problem.of("bad-weight", "indicator \"" + n.code() + "\" has weight " + n.weight() + "; weights must be finite and ≥ 0"));
    }
    problems.throwIfAny();
    this.byCode = Map.copyOf(codes);
    this.children = copyLists(kids);
    this.root = roots.get(0);
    List<Indicator> order = new ArrayList<>();
    walk(root.code(), order, new HashSet<>());
    if (order.size() != codes.size()) {
      List<String> unreachable = codes.keySet().stream().filter(c -> order.stream().noneMatch(o -> o.code().equals(c))).toList();
      throw new InvalidInputException(Problem.of("tree-cycle",
          "indicators " + unreachable + " are not below the root \"" + root.code() + "\" (their parents form a cycle)"));
    }
    this.preorder = List.copyOf(order);
  }

  private static Map<String, List<String>> copyLists(Map<String, List<String>> m) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  private void walk(String code, List<Indicator> out, Set<String> seen) {
    if (!seen.add(code)) return;
    out.add(byCode.get(code));
    for (String c : children.get(code)) walk(c, out, seen);
  }

  /** Nodes in pre-order: root first, each node followed by its subtree. */
  @JsonValue
  public List<Indicator> nodes() {
    return preorder;
  }

  public Indicator root() {
    return root;
  }

  public Indicator get(String code) {
    Indicator n = byCode.get(code);
    if (n == null) throw new IllegalArgumentException("no indicator \"" + code + "\" in the tree");
    return n;
  }

  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  public List<String> children(String code) {
    return children.get(code);
  }

  public boolean isLeaf(String code) {
    return children.get(code).isEmpty();
  }

  public List<Indicator> leaves() {
    return preorder.stream().filter(n -> isLeaf(n.code())).toList();
  }

  /** Root has depth 0, its children 1, … */
  public int depth(String code) {
    int d = 0;
    for (Indicator n = get(code); n.parent() != null; n = get(n.parent())) d++;
    return d;
  }

  /** The subtree below (and including) {@code code}, which becomes the root. */
  public IndicatorTree subtree(String code) {
    get(code);
    List<Indicator> out = new ArrayList<>();
    collect(code, out);
    out.set(0, out.get(0).withParent(null));
    return new IndicatorTree(out);
  }

  private void collect(String code, List<Indicator> out) {
    out.add(byCode.get(code));
    for (String c : children.get(code)) collect(c, out);
  }

  /**
   * Enters the tree at whatever level the data is given: every node named in {@code dataCodes}
   * becomes a leaf and its subtree is dropped. This is how published lower-level scores (e.g. SET's
   * nine sub-dimension scores) are fed to a preset whose tree goes down to raw indicators.
   */
  public IndicatorTree cutAt(Collection<String> dataCodes) {
    Set<String> cut = new HashSet<>(dataCodes);
    if (cut.contains(root.code())) return this;
    List<Indicator> out = new ArrayList<>();
    keepAbove(root.code(), cut, out);
    return out.size() == preorder.size() ? this : new IndicatorTree(out);
  }

  private void keepAbove(String code, Set<String> cut, List<Indicator> out) {
    out.add(byCode.get(code));
    if (cut.contains(code)) return;
    for (String c : children.get(code)) keepAbove(c, cut, out);
  }

  /** The node a Data column header refers to: exact code, name or Chinese name after trimming. */
  public Indicator findByHeader(String header) {
    String h = header.trim();
    for (Indicator n : preorder)
      if (n.code().equals(h) || n.name().equals(h) || h.equals(n.nameZh())) return n;
    return null;
  }
}
