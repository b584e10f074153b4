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
  private final List<Indicator> leaves;
  private final Map<String, Integer> depths;
  private final Map<String, Indicator> byHeader;

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
    List<Indicator> order = below(root.code(), Set.of());
    if (order.size() != codes.size()) {
      Set<String> reached = new HashSet<>();
      for (Indicator o : order) reached.add(o.code());
      List<String> unreachable = codes.keySet().stream().filter(c -> !reached.contains(c)).toList();
      throw new InvalidInputException(Problem.of("tree-cycle",
          "indicators " + unreachable + " are not below the root \"" + root.code() + "\" (their parents form a cycle)"));
    }
    this.preorder = List.copyOf(order);
    this.leaves = preorder.stream().filter(n -> children.get(n.code()).isEmpty()).toList();
    Map<String, Integer> d = new java.util.HashMap<>();
    Map<String, Indicator> h = new java.util.HashMap<>();
    for (Indicator n : preorder) { // pre-order: a parent's depth is known before its children's
      d.put(n.code(), n.parent() == null ? 0 : d.get(n.parent()) + 1);
      h.putIfAbsent(n.code(), n);
      h.putIfAbsent(n.name(), n);
      if (n.nameZh() != null) h.putIfAbsent(n.nameZh(), n);
    }
    this.depths = d;
    this.byHeader = h;
  }

  private static Map<String, List<String>> copyLists(Map<String, List<String>> m) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return out;
  }

  /**
   * The nodes from {@code code} down in pre-order, not entering below the nodes in {@code stop}. An explicit
   * stack rather than recursion, so a tree of any depth is walked without overflowing the thread's stack.
   */
  private List<Indicator> below(String code, Set<String> stop) {
    List<Indicator> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
    todo.push(code);
    while (!todo.isEmpty()) {
      String c = todo.pop();
      if (!seen.add(c)) continue;
      out.add(byCode.get(c));
      if (stop.contains(c)) continue;
      List<String> kids = children.get(c);
      for (int i = kids.size() - 1; i >= 0; i--) todo.push(kids.get(i));
    }
    return out;
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
    return leaves;
  }

  /** Root has depth 0, its children 1, … */
  public int depth(String code) {
    get(code);
    return depths.get(code);
  }

  /** The subtree below (and including) {@code code}, which becomes the root. */
  public IndicatorTree subtree(String code) {
    get(code);
    List<Indicator> out = below(code, Set.of());
    out.set(0, out.get(0).withParent(null));
    return new IndicatorTree(out);
  }

  /**
   * Enters the tree at whatever level the data is given: every node named in {@code dataCodes}
   * becomes a leaf and its subtree is dropped. This is how published lower-level scores (e.g. SET's
   * nine sub-dimension scores) are fed to a preset whose tree goes down to raw indicators.
   */
  public IndicatorTree cutAt(Collection<String> dataCodes) {
    Set<String> cut = new HashSet<>(dataCodes);
    if (cut.contains(root.code())) return this;
    List<Indicator> out = below(root.code(), cut);
    return out.size() == preorder.size() ? this : new IndicatorTree(out);
  }

  /** The node a Data column header refers to: exact code, name or Chinese name after trimming. */
  public Indicator findByHeader(String header) {
    return byHeader.get(header.trim()); // the first node in pre-order whose code, name or Chinese name it is
  }
}
