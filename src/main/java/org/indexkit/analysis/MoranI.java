package org.indexkit.analysis;

import java.util.SplittableRandom;

/**
 * Spatial autocorrelation of x under weights W (Moran 1950; Cliff &amp; Ord 1981; as R spdep's {@code moran.test},
 * {@code localmoran}, {@code geary.test}): with z = x − x̄, S₀ = ΣΣwᵢⱼ, S₁ = ½ΣΣ(wᵢⱼ + wⱼᵢ)², S₂ = Σᵢ(wᵢ. + w.ᵢ)²,
 * I = (n/S₀)·zᵀWz/zᵀz, E[I] = −1/(n − 1), the variance under normality (n²S₁ − nS₂ + 3S₀²)/((n² − 1)S₀²) − E², under
 * randomisation [n((n² − 3n + 3)S₁ − nS₂ + 3S₀²) − b₂((n² − n)S₁ − 2nS₂ + 6S₀²)]/((n − 1)(n − 2)(n − 3)S₀²) − E² with the
 * kurtosis b₂ = nΣz⁴/(Σz²)², z-scores from each; a permutation p-value (x shuffled, seeded; one-sided, I at least as
 * large, (count + 1)/(permutations + 1)); local Iᵢ = (zᵢ/m₂)Σⱼwᵢⱼzⱼ, m₂ = Σz²/n, and its LISA quadrant; Geary's
 * C = (n − 1)ΣΣwᵢⱼ(xᵢ − xⱼ)²/(2S₀Σz²).
 */
public final class MoranI {
  private MoranI() {}

  public record Result(double i, double expected, double varianceNormal, double zNormal, double varianceRandom, double zRandom,
                       double permutationP, double[] local, String[] quadrant, double geary) {}

  public static Result of(double[] x, double[][] w, int permutations, long seed) {
    int n = x.length;
    if (n < 4) throw new IllegalArgumentException("Moran's I needs at least 4 entities (the randomisation variance divides by n − 3)");
    double mean = java.util.Arrays.stream(x).average().orElseThrow();
    double[] z = new double[n];
    double zz = 0, z4 = 0;
    for (int i = 0; i < n; i++) { z[i] = x[i] - mean; zz += z[i] * z[i]; z4 += Math.pow(z[i], 4); }
    if (zz == 0) throw new IllegalArgumentException("Moran's I needs values that vary");
    double s0 = 0, s1 = 0, s2 = 0;
    for (int i = 0; i < n; i++) {
      double row = 0, col = 0;
      for (int j = 0; j < n; j++) {
        s0 += w[i][j];
        s1 += (w[i][j] + w[j][i]) * (w[i][j] + w[j][i]);
        row += w[i][j];
        col += w[j][i];
      }
      s2 += (row + col) * (row + col);
    }
    s1 /= 2;
    if (s0 == 0) throw new IllegalArgumentException("no entity has a neighbour");
    double stat = statistic(z, w, s0, zz);
    double e = -1.0 / (n - 1), nn = (double) n * n;
    double varN = (nn * s1 - n * s2 + 3 * s0 * s0) / ((nn - 1) * s0 * s0) - e * e;
    double b2 = n * z4 / (zz * zz);
    double varR = (n * ((nn - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0) - b2 * ((nn - n) * s1 - 2 * n * s2 + 6 * s0 * s0))
        / ((n - 1.0) * (n - 2) * (n - 3) * s0 * s0) - e * e;
    int atLeast = 0;
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] p = z.clone();
    for (int k = 0; k < permutations; k++) {
      for (int i = n - 1; i > 0; i--) { int j = rnd.nextInt(i + 1); double t = p[i]; p[i] = p[j]; p[j] = t; }
      if (statistic(p, w, s0, zz) >= stat) atLeast++;
    }
    double m2 = zz / n, geary = 0;
    double[] local = new double[n];
    String[] quadrant = new String[n];
    for (int i = 0; i < n; i++) {
      double lag = 0;
      for (int j = 0; j < n; j++) {
        lag += w[i][j] * z[j];
        geary += w[i][j] * (x[i] - x[j]) * (x[i] - x[j]);
      }
      local[i] = z[i] / m2 * lag;
      quadrant[i] = (z[i] >= 0 ? "High" : "Low") + "-" + (lag >= 0 ? "High" : "Low");
    }
    geary = (n - 1) * geary / (2 * s0 * zz);
    return new Result(stat, e, varN, (stat - e) / Math.sqrt(varN), varR, (stat - e) / Math.sqrt(varR),
        permutations == 0 ? Double.NaN : (atLeast + 1.0) / (permutations + 1), local, quadrant, geary);
  }

  private static double statistic(double[] z, double[][] w, double s0, double zz) {
    double s = 0;
    for (int i = 0; i < z.length; i++) for (int j = 0; j < z.length; j++) s += w[i][j] * z[i] * z[j];
    return z.length / s0 * s / zz;
  }
}
