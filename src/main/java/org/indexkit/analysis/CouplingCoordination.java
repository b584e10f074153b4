package org.indexkit.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.NodeResult;
import org.indexkit.core.Problem;
import org.indexkit.core.StepChoice;
import org.indexkit.method.rank.CompetitionRanking;

/**
 * Coupling coordination degree (耦合协调度) of chosen nodes, usually the dimensions, per entity (and year): with n
 * subsystem scores Uᵢ ∈ [0, 1] and weights αᵢ (Σα = 1, equal by default),
 * <ul>
 *   <li>standard coupling degree C = n·[ΠUᵢ / (ΣUᵢ)ⁿ]^(1/n), i.e. the geometric over the arithmetic mean of the Uᵢ
 *       (n = 2: 2√(U₁U₂)/(U₁ + U₂)); C = 1 when all Uᵢ are equal;</li>
 *   <li>revised C of 王淑佳, 孔伟, 任亮, 戴尔阜 (2021), 国内耦合协调度模型的误区及修正, 自然资源学报 36(3):793–810:
 *       C = √{[1 − Σ_{i&gt;j}|Uᵢ − Uⱼ| / Σ_{m=1}^{n−1} m] · (Π Uᵢ/max U)^(1/(n−1))}, which spreads C over [0, 1]
 *       instead of crowding it near 1;</li>
 *   <li>comprehensive development T = Σαᵢ Uᵢ and coordination degree D = √(C·T), graded by a {@link CoordinationLevels}
 *       table (ten levels by default), C by its four coupling stages.</li>
 * </ul>
 * A zero Uᵢ makes C = 0 by the formula (and so D = 0): the row says so rather than showing a silent 0. SPSSAU's
 * "数据区间化" (inputs min-max rescaled to [0.01, 0.99] per node, on by default there) is the {@code rescale} option,
 * applied per year (and league), so a comparison with SPSSAU can choose the same inputs. Scores outside [0, 1] are
 * refused: a rescaled [60, 100] index has no coupling degree.
 */
public final class CouplingCoordination implements Analysis {
  /** Recipe key of the analysis, for messages. */
  static final String KEY = "analyses.coupling";

  private final boolean revised;
  private final List<String> nodes;
  private final List<Double> alpha;
  private final boolean rescale;
  private final CoordinationLevels levels;

  /** @param nodes node codes (null: the composite's children); @param alpha weights per node (null: equal) */
  public CouplingCoordination(boolean revised, List<String> nodes, List<Double> alpha, boolean rescale, CoordinationLevels levels) {
    this.revised = revised;
    this.nodes = nodes == null ? null : List.copyOf(nodes);
    this.alpha = alpha == null ? null : List.copyOf(alpha);
    this.rescale = rescale;
    this.levels = levels;
  }

  static CouplingCoordination of(StepChoice c) {
    return new CouplingCoordination(c.is("revised"), c.texts("nodes"), c.numbers("alpha"), c.flag("rescale"),
        CoordinationLevels.of(c.numbers("thresholds"), c.texts("labels")));
  }

  /**
   * Per row of the result: the subsystem scores used, C, T, D, D's rank (within year and league), D's level and C's stage.
   *
   * @param u [node][row] the scores used (after the optional rescaling)
   * @param notes per row, what makes a value degenerate (a zero or missing Uᵢ), else null
   */
  public record Result(List<NodeResult> nodes, double[] alpha, double[][] u, double[] c, double[] t, double[] d, int[] ranks,
                       String[] level, String[] levelEn, String[] stage, String[] notes, String variant, List<String> warnings)
      implements Analysis.Outcome {}

