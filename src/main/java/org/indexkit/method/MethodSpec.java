package org.indexkit.method;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.indexkit.core.Label;
import org.indexkit.core.Param;
import org.indexkit.core.StepChoice;

/**
 * One method as registered: its id (what a recipe writes), labels in English and 简体中文, its
 * parameters with their defaults and ranges, and its factory, which builds the method object from a
 * resolved choice; that object writes the variant text the Provenance sheet shows. Registered once,
 * in the registry of its step ({@code Aggregators}, {@code Normalisers}, …); the catalogue, the task
 * pane's menus and the Recipe keys are generated from it.
 *
 * @param factory the method object of a resolved choice; null for a method that is the absence of one
 *     ({@code none}) or that the pipeline carries out itself ({@code fixed} weights, {@code substitute})
 * @param rules checks across parameters (a pair given together, labels one per tier) and values derived from
 *     others; returns the choice, throws IllegalArgumentException naming the key
 */
public record MethodSpec<T>(String id, Label label, Label description, List<Param> params, Function<StepChoice, T> factory,
                            UnaryOperator<StepChoice> rules) {

  public MethodSpec {
    params = List.copyOf(params);
    rules = rules == null ? UnaryOperator.identity() : rules;
  }

  public static <T> MethodSpec<T> of(String id, String en, String zh, String descEn, String descZh, Function<StepChoice, T> factory,
                                     Param... params) {
    return new MethodSpec<>(id, Label.of(en, zh), Label.of(descEn, descZh), List.of(params), factory, null);
  }

  public MethodSpec<T> withRules(UnaryOperator<StepChoice> r) {
    return new MethodSpec<>(id, label, description, params, factory, r);
  }

  public Param param(String paramId) {
    return params.stream().filter(p -> p.id().equals(paramId)).findFirst().orElse(null);
  }
}
