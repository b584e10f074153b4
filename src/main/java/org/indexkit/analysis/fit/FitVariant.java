package org.indexkit.analysis.fit;

/** How a published parent score may follow from its children's printed scores; each a constrained least-squares fit. */
public enum FitVariant {
  /** y = Σ w·x, w ≥ 0, Σ w = 1: a weighted mean of the printed children (SET, STCUD). */
  WEIGHTED_MEAN("weighted mean", "加权平均", false, true, false),
  /** y = Σ w·x, w ≥ 0: slopes free of the sum (a scaled mean). */
  SCALED("scaled weighted sum", "比例加权和", false, false, false),
  /** y = a + Σ w·x, w ≥ 0, Σ w = 1: a shifted mean. */
  SHIFTED("shifted weighted mean", "平移加权平均", true, true, false),
  /** y = a + Σ b·x, b ≥ 0: each level rescaled on its own, b = W·range ratio (GIHI). */
  AFFINE("affine map (each level rescaled on its own)", "仿射关系（各层分别标准化）", true, false, false),
  /** ln y = Σ w·ln x, w ≥ 0, Σ w = 1: a weighted geometric mean, fitted in logs. */
  GEOMETRIC("weighted geometric mean", "加权几何平均", false, true, true);

  public final String words;
  public final String wordsZh;
  final boolean intercept;
  final boolean sumToOne;
  final boolean logs;

  FitVariant(String words, String wordsZh, boolean intercept, boolean sumToOne, boolean logs) {
    this.words = words;
    this.wordsZh = wordsZh;
    this.intercept = intercept;
    this.sumToOne = sumToOne;
    this.logs = logs;
  }

  /** The variants a verdict chooses among, simplest first: the two means, then the affine map. */
  static final FitVariant[] CANDIDATES = {WEIGHTED_MEAN, GEOMETRIC, AFFINE};
}
