package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.Recipe;
import org.indexkit.core.StepChoice;

/**
 * Numeric parameters of the recipe's normalisation, aggregation or display scale drawn uniformly per Monte Carlo run,
 * one uncertain input each: {@code aggregate.rho = 0.3 … 0.7} (grey relational ρ), {@code aggregate.v} (VIKOR),
 * {@code aggregate.p} (generalised mean), {@code aggregate.min-share} (benefit of the doubt), {@code normalise.min} … The
 * method registry checks each drawn value when the run resolves its recipe, as any recipe's.
 *
 * @param ranges recipe key → {low, high}, in the order given
 */
public record ParameterDraws(Map<String, double[]> ranges) {
  static final List<String> STEPS = List.of("normalise", "aggregate", "rescale");
  public static final ParameterDraws NONE = new ParameterDraws(Map.of());

  public ParameterDraws {
    Map<String, double[]> copy = new LinkedHashMap<>();
    for (var e : ranges.entrySet()) {
      String[] key = e.getKey().trim().split("\\.");
      double[] r = e.getValue();
      if (key.length != 2 || !STEPS.contains(key[0]))
        throw new IllegalArgumentException("a varied parameter is normalise.X, aggregate.X or rescale.X, got \"" + e.getKey() + "\"");
      if (r.length != 2 || !(Double.isFinite(r[0]) && Double.isFinite(r[1]) && r[0] <= r[1]))
        throw new IllegalArgumentException(e.getKey() + ": a range is low ≤ high, two finite numbers");
      copy.put(e.getKey().trim(), r.clone());
    }
    ranges = java.util.Collections.unmodifiableMap(copy);
  }

  /** {@code "aggregate.rho=0.3:0.7"}. */
  public static ParameterDraws parse(List<String> specs) {
    Map<String, double[]> ranges = new LinkedHashMap<>();
    for (String s : specs) {
      String[] kv = s.split("=", 2), lohi = kv.length == 2 ? kv[1].split(":", 2) : new String[0];
      if (lohi.length != 2) throw new IllegalArgumentException("--vary takes KEY=LOW:HIGH, e.g. aggregate.rho=0.3:0.7; got \"" + s + "\"");
      try {
        ranges.put(kv[0], new double[] {Double.parseDouble(lohi[0].trim()), Double.parseDouble(lohi[1].trim())});
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--vary " + s + ": low and high must be numbers");
      }
    }
    return new ParameterDraws(ranges);
  }

  List<String> inputs() {
    return List.copyOf(ranges.keySet());
  }

  /** The recipe with each parameter at low + (high − low)·u, from u[k] on. */
  Recipe apply(Recipe r, double[] u, int k) {
    for (var e : ranges.entrySet()) {
      String[] key = e.getKey().split("\\.");
      double v = e.getValue()[0] + (e.getValue()[1] - e.getValue()[0]) * u[k++];
      r = switch (key[0]) {
        case "normalise" -> r.withNormalise(r.normalise().with(key[1], v));
        case "aggregate" -> r.withAggregate(r.aggregate().with(key[1], v));
        default -> r.withRescale(r.rescale().with(key[1], v));
      };
    }
    return r;
  }

  /** A step's method as a run used it: its id, and the drawn parameters of that step ("grey-relational (rho = 0.43)"). */
  String describe(String step, StepChoice c) {
    List<String> drawn = new ArrayList<>();
    for (String key : ranges.keySet())
      if (key.startsWith(step + ".")) drawn.add(key.substring(step.length() + 1) + " = " + c.params().get(key.substring(step.length() + 1)));
    return drawn.isEmpty() ? c.method() : c.method() + " (" + String.join(", ", drawn) + ")";
  }

  String variant() {
    List<String> parts = new ArrayList<>();
    ranges.forEach((k, r) -> parts.add(k + " uniform in [" + r[0] + ", " + r[1] + "]"));
    return String.join(", ", parts);
  }
}
