package org.indexkit.method.audit;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Skewness;

/**
 * Descriptive statistics of one indicator's raw values (missing left out): n, missing, mean, sample
 * sd, min, max, bias-corrected skewness and excess kurtosis, and the COINr outlier flag
 * (|skew| > 2 and kurtosis > 3.5).
 */
public record IndicatorStatistics(int n, int missing, double mean, double sd, double min, double max, double skew,
                                  double kurtosis, boolean outlierFlag) {

  public static IndicatorStatistics of(double[] raw) {
    double[] x = Arrays.stream(raw).filter(v -> !Double.isNaN(v)).toArray();
    int n = x.length;
    double mean = Arrays.stream(x).average().orElse(Double.NaN);
    double ss = 0;
    for (double v : x) ss += (v - mean) * (v - mean);
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
    double skew = n > 2 ? new Skewness().evaluate(x) : Double.NaN;
    double kurt = n > 3 ? new Kurtosis().evaluate(x) : Double.NaN;
    return new IndicatorStatistics(n, raw.length - n, mean, sd, Arrays.stream(x).min().orElse(Double.NaN),
        Arrays.stream(x).max().orElse(Double.NaN), skew, kurt, Math.abs(skew) > 2 && kurt > 3.5);
  }
}
