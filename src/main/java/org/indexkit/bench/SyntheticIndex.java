package org.indexkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.indexkit.core.Direction;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.Table;

/**
 * Benchmark inputs of any shape: {@code entities × indicators} log-normal values from a fixed seed
 * (a shared "size" factor per entity, so indicators correlate as real city data do) and a three-level
 * tree like GIHI's: index → dimensions → sub-dimensions → indicators, about ten children per node.
 */
public final class SyntheticIndex {
  private SyntheticIndex() {}

  public static Table table(int entities, int indicators, long seed) {
    return table(entities, codes(indicators), seed);
  }

  /** Values for the given indicator codes (e.g. a preset tree's leaves). */
  public static Table table(int entities, List<String> codes, long seed) {
    int indicators = codes.size();
    Random rnd = new Random(seed);
    List<String> names = new ArrayList<>(entities);
    double[][] values = new double[entities][indicators];
    for (int e = 0; e < entities; e++) {
      names.add("City " + (e + 1));
      double size = rnd.nextGaussian();
      for (int i = 0; i < indicators; i++) values[e][i] = 50 * Math.exp(0.4 * size + 0.5 * rnd.nextGaussian());
    }
    return new Table(names, codes, values);
  }

  public static List<String> codes(int indicators) {
    List<String> codes = new ArrayList<>(indicators);
    for (int i = 0; i < indicators; i++) codes.add(String.format("x%04d", i + 1));
    return codes;
  }

  /** One index over every indicator, every tenth a cost (−) indicator: the flat tree of a plain entropy-TOPSIS paper. */
  public static IndicatorTree flatTree(int indicators) {
    List<Indicator> nodes = new ArrayList<>();
    nodes.add(Indicator.root("index", "Synthetic index", "合成指数"));
    List<String> codes = codes(indicators);
    for (int i = 0; i < indicators; i++)
      nodes.add(Indicator.leaf(codes.get(i), null, null, "index", null, i % 10 == 9 ? Direction.COST : Direction.BENEFIT));
    return new IndicatorTree(nodes);
  }

  /** Every tenth indicator is a cost (−) indicator, so the mirror step is exercised too. */
  public static IndicatorTree tree(int indicators) {
    int groups = Math.max(1, (int) Math.round(Math.sqrt(indicators / 10.0)));
    int subs = Math.max(1, (int) Math.ceil(indicators / 10.0));
    List<Indicator> nodes = new ArrayList<>();
    nodes.add(Indicator.root("index", "Synthetic index", "合成指数"));
    for (int d = 0; d < groups; d++) nodes.add(Indicator.node("d" + (d + 1), "Dimension " + (d + 1), null, "index", null));
    for (int s = 0; s < subs; s++) nodes.add(Indicator.node("s" + (s + 1), "Sub-dimension " + (s + 1), null, "d" + (s % groups + 1), null));
    List<String> codes = codes(indicators);
    for (int i = 0; i < indicators; i++)
      nodes.add(Indicator.leaf(codes.get(i), null, null, "s" + (i % subs + 1), null, i % 10 == 9 ? Direction.COST : Direction.BENEFIT));
    return new IndicatorTree(nodes);
  }
}
