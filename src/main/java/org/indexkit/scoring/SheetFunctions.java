package org.indexkit.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.indexkit.analysis.Analyses;
import org.indexkit.analysis.CouplingCoordination;
import org.indexkit.core.Direction;
import org.indexkit.core.IndexResult;
import org.indexkit.core.Indicator;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.core.JudgementMatrix;
import org.indexkit.core.Label;
import org.indexkit.core.NodeWeight;
import org.indexkit.core.Recipe;
import org.indexkit.core.Table;
import org.indexkit.input.DataSheet;
import org.indexkit.input.SheetCell;
import org.indexkit.method.weight.AhpPriorities;
import org.indexkit.method.weight.RandomIndex;
import org.indexkit.method.weight.Weightings;
import org.indexkit.pipeline.Pipeline;

/**
 * The Excel custom functions ({@code =INDEXKIT.SCORE(A1:K31, "set-2024")}), each a thin front to the engine: the cells
 * of its ranges as Excel passes them in, a spilled array back. The add-in's function runtime only forwards a call to
 * {@code POST /api/v1/functions/{name}}; its metadata (names, parameters, descriptions in English and Chinese) is built
 * from {@link #ALL}. A bad argument comes back as a problem naming the argument and its cell.
 */
public final class SheetFunctions {
  private SheetFunctions() {}

  /** One parameter: a range (matrix) or a single value (scalar), optional ones last. */
  public record Param(String name, Label description, boolean range, boolean optional) {}

  /** A function: its id (Excel shows INDEXKIT.&lt;id&gt;), what it returns, its parameters. */
  public record Spec(String id, Label description, List<Param> params) {}

  /** A call: the arguments as Excel passes them (a range as rows of cells), and the ranges' addresses when known. */
  public record Call(List<Object> args, List<String> addresses) {}

  private static Param range(String name, String en, String zh) {
    return new Param(name, Label.of(en, zh), true, false);
  }

  private static Param optionalRange(String name, String en, String zh) {
    return new Param(name, Label.of(en, zh), true, true);
  }

  private static Param optional(String name, String en, String zh) {
    return new Param(name, Label.of(en, zh), false, true);
  }

  private static final Param DIRECTIONS = optionalRange("directions", "One + or − per column (blank: all +)", "每列一个 + 或 −（留空为全部正向）");
  private static final Param WEIGHTS = optionalRange("weights", "One weight per column (blank: equal)", "每列一个权重（留空为等权）");

  public static final List<Spec> ALL = List.of(
      new Spec("SCORE", Label.of("A preset's composite score and rank for each row of the selection (header row and names first)",
          "按预设方案计算选区每行的综合得分与排名（首行为表头，首列为名称）"),
          List.of(range("data", "Header row, names in the first column, indicators to the right", "首行表头、首列名称，右侧为指标"),
              new Param("preset", Label.of("Preset id, e.g. set-2024", "预设方案，如 set-2024"), false, false),
              optionalRange("recipe", "Key | Value rows over the preset's recipe, as a Recipe sheet (normalise | none)",
                  "覆盖预设方案的 Key | Value 行，同 Recipe 工作表（normalise | none）"))),
      new Spec("WEIGHTS", Label.of("Objective weights of the columns (entropy, critic, standard-deviation, variation, pca)",
          "各列的客观权重（熵权、CRITIC、标准差、变异系数、主成分）"),
          List.of(range("data", "Numbers: rows are entities, columns indicators", "数值：行为对象，列为指标"),
              new Param("method", Label.of("entropy, critic, standard-deviation, variation or pca", "entropy、critic、standard-deviation、variation 或 pca"), false, false),
              DIRECTIONS, optional("on", "normalised (min-max first, default) or raw", "normalised（先极差标准化，默认）或 raw（原始值）"))),
      new Spec("TOPSIS", Label.of("TOPSIS closeness of each row (vector normalisation)", "各行的 TOPSIS 贴近度（向量归一化）"),
          List.of(range("data", "Numbers: rows are alternatives, columns criteria", "数值：行为方案，列为指标"), WEIGHTS, DIRECTIONS)),
      new Spec("AHP", Label.of("AHP priorities of a pairwise comparison matrix, then λmax, CI and CR", "判断矩阵的层次分析权重，以及 λmax、CI、CR"),
          List.of(range("matrix", "A square judgement matrix (1/3 or 0.333)", "方阵形式的判断矩阵（1/3 或 0.333）"),
              optional("method", "eigenvector (default), sum-product or geometric", "eigenvector（默认）、sum-product（和积法）或 geometric（方根法）"))),
      new Spec("COUPLING", Label.of("Coupling C, development T and coordination D of each row's subsystem scores in [0, 1]",
          "各行子系统得分（0–1）的耦合度 C、综合发展指数 T 与耦合协调度 D"),
          List.of(range("scores", "Subsystem scores in [0, 1], one column each", "子系统得分（0–1），每列一个"), WEIGHTS)),
      new Spec("GRA", Label.of("Grey relational grade of each row to the ideal (min-max first)", "各行与理想序列的灰色关联度（先极差标准化）"),
          List.of(range("data", "Numbers: rows are entities, columns indicators", "数值：行为对象，列为指标"), WEIGHTS, DIRECTIONS,
              optional("rho", "Distinguishing coefficient ρ (default 0.5)", "分辨系数 ρ（默认 0.5）"))));

