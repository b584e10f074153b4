package org.indexkit.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems while a step checks all of its input, so the user sees every bad cell at once
 * rather than one per run. Capped, because a wrong column can make every row wrong.
 */
public final class Problems {
  static final int CAP = 200;
  private final List<Problem> list = new ArrayList<>();
  private int dropped;

  public void add(Problem p) {
    if (list.size() < CAP) list.add(p);
    else dropped++;
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** Throws {@link InvalidInputException} with everything collected, if anything was. */
  public void throwIfAny() {
    if (list.isEmpty()) return;
    List<Problem> all = new ArrayList<>(list);
    if (dropped > 0) all.add(Problem.of("more", "… and " + dropped + " more problems of the same kind"));
    throw new InvalidInputException(all);
  }
}
