package org.indexkit.core;

import java.util.List;

/**
 * The statistical audit of a run (OECD/JRC Handbook 2008 §4): descriptive statistics per indicator,
 * how each indicator correlates with its dimension and the index, and per dimension Cronbach's alpha
 * and the first principal component's share; plus the findings worth a look (flags), and the Pearson
 * and Spearman correlation matrices of the indicators (in tree order of the leaves; null above 500 indicators).
 */
public record AuditReport(List<IndicatorRow> indicators, List<DimensionRow> dimensions, List<String> flags,
                          double[][] pearson, double[][] spearman) {

  /** One indicator: raw-value statistics and Pearson r with its dimension's and the index's scores. */
  public record IndicatorRow(String code, String dimension, int n, int missing, double mean, double sd, double min, double max,
                             double skew, double kurtosis, boolean outlierFlag, double rDimension, double rIndex) {}

  /** One dimension (a node whose children are indicators). */
  public record DimensionRow(String code, int indicators, double cronbachAlpha, double firstComponentShare) {}
}
