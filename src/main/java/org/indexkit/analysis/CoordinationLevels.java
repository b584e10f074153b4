package org.indexkit.analysis;

import java.util.List;

/**
 * A grading table for a coupling coordination degree D (or a coupling degree C): descending cut-offs, D above
 * the first is the first (best) level, …, D at or below the last the final level — intervals closed on the
 * right, as the tables print them ("(0.5, 0.6] 勉强协调").
 *
 * <p>{@link #DEFAULT}: the ten-level table of 田深圳 et al., 地理学报 2021, 76(4):781, Table 1 (极度失调 … 优质协调, steps of
 * 0.1). {@link #COUPLING_STAGES}: the four stages of C in the same table (低水平耦合, 拮抗, 磨合, 高水平耦合).
 *
 * @param cuts descending cut-offs, one fewer than the labels
 * @param labels best level first
 * @param labelsEn English labels, or null
 */
public record CoordinationLevels(List<Double> cuts, List<String> labels, List<String> labelsEn) {

  public static final CoordinationLevels DEFAULT = new CoordinationLevels(
      List.of(0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1),
      List.of("优质协调", "良好协调", "中级协调", "初级协调", "勉强协调", "濒临失调", "轻度失调", "中度失调", "严重失调", "极度失调"),
      List.of("high-quality coordination", "good coordination", "intermediate coordination", "primary coordination",
          "barely coordinated", "on the verge of imbalance", "mild imbalance", "moderate imbalance", "serious imbalance",
          "extreme imbalance"));

  public static final CoordinationLevels COUPLING_STAGES = new CoordinationLevels(List.of(0.8, 0.5, 0.3),
      List.of("高水平耦合", "磨合", "拮抗", "低水平耦合"), List.of("high-level coupling", "running-in", "antagonism", "low-level coupling"));

  public CoordinationLevels {
    cuts = List.copyOf(cuts);
    labels = List.copyOf(labels);
    labelsEn = labelsEn == null ? null : List.copyOf(labelsEn);
    for (int i = 1; i < cuts.size(); i++)
      if (!(cuts.get(i) < cuts.get(i - 1))) throw new IllegalArgumentException("grading cut-offs must be strictly descending, got " + cuts);
    if (labels.size() != cuts.size() + 1)
      throw new IllegalArgumentException(cuts.size() + " cut-offs make " + (cuts.size() + 1) + " levels, which need as many labels; got "
          + labels.size() + ": " + labels);
  }

  /** A table from a recipe's cut-offs and labels: the default when neither is given, "Level 1" … when only cut-offs are. */
  public static CoordinationLevels of(List<Double> cuts, List<String> labels) {
    if (cuts == null && labels == null) return DEFAULT;
    if (cuts == null) throw new IllegalArgumentException("grading labels need their cut-offs (thresholds), descending");
    if (labels == null)
      labels = java.util.stream.IntStream.rangeClosed(1, cuts.size() + 1).mapToObj(i -> "Level " + i).toList();
    return new CoordinationLevels(cuts, labels, null);
  }

  /** The level (0 = best) of a value: the number of cut-offs it does not exceed. */
  public int level(double value) {
    int l = 0;
    while (l < cuts.size() && value <= cuts.get(l)) l++;
    return l;
  }

  public String label(double value) {
    return labels.get(level(value));
  }

  public String labelEn(double value) {
    return labelsEn == null ? null : labelsEn.get(level(value));
  }

  public String variant() {
    return this.equals(DEFAULT) ? "the ten-level table of 田深圳 et al. (地理学报 2021, 76(4):781): (0, 0.1] 极度失调 … (0.9, 1] 优质协调"
        : "cut-offs " + cuts + " (a value above a cut-off enters the level before it), levels " + labels;
  }
}
