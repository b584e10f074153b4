package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;

/**
 * Gaussian kernel densities of a node's scores (the composite by default), one per year, on a common grid: the exact sum
 * f(x) = (1/(n·h)) Σ φ((x − xᵢ)/h) with Silverman's rule of thumb h = 0.9·min(sd, IQR/1.34)·n^(−1/5) (R's {@code bw.nrd0},
 * sample sd, type-7 quartiles; when the IQR is 0 the sd alone), the grid from min − 3h to max + 3h of all years. R's
 * {@code density()} bins and uses an FFT, so it agrees with this exact sum to about 2e-3 only.
 */
public final class KernelDensity implements Analysis {
  static final String KEY = "analyses.density";
  private final String node;
  private final int points;

  public KernelDensity(String node, int points) {
    this.node = node;
    this.points = points;
  }

  /** @param density [year][grid point]; @param bandwidth per year */
  public record Result(NodeResult node, List<String> years, double[] grid, double[][] density, double[] bandwidth, String variant,
                       List<String> warnings) implements Analysis.Outcome {}

  /** Silverman's rule, as R's bw.nrd0. */
  public static double bandwidth(double[] x) {
    int n = x.length;
    double mean = java.util.Arrays.stream(x).average().orElseThrow(), ss = 0;
    for (double v : x) ss += (v - mean) * (v - mean);
    double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    double[] s = x.clone();
    java.util.Arrays.sort(s);
    double iqr = quantile(s, 0.75) - quantile(s, 0.25);
    double lo = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
    if (lo == 0) lo = Math.abs(s[0]) > 0 ? Math.abs(s[0]) : 1; // bw.nrd0's fallback for a constant sample
    return 0.9 * lo * Math.pow(n, -0.2);
  }

  /** Type-7 quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
  }

  public static double at(double[] x, double h, double point) {
    double s = 0;
    for (double v : x) {
      double z = (point - v) / h;
      s += Math.exp(-0.5 * z * z);
    }
    return s / (x.length * h * Math.sqrt(2 * Math.PI));
  }

  @Override
  public Result run(IndexResult r) {
    NodeResult n = ChosenNodes.one(r, node, KEY + ".node");
    Map<String, List<Double>> byYear = new LinkedHashMap<>();
    for (int i = 0; i < n.scores().length; i++)
      if (!Double.isNaN(n.scores()[i])) byYear.computeIfAbsent(r.years() == null ? "all" : String.valueOf(r.years().get(i)), k -> new ArrayList<>())
          .add(n.scores()[i]);
    List<String> years = new ArrayList<>(byYear.keySet());
    java.util.Collections.sort(years);
    double[][] samples = years.stream().map(y -> byYear.get(y).stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
    double[] h = new double[samples.length];
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
    for (int y = 0; y < samples.length; y++) {
      if (samples[y].length < 2)
        throw new InvalidInputException(Problem.ofKey(KEY, KEY + ": a density needs at least 2 scores" + (years.get(y).equals("all") ? "" : " in "
            + years.get(y))));
      h[y] = bandwidth(samples[y]);
      for (double v : samples[y]) { lo = Math.min(lo, v - 3 * h[y]); hi = Math.max(hi, v + 3 * h[y]); }
    }
    double[] grid = new double[points];
    for (int k = 0; k < points; k++) grid[k] = lo + (hi - lo) * k / (points - 1);
    double[][] f = new double[samples.length][points];
    for (int y = 0; y < samples.length; y++) for (int k = 0; k < points; k++) f[y][k] = at(samples[y], h[y], grid[k]);
    return new Result(n, List.copyOf(years), grid, f, h, "Gaussian kernel density of \"" + n.code() + "\" per year, exact sum on "
        + points + " points, Silverman's bandwidth 0.9·min(sd, IQR/1.34)·n^(−1/5) (R bw.nrd0)", List.of());
  }
}
