package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One node of the indicator tree: a leaf is a Data column, an inner node a dimension, the node
 * without a parent the index itself. One row of the {@code Indicators} sheet.
 *
 * @param weight weight among its siblings; null = take an equal share of what the others leave
 * @param direction only meaningful on leaves
 * @param transform only meaningful on leaves
 * @param target goal post for distance-to-target normalisation (leaves only), in raw units
 * @param type a label on leaves such as "input" or "outcome" (seed 004's 投入 / 成效): each type also
 *     gets a sub-score of its own across the whole tree; null = none
 * @param aggregation inner nodes only: how this node combines its children, instead of the recipe's
 *     aggregation (e.g. a geometric mean for one dimension); null = the recipe's
 * @param judgements inner nodes only: AHP judgements of its children (in tree order), as {@code JudgementMatrix}
 *     reads them; several experts' matrices separated by {@code |}; used when the recipe weighs by AHP
 * @param lower, upper goalposts of goalposts normalisation (leaves only), in raw units: lower scores 0, upper 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indicator(
    String code,
    String name,
    String nameZh,
    String parent,
    Double weight,
    Direction direction,
    Transform transform,
    Double target,
    String unit,
    String source,
    String type,
    StepChoice aggregation,
    String judgements,
    Double lower,
    Double upper) {

  public Indicator {
    if (code == null || code.isBlank()) throw new IllegalArgumentException("an indicator needs a code");
    code = code.trim();
    name = name == null || name.isBlank() ? code : name.trim();
    parent = parent == null || parent.isBlank() ? null : parent.trim();
    direction = direction == null ? Direction.BENEFIT : direction;
    transform = transform == null ? Transform.NONE : transform;
    type = type == null || type.isBlank() ? null : type.trim();
    judgements = judgements == null || judgements.isBlank() ? null : judgements.trim();
  }

  public Indicator(String code, String name, String nameZh, String parent, Double weight, Direction direction,
                   Transform transform, Double target, String unit, String source, String type, StepChoice aggregation, String judgements) {
    this(code, name, nameZh, parent, weight, direction, transform, target, unit, source, type, aggregation, judgements, null, null);
  }

  public Indicator(String code, String name, String nameZh, String parent, Double weight, Direction direction,
                   Transform transform, Double target, String unit, String source, String type, StepChoice aggregation) {
    this(code, name, nameZh, parent, weight, direction, transform, target, unit, source, type, aggregation, null);
  }

  public Indicator(String code, String name, String nameZh, String parent, Double weight, Direction direction,
                   Transform transform, Double target, String unit, String source, String type) {
    this(code, name, nameZh, parent, weight, direction, transform, target, unit, source, type, null);
  }

  /** The top of a tree: the index itself. */
  public static Indicator root(String code, String name, String nameZh) {
    return node(code, name, nameZh, null, null);
  }

  /** An indicator under {@code parent}, named by its code, benefit-type, its weight left to the tree's rule. */
  public static Indicator leaf(String code, String parent) {
    return leaf(code, code, null, parent, null, Direction.BENEFIT);
  }

  public static Indicator node(String code, String name, String nameZh, String parent, Double weight) {
    return new Indicator(code, name, nameZh, parent, weight, Direction.BENEFIT, Transform.NONE, null, null, null, null);
  }

  public static Indicator leaf(String code, String name, String nameZh, String parent, Double weight, Direction dir) {
    return new Indicator(code, name, nameZh, parent, weight, dir, Transform.NONE, null, null, null, null);
  }

  public Indicator withParent(String newParent) {
    return new Indicator(code, name, nameZh, newParent, weight, direction, transform, target, unit, source, type, aggregation, judgements, lower, upper);
  }

  public Indicator withAggregation(StepChoice a) {
    return new Indicator(code, name, nameZh, parent, weight, direction, transform, target, unit, source, type, a, judgements, lower, upper);
  }

  public Indicator withWeight(Double newWeight) {
    return new Indicator(code, name, nameZh, parent, newWeight, direction, transform, target, unit, source, type, aggregation, judgements, lower, upper);
  }

  public Indicator withGoalposts(Double lo, Double hi) {
    return new Indicator(code, name, nameZh, parent, weight, direction, transform, target, unit, source, type, aggregation, judgements, lo, hi);
  }

  public Indicator withJudgements(String text) {
    return new Indicator(code, name, nameZh, parent, weight, direction, transform, target, unit, source, type, aggregation, text, lower, upper);
  }
}