  public static Optional<Spec> find(String id) {
    return ALL.stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
  }

  /**
   * @return the spilled array, rows of numbers and texts
   * @throws InvalidInputException naming the argument (and its cell) at fault
   */
  public static List<List<Object>> call(Spec spec, Call call) {
    FunctionArgs a = new FunctionArgs(spec, call);
    return switch (spec.id()) {
      case "SCORE" -> score(a);
      case "WEIGHTS" -> weights(a);
      case "TOPSIS" -> column(run(a, a.numbers(0), a.weights(1), a.directions(2), Map.of("normalise", "none", "aggregate", "topsis")));
      case "AHP" -> ahp(a);
      case "COUPLING" -> coupling(a);
      case "GRA" -> column(run(a, a.numbers(0), a.weights(1), a.directions(2), rho(a)));
      default -> throw new IllegalStateException(spec.id());
    };
  }

  private static List<List<Object>> score(FunctionArgs a) {
    String preset = a.text(1);
    if (preset == null) throw a.problem(1, "name a preset, e.g. \"set-2024\"");
    var at = a.origin(0);
    var input = DataSheet.read(at.sheet(), at.headerRow(), at.entityColumn(), a.matrix(0));
    RecipeSheet recipe = a.blank(2) ? null : RecipeSheet.read("recipe", a.matrix(2));
    var scored = Scoring.score(input, Scoring.setup(input, null, null, recipe(preset, recipe), "INDEXKIT.SCORE", null, Map.of()), null, List.of());
    List<List<Object>> out = new ArrayList<>();
    out.add(List.of("Score", "Rank"));
    IndexResult r = scored.result();
    for (int i = 0; i < r.entities().size(); i++) out.add(List.of(r.composite().scores()[i], r.composite().ranks()[i]));
    return out;
  }

  /** The preset under the recipe rows: the rows' own preset row, if any, gives way to the argument. */
  private static RecipeSheet recipe(String preset, RecipeSheet rows) {
    return new RecipeSheet(preset, rows == null ? Map.of() : rows.settings());
  }

  private static List<List<Object>> weights(FunctionArgs a) {
    String method = a.text(1);
    if (method == null || !Weightings.objective(org.indexkit.core.StepChoice.of(method)) || method.equals("combined"))
      throw a.problem(1, "name a method that derives weights from the data: entropy, critic, standard-deviation, variation or pca");
    String on = a.text(3);
    Map<String, String> settings = new LinkedHashMap<>(Map.of("weights", method));
    if (on != null) settings.put("weights.on", on);
    IndexResult r = run(a, a.numbers(0), null, a.directions(2), settings);
    List<Object> row = new ArrayList<>();
    for (NodeWeight w : r.weights()) if (w.leaf()) row.add(w.effective());
    return List.of(row);
  }

