package org.indexkit.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * How scores are cut into ordered tiers, tier 1 the best. Used twice in a recipe: {@code tiers}
 * (labels such as 综合领先型 / 均衡发展型 / 特色追赶型 / 基础追赶型) and {@code stars} (labels ★★★★★★ … ★ by
 * default, seed 001's "六星至一星").
 *
 * @param k number of tiers (quantile, k-means); for thresholds it is thresholds + 1
 * @param thresholds descending cut-offs: score ≥ thresholds[0] is tier 1, and so on
 * @param labels one per tier, best first; null = "Tier 1" … or stars
 * @param seed k-means seed (same seed, same tiers)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tiering(Method method, Integer k, List<Double> thresholds, List<String> labels, Long seed) {

  public enum Method implements Choice {
    NONE("none"), QUANTILE("quantile"), THRESHOLDS("thresholds"), KMEANS("k-means"), JENKS("jenks"), WARD("ward");
    private final String label;
    Method(String label) { this.label = label; }
    @JsonValue public String label() { return label; }
    @JsonCreator public static Method parse(String s) { return Choice.parse(Method.class, "tiering", s); }
  }

  public static final Tiering NONE = new Tiering(Method.NONE, null, null, null, null);
  public static final long DEFAULT_SEED = 20240101L;

  @JsonCreator
  public Tiering {
    method = method == null ? Method.NONE : method;
    thresholds = thresholds == null ? null : List.copyOf(thresholds);
    labels = labels == null ? null : List.copyOf(labels);
    switch (method) {
      case NONE -> { k = null; thresholds = null; seed = null; }
      case THRESHOLDS -> {
        if (thresholds == null || thresholds.isEmpty())
          throw new IllegalArgumentException("threshold tiers need a list of cut-offs, e.g. [80, 70, 60]");
        for (int i = 1; i < thresholds.size(); i++)
          if (!(thresholds.get(i) < thresholds.get(i - 1)))
            throw new IllegalArgumentException("tier thresholds must be strictly descending, got " + thresholds);
        k = thresholds.size() + 1;
        seed = null;
      }
      case QUANTILE, KMEANS, JENKS, WARD -> {
        k = k == null ? 4 : k;
        if (k < 2 || k > 50) throw new IllegalArgumentException("tiers need 2 to 50 levels, got k = " + k);
        thresholds = null;
        seed = method == Method.KMEANS ? (seed == null ? DEFAULT_SEED : seed) : null;
      }
    }
    if (labels != null && k != null && labels.size() != k)
      throw new IllegalArgumentException(k + " tiers need " + k + " labels, got " + labels.size() + ": " + labels);
  }

  @JsonCreator
  public static Tiering of(String method) {
    return new Tiering(Method.parse(method), null, null, null, null);
  }

  public static Tiering quantile(int k, List<String> labels) {
    return new Tiering(Method.QUANTILE, k, null, labels, null);
  }

  public static Tiering kMeans(int k, long seed, List<String> labels) {
    return new Tiering(Method.KMEANS, k, null, labels, seed);
  }

  public boolean enabled() {
    return method != Method.NONE;
  }

  /** Label of tier t (1 = best); {@code stars} gives ★ × (k − t + 1) when no labels are set. */
  public String label(int tier, boolean stars) {
    if (labels != null) return labels.get(tier - 1);
    return stars ? "★".repeat(k - tier + 1) : "Tier " + tier;
  }
}
