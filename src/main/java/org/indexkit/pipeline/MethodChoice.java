package org.indexkit.pipeline;

import org.indexkit.core.Direction;
import org.indexkit.core.Indicator;
import org.indexkit.core.Recipe;
import org.indexkit.method.aggregate.Aggregator;
import org.indexkit.method.aggregate.WeightedArithmetic;
import org.indexkit.method.aggregate.MazziottaPareto;
import org.indexkit.method.aggregate.Topsis;
import org.indexkit.method.aggregate.Vikor;
import org.indexkit.method.aggregate.WeightedGeometric;
import org.indexkit.method.aggregate.WeightedHarmonic;
import org.indexkit.method.normalise.DistanceToTarget;
import org.indexkit.method.normalise.Identity;
import org.indexkit.method.normalise.MinMax;
import org.indexkit.method.normalise.Normaliser;
import org.indexkit.method.normalise.PercentileRank;
import org.indexkit.method.normalise.ZScore;

/** The method objects a recipe names: the aggregator of a node, the normaliser of a leaf. */
final class MethodChoice {
  private MethodChoice() {}

  static Aggregator aggregator(org.indexkit.core.Aggregation a) {
    return switch (a.method()) {
      case ARITHMETIC -> new WeightedArithmetic();
      case GEOMETRIC -> new WeightedGeometric();
      case HARMONIC -> new WeightedHarmonic();
      case TOPSIS -> new Topsis("min-max".equals(a.norm()) ? Topsis.Norm.MIN_MAX : Topsis.Norm.VECTOR, a.best(), a.worst());
      case VIKOR -> new Vikor(a.v());
      case MAZZIOTTA_PARETO -> new MazziottaPareto();
    };
  }
  static Normaliser normaliser(Recipe recipe, Indicator leaf) {
    var n = recipe.normalise();
    return switch (n.method()) {
      case MIN_MAX -> new MinMax(n.min(), n.max());
      case Z_SCORE -> new ZScore();
      case PERCENTILE -> new PercentileRank();
      case TARGET -> new DistanceToTarget(leaf.direction() == Direction.COST ? -leaf.target() : leaf.target());
      case IDENTITY -> new Identity();
    };
  }
}