  private static List<List<Object>> ahp(FunctionArgs a) {
    List<List<Object>> m = a.matrix(0);
    int n = m.size();
    if (n < 2 || m.stream().anyMatch(row -> row.size() != n))
      throw a.problem(0, "give a square matrix of at least 2 × 2, got " + n + " × " + m.get(0).size());
    String method = a.text(1);
    AhpPriorities.Result r;
    try { // read as the Judgements column reads a matrix: numbers or fractions (1/3), reciprocal, on Saaty's scale
      List<String> rows = new ArrayList<>();
      for (List<Object> row : m) rows.add(String.join(" ", row.stream().map(c -> SheetCell.text(c).trim()).toList()));
      JudgementMatrix jm = JudgementMatrix.parse(String.join("; ", rows), codes(n));
      r = AhpPriorities.of(jm.values(), AhpPriorities.Method.of(method == null ? "eigenvector" : method), RandomIndex.SAATY);
    } catch (IllegalArgumentException e) {
      throw a.problem(method != null && e.getMessage().startsWith("no AHP method") ? 1 : 0, e.getMessage());
    }
    List<List<Object>> out = new ArrayList<>();
    for (int i = 0; i < r.weights().length; i++) out.add(List.of("w" + (i + 1), r.weights()[i]));
    out.add(List.of("λmax", r.lambdaMax()));
    out.add(List.of("CI", r.ci()));
    out.add(java.util.Arrays.asList("CR", r.cr() == null ? "" : (Object) r.cr()));
    return out;
  }

  private static List<List<Object>> coupling(FunctionArgs a) {
    double[][] u = a.numbers(0);
    int k = u[0].length;
    if (k < 2) throw a.problem(0, "give at least two subsystem columns");
    List<String> codes = codes(k);
    Map<String, String> settings = new LinkedHashMap<>(Map.of("normalise", "none", "analyses.coupling", "standard",
        "analyses.coupling.nodes", "[\"" + String.join("\",\"", codes) + "\"]"));
    double[] w = a.weights(1);
    if (w != null) settings.put("analyses.coupling.alpha", java.util.Arrays.toString(w));
    IndexResult r = run(a, u, null, null, settings);
    var c = (CouplingCoordination.Result) Analyses.run(r, r.provenance().recipe()).get(0);
    List<List<Object>> out = new ArrayList<>();
    out.add(List.of("C", "T", "D"));
    for (int i = 0; i < c.d().length; i++) out.add(List.of(c.c()[i], c.t()[i], c.d()[i]));
    return out;
  }

  private static Map<String, String> rho(FunctionArgs a) {
    Map<String, String> s = new LinkedHashMap<>(Map.of("aggregate", "grey-relational"));
    Double rho = a.number(3);
    if (rho != null) s.put("aggregate.rho", Double.toString(rho));
    return s;
  }

  /** The composite of each row, a column. */
  private static List<List<Object>> column(IndexResult r) {
    List<List<Object>> out = new ArrayList<>();
    for (double s : r.composite().scores()) out.add(List.of(s));
    return out;
  }

  /** The rows scored as one index over their columns c1 … cm (weights and directions per column) with these settings. */
  private static IndexResult run(FunctionArgs a, double[][] values, double[] weights, Direction[] dirs, Map<String, String> settings) {
    int m = values[0].length;
    if (weights != null && weights.length != m) throw a.problem(a.index("weights"), weights.length + " weights for " + m + " columns");
    if (dirs != null && dirs.length != m) throw a.problem(a.index("directions"), dirs.length + " directions for " + m + " columns");
    List<String> codes = codes(m);
    List<Indicator> nodes = new ArrayList<>();
    nodes.add(Indicator.root("index", "Index", "指数"));
    for (int j = 0; j < m; j++)
      nodes.add(Indicator.leaf(codes.get(j), codes.get(j), null, "index", weights == null ? null : weights[j], dirs == null ? Direction.BENEFIT : dirs[j]));
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < values.length; i++) rows.add("row " + (i + 1));
    Recipe recipe = ScoringSetup.layer(Recipe.defaults(), "INDEXKIT." + a.spec.id(), null, settings);
    try {
      return Pipeline.run(new Table(rows, codes, values), new IndicatorTree(nodes), recipe, false);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.problems().stream().map(p -> p.withMessage("INDEXKIT." + a.spec.id() + ": " + p.message())).toList());
    }
  }

  private static List<String> codes(int m) {
    List<String> codes = new ArrayList<>();
    for (int j = 0; j < m; j++) codes.add("c" + (j + 1));
    return codes;
  }
}
