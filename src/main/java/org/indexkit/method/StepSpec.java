package org.indexkit.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.Label;
import org.indexkit.core.Param;
import org.indexkit.core.Problem;
import org.indexkit.core.StepChoice;
import org.indexkit.core.Suggest;

/**
 * A recipe step and the methods registered for it, e.g. {@code normalise}: min-max, z-score, …
 * {@link #resolve} turns what a recipe wrote into the choice a run uses, and is the only place a
 * recipe's method name or parameter is checked.
 *
 * @param key the step's recipe key ({@code normalise}); parameters are {@code normalise.min}
 * @param noun what the step chooses, for messages ("normalisation")
 * @param defaultMethod the id used when the recipe names none
 */
public record StepSpec<T>(String key, String noun, Label label, String defaultMethod, List<MethodSpec<T>> methods) {

  public StepSpec {
    methods = List.copyOf(methods);
  }

  @SafeVarargs
  public static <T> StepSpec<T> of(String key, String noun, String en, String zh, String defaultMethod, MethodSpec<T>... methods) {
    return new StepSpec<>(key, noun, Label.of(en, zh), defaultMethod, List.of(methods));
  }

  /** The same methods under another key and label (tiers and stars). */
  public StepSpec<T> as(String otherKey, String en, String zh) {
    return new StepSpec<>(otherKey, noun, Label.of(en, zh), defaultMethod, methods);
  }

  public MethodSpec<T> method(String id) {
    for (MethodSpec<T> m : methods) if (Suggest.sameName(m.id(), id)) return m;
    throw new InvalidInputException(Problem.ofKey(key, noun + " \"" + id + "\" is not one of "
        + String.join(", ", methods.stream().map(MethodSpec::id).toList())));
  }

  /**
   * The choice with its registered id, every parameter read as its type and range, the defaults of those
   * not given filled in, in the registered order. A parameter of another method of this step is left out
   * (a preset's {@code min} does not stop {@code normalise = z-score}); a key no method has is refused.
   *
   * @throws InvalidInputException one problem whose key is the recipe key at fault ({@code tiers.k})
   */
  public StepChoice resolve(StepChoice given) {
    MethodSpec<T> m = method(given.method() == null ? defaultMethod : given.method());
    Map<String, Object> out = new LinkedHashMap<>();
    for (String k : given.params().keySet())
      if (m.param(k) == null && methods.stream().noneMatch(o -> o.param(k) != null))
        throw new InvalidInputException(Problem.ofKey(key + "." + k, "unknown recipe key \"" + key + "." + k + "\""
            + Suggest.didYouMean(key + "." + k, keys().toList())));
    for (Param p : m.params()) {
      Object v = given.params().get(p.id());
      try {
        if (v != null) out.put(p.id(), p.read(key + "." + p.id(), v));
        else if (p.defaultValue() != null) out.put(p.id(), p.defaultValue());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(Problem.ofKey(key + "." + p.id(), e.getMessage()));
      }
    }
    try {
      return m.rules().apply(new StepChoice(m.id(), out));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(Problem.ofKey(key, key + ": " + e.getMessage()));
    }
  }

  /** The method object of a choice (resolved first); null for a method that has none (see {@link MethodSpec#factory}). */
  public T make(StepChoice given) {
    StepChoice c = resolve(given);
    MethodSpec<T> m = method(c.method());
    return m.factory() == null ? null : m.factory().apply(c);
  }

  public Stream<String> keys() {
    return Stream.concat(Stream.of(key), methods.stream().flatMap(m -> m.params().stream()).map(p -> key + "." + p.id()).distinct());
  }
}