  @Override
  public Result run(IndexResult r) {
    List<NodeResult> chosen = chosen(r);
    int n = chosen.size(), rows = r.entities().size();
    double[] a = weights(n);
    List<String> warnings = new ArrayList<>();
    Map<String, List<Integer>> segments = segments(r);
    double[][] u = new double[n][];
    for (int i = 0; i < n; i++) {
      NodeResult node = chosen.get(i);
      u[i] = rescale ? intervalised(node, segments, warnings) : inUnitRange(node);
    }
    double[] c = new double[rows], t = new double[rows], d = new double[rows];
    String[] notes = new String[rows], level = new String[rows], levelEn = new String[rows], stage = new String[rows];
    double[] ui = new double[n];
    for (int row = 0; row < rows; row++) {
      List<String> zero = new ArrayList<>(), missing = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ui[i] = u[i][row];
        if (Double.isNaN(ui[i])) missing.add(chosen.get(i).code());
        else if (ui[i] == 0) zero.add(chosen.get(i).code());
      }
      if (!missing.isEmpty()) {
        c[row] = t[row] = d[row] = Double.NaN;
        notes[row] = "no score at " + String.join(", ", missing) + ": no coupling degree";
        continue;
      }
      c[row] = revised ? revisedC(ui) : standardC(ui);
      for (int i = 0; i < n; i++) t[row] += a[i] * ui[i];
      d[row] = Math.sqrt(c[row] * t[row]);
      if (!zero.isEmpty()) notes[row] = "U = 0 at " + String.join(", ", zero) + ": C = 0 by the formula, so D = 0";
      level[row] = levels.label(d[row]);
      levelEn[row] = levels.labelEn(d[row]);
      stage[row] = CoordinationLevels.COUPLING_STAGES.label(c[row]);
    }
    long zeros = java.util.Arrays.stream(notes).filter(s -> s != null && s.startsWith("U = 0")).count();
    if (zeros > 0) warnings.add("coupling: " + zeros + " row(s) have a subsystem score of 0, so C = D = 0 there (see the Note column)");
    int[] ranks = new int[rows];
    for (List<Integer> seg : segments.values()) {
      double[] ds = seg.stream().mapToDouble(i -> Double.isNaN(d[i]) ? Double.NEGATIVE_INFINITY : d[i]).toArray();
      int[] rk = CompetitionRanking.rank(ds);
      for (int k = 0; k < rk.length; k++) ranks[seg.get(k)] = rk[k];
    }
    return new Result(chosen, a, u, c, t, d, ranks, level, levelEn, stage, notes, variant(chosen), List.copyOf(warnings));
  }

  /** Standard C: geometric over arithmetic mean; 0 when any Uᵢ is 0 (also when all are), exactly 1 when all are equal. */
  public static double standardC(double[] u) {
    double logSum = 0, sum = 0;
    boolean equal = true;
    for (double x : u) {
      if (x == 0) return 0;
      logSum += Math.log(x);
      sum += x;
      equal &= x == u[0];
    }
    if (equal) return 1;
    return Math.min(1, Math.exp(logSum / u.length) / (sum / u.length)); // GM ≤ AM; exp∘log may overshoot 1 by an ulp
  }

  /** Revised C (Wang et al. 2021); 0 when any Uᵢ is 0. */
  public static double revisedC(double[] u) {
    int n = u.length;
    double max = 0, spread = 0, logRatio = 0;
    for (double x : u) max = Math.max(max, x);
    if (max == 0) return 0;
    for (int i = 0; i < n; i++) {
      if (u[i] == 0) return 0;
      logRatio += Math.log(u[i] / max);
      for (int j = 0; j < i; j++) spread += Math.abs(u[i] - u[j]);
    }
    double pairs = n * (n - 1) / 2.0; // Σ_{m=1}^{n−1} m
    return Math.sqrt(Math.max(0, 1 - spread / pairs) * Math.exp(logRatio / (n - 1)));
  }

  private List<NodeResult> chosen(IndexResult r) {
    List<String> codes = nodes != null ? nodes
        : r.nodes().stream().filter(x -> r.composite().code().equals(x.parent())).map(NodeResult::code).toList();
    if (codes.size() < 2)
      throw refused(nodes == null ? "the composite has " + codes.size() + " child node(s); coupling needs at least two subsystems: "
          + "name them in " + KEY + ".nodes" : "coupling needs at least two nodes, got " + codes);
    List<NodeResult> out = new ArrayList<>();
    for (String code : codes) {
      NodeResult node = r.nodes().stream().filter(x -> x.code().equals(code.trim())).findFirst()
          .orElseThrow(() -> refused("no node \"" + code + "\" in the tree; nodes are "
              + r.nodes().stream().map(NodeResult::code).toList()));
      if (out.contains(node)) throw refused("node \"" + code + "\" is named twice");
      out.add(node);
    }
    return out;
  }

  private double[] weights(int n) {
    double[] a = new double[n];
    if (alpha == null) {
      java.util.Arrays.fill(a, 1.0 / n);
      return a;
    }
    if (alpha.size() != n) throw new InvalidInputException(Problem.ofKey(KEY + ".alpha", KEY + ".alpha: " + n + " nodes need "
        + n + " weights, got " + alpha.size() + ": " + alpha));
    double sum = 0;
    for (double x : alpha) {
      if (!(x >= 0)) throw new InvalidInputException(Problem.ofKey(KEY + ".alpha", KEY + ".alpha: weights must be ≥ 0, got " + alpha));
      sum += x;
    }
    if (sum == 0) throw new InvalidInputException(Problem.ofKey(KEY + ".alpha", KEY + ".alpha: the weights sum to 0"));
    for (int i = 0; i < n; i++) a[i] = alpha.get(i) / sum;
    return a;
  }

  private static double[] inUnitRange(NodeResult node) {
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
    for (double s : node.scores()) if (!Double.isNaN(s)) { lo = Math.min(lo, s); hi = Math.max(hi, s); }
    if (lo < 0 || hi > 1)
      throw refused("coupling needs subsystem scores in [0, 1]; node \"" + node.code() + "\" scores from " + lo + " to " + hi
          + " (is the index rescaled?). Score it without rescaling, or set " + KEY + ".rescale = true for SPSSAU's [0.01, 0.99] "
          + "intervalisation");
    return node.scores();
  }

  /** SPSSAU's intervalisation: 0.01 + 0.98·(x − min)/(max − min) per year and league; a constant node gives 0.5, stated. */
  private static double[] intervalised(NodeResult node, Map<String, List<Integer>> segments, List<String> warnings) {
    double[] s = node.scores(), out = new double[s.length];
    for (var seg : segments.entrySet()) {
      double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
      for (int i : seg.getValue()) if (!Double.isNaN(s[i])) { lo = Math.min(lo, s[i]); hi = Math.max(hi, s[i]); }
      if (hi == lo)
        warnings.add("coupling: node \"" + node.code() + "\" is constant" + (seg.getKey().isEmpty() ? "" : " in " + seg.getKey())
            + ", so it has no [0.01, 0.99] intervalisation; its value is set to 0.5");
      for (int i : seg.getValue()) out[i] = Double.isNaN(s[i]) ? Double.NaN : hi == lo ? 0.5 : 0.01 + 0.98 * (s[i] - lo) / (hi - lo);
    }
    return out;
  }

  /** Rows by year and league (the pipeline's segments), in first-seen order. */
  private static Map<String, List<Integer>> segments(IndexResult r) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    boolean leagues = r.provenance().recipe().leagues() && r.groups() != null;
    for (int i = 0; i < r.entities().size(); i++) {
      String key = (r.years() == null ? "" : String.valueOf(r.years().get(i)))
          + (leagues ? (r.years() == null ? "" : " ") + "league " + r.groups().get(i) : "");
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return out;
  }

  private static InvalidInputException refused(String message) {
    return new InvalidInputException(Problem.ofKey(KEY + ".nodes", KEY + ": " + message));
  }

  private String variant(List<NodeResult> chosen) {
    return "coupling coordination of " + chosen.stream().map(NodeResult::code).toList() + ": "
        + (revised ? "revised C = √{[1 − Σ|Uᵢ − Uⱼ|/Σm]·(ΠUᵢ/max U)^(1/(n−1))} (王淑佳 et al. 2021, 自然资源学报 36(3):793)"
            : "C = n·[ΠUᵢ/(ΣUᵢ)ⁿ]^(1/n)")
        + "; T = Σα·U with α " + (alpha == null ? "equal" : alpha) + "; D = √(C·T); "
        + (rescale ? "inputs intervalised to [0.01, 0.99] per node, year and league (SPSSAU's 数据区间化)" : "inputs the node scores as scored")
        + "; D graded by " + levels.variant() + "; C staged (0, 0.3] 低水平耦合, (0.3, 0.5] 拮抗, (0.5, 0.8] 磨合, (0.8, 1] 高水平耦合; "
        + "D ranked within year and league (" + CompetitionRanking.variant() + ")";
  }
}
