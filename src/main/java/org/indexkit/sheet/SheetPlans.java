package org.indexkit.sheet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.indexkit.core.IndexResult;
import org.indexkit.core.NodeResult;
import org.indexkit.core.NodeWeight;

/**
 * Lays out an {@link IndexResult} as sheets: Scores, Ranks, Tiers (when the recipe tiers), Weights,
 * Audit and Provenance. Rows are grouped by year and league and sorted by composite rank, so each block
 * reads as a league table; ties keep input order.
 */
public final class SheetPlans {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int CHART_ROWS = 30;

  private SheetPlans() {}

  public static List<SheetPlan> of(IndexResult result, RunContext run) {
    return of(result, run, List.of());
  }

  /** The sheets, named so that none collides with {@code existingSheets} (the caller's workbook). */
  public static List<SheetPlan> of(IndexResult result, RunContext run, Collection<String> existingSheets) {
    List<SheetPlan> plans = new ArrayList<>();
    int[] order = rowOrder(result);
    plans.add(scores(result, order));
    plans.add(ranks(result, order));
    if (result.nodes().stream().anyMatch(n -> n.tiers() != null || n.stars() != null)) plans.add(tiers(result, order));
    plans.add(weights(result));
    if (result.statistics() != null) {
      plans.add(statistics(result));
      if (result.statistics().pearson() != null) plans.add(correlations(result));
    }
    plans.add(audit(result, run));
    plans.add(provenance(result, run));
    for (SheetPlan p : plans) ExcelLimits.fits(p);
    return SheetNames.avoid(plans.stream().map(SheetPlans::sized).toList(), existingSheets);
  }

  /** Row indices by year, then league (first-seen order), then composite rank, then input order. */
  public static int[] rowOrder(IndexResult r) {
    int[] ranks = r.composite().ranks();
    java.util.Map<String, Integer> leagueOrder = new java.util.HashMap<>();
    int[] leagueOf = new int[ranks.length];
    for (int i = 0; i < ranks.length; i++) leagueOf[i] = leagueOrder.computeIfAbsent(league(r, i), k -> leagueOrder.size());
    Comparator<Integer> byYear = Comparator.comparingInt(i -> r.years() == null ? 0 : r.years().get(i));
    Comparator<Integer> cmp = byYear.thenComparingInt(i -> leagueOf[i])
        .thenComparingInt(i -> ranks[i]).thenComparingInt(i -> i);
    return java.util.stream.IntStream.range(0, ranks.length).boxed().sorted(cmp).mapToInt(Integer::intValue).toArray();
  }

  private static String league(IndexResult r, int row) {
    return r.groups() == null || r.groups().get(row) == null ? "" : r.groups().get(row).trim();
  }

  static List<SheetPlan.Column> idColumns(IndexResult r) {
    List<SheetPlan.Column> cols = new ArrayList<>();
    cols.add(new SheetPlan.Column("entity", "Entity", "@"));
    if (r.groups() != null) cols.add(new SheetPlan.Column("group", "Group", "@"));
    if (r.years() != null) cols.add(new SheetPlan.Column("year", "Year", "0"));
    return cols;
  }

  static List<Object> idCells(IndexResult r, int row) {
    List<Object> cells = new ArrayList<>();
    cells.add(r.entities().get(row));
    if (r.groups() != null) cells.add(r.groups().get(row));
    if (r.years() != null) cells.add(r.years().get(row));
    return cells;
  }

  private static SheetPlan scores(IndexResult r, int[] order) {
    List<SheetPlan.Column> cols = idColumns(r);
    int compositeColumn = cols.size();
    for (NodeResult n : r.nodes()) {
      cols.add(new SheetPlan.Column(n.code(), n.name(), scoreFormat(n.scores())).withColourScale());
      if (n.details() != null)
        n.details().keySet().forEach(k -> cols.add(new SheetPlan.Column(n.code() + "." + k, n.name() + " · " + k, "0.0000")));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int row : order) {
      List<Object> cells = idCells(r, row);
      for (NodeResult n : r.nodes()) {
        cells.add(n.scores()[row]);
        if (n.details() != null) n.details().values().forEach(v -> cells.add(v[row]));
      }
      rows.add(cells);
    }
    var chart = new SheetPlan.Chart("bar", r.composite().name() + " — top " + Math.min(CHART_ROWS, rows.size()),
        0, compositeColumn, Math.min(CHART_ROWS, rows.size()));
    return new SheetPlan("Scores", cols, rows, 1, chart);
  }

  private static SheetPlan ranks(IndexResult r, int[] order) {
    List<SheetPlan.Column> cols = idColumns(r);
    for (NodeResult n : r.nodes()) {
      cols.add(new SheetPlan.Column(n.code(), n.name(), "0"));
      if (r.isPanel()) cols.add(new SheetPlan.Column(n.code() + ".change", "Δ " + n.name(), "+0;-0;0"));
    }
    int firstYear = r.isPanel() ? r.years().stream().mapToInt(Integer::intValue).min().orElse(0) : 0;
    List<List<Object>> rows = new ArrayList<>();
    for (int row : order) {
      List<Object> cells = idCells(r, row);
      for (NodeResult n : r.nodes()) {
        cells.add(n.ranks()[row]);
        if (r.isPanel()) {
          Integer change = n.rankChanges()[row];
          cells.add(change != null ? change : r.years().get(row) == firstYear ? null : "new");
        }
      }
      rows.add(cells);
    }
    return new SheetPlan("Ranks", cols, rows);
  }

  private static SheetPlan tiers(IndexResult r, int[] order) {
    List<SheetPlan.Column> cols = idColumns(r);
    List<NodeResult> tiered = r.nodes().stream().filter(n -> n.tiers() != null || n.stars() != null).toList();
    for (NodeResult n : tiered) {
      if (n.tiers() != null)
        cols.add(new SheetPlan.Column(n.code() + ".tier", n.name() + " tier", "@").withFills(fills(n.tiers())));
      if (n.stars() != null)
        cols.add(new SheetPlan.Column(n.code() + ".stars", n.name() + " stars", "@").withFills(fills(n.stars())));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int row : order) {
      List<Object> cells = idCells(r, row);
      for (NodeResult n : tiered) {
        if (n.tiers() != null) cells.add(n.tiers().labels()[row]);
        if (n.stars() != null) cells.add(n.stars().labels()[row]);
      }
      rows.add(cells);
    }
    return new SheetPlan("Tiers", cols, rows);
  }

  private static SheetPlan weights(IndexResult r) {
    boolean perSegment = r.weights().stream().anyMatch(w -> w.segment() != null);
    List<SheetPlan.Column> cols = new ArrayList<>();
    if (perSegment) cols.add(new SheetPlan.Column("segment", "League / year", "@"));
    cols.addAll(List.of(
        new SheetPlan.Column("code", "Code", "@"), new SheetPlan.Column("name", "Name", "@"),
        new SheetPlan.Column("parent", "Parent", "@"), new SheetPlan.Column("level", "Level", "0"),
        new SheetPlan.Column("local", "Weight among siblings", "0.0000"),
        new SheetPlan.Column("effective", "Effective weight", "0.0000"),
        new SheetPlan.Column("derivation", "How it was derived", "@")));
    List<List<Object>> rows = new ArrayList<>();
    for (NodeWeight w : r.weights()) {
      List<Object> row = new ArrayList<>(Arrays.asList(w.code(), w.name(), w.parent(), w.depth(), w.local(), w.effective(), w.derivation()));
      if (perSegment) row.add(0, w.segment());
      rows.add(row);
    }
    return new SheetPlan("Weights", cols, rows);
  }

  private static SheetPlan provenance(IndexResult r, RunContext run) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("key", "Key", "@"), new SheetPlan.Column("value", "Value", "@"));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.asList("IndexKit version", r.provenance().version()));
    if (r.provenance().recipe().preset() != null) rows.add(Arrays.asList("Preset", r.provenance().recipe().preset()));
    // the report a preset reproduces and the choices it made: from the preset itself (the engine knows no presets)
    var preset = r.provenance().recipe().preset() == null ? java.util.Optional.<org.indexkit.preset.Preset>empty()
        : org.indexkit.preset.Presets.find(r.provenance().recipe().preset());
    String source = r.provenance().source() != null ? r.provenance().source() : preset.map(org.indexkit.preset.Preset::source).orElse(null);
    if (source != null) rows.add(Arrays.asList("Source report", source));
    if (run != null) {
      if (run.input() != null) rows.add(Arrays.asList("Input", run.input()));
      if (run.sha256() != null) rows.add(Arrays.asList("Input SHA-256", run.sha256()));
      if (run.time() != null) rows.add(Arrays.asList("Computed at (UTC)", run.time().toString()));
    }
    try {
      rows.add(Arrays.asList("Recipe (JSON)", JSON.writeValueAsString(r.provenance().recipe())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    for (String v : r.provenance().variants()) rows.add(Arrays.asList("Method variant", v));
    preset.ifPresent(p -> p.notes().forEach(n -> rows.add(Arrays.asList("Method variant", n))));
    return new SheetPlan("Provenance", cols, rows);
  }

  /** Warnings and what the reader did to input cells; imputed and treated cells join them when those steps exist. */
  private static SheetPlan audit(IndexResult r, RunContext run) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("kind", "Kind", "@"), new SheetPlan.Column("message", "Message", "@"));
    List<List<Object>> rows = new ArrayList<>();
    for (String w : r.warnings()) rows.add(Arrays.asList("Warning", w));
    for (var a : r.audit()) rows.add(Arrays.asList(a.kind().label(), a.message()));
    if (run != null) for (String n : run.notes()) rows.add(Arrays.asList("Input cell", n));
    if (r.statistics() != null) {
      for (var d : r.statistics().dimensions())
        rows.add(Arrays.asList("Dimension", String.format(java.util.Locale.ROOT, "\"%s\" (%d indicators): Cronbach's alpha %.3f, "
            + "first principal component %.1f%% of the variance", d.code(), d.indicators(), d.cronbachAlpha(), 100 * d.firstComponentShare())));
      for (String f : r.statistics().flags()) rows.add(Arrays.asList("Check", f));
    }
    if (rows.isEmpty()) rows.add(Arrays.asList("Note", "No warnings: every indicator varied, every weight was complete."));
    return new SheetPlan("Audit", cols, rows);
  }

  /** Per indicator: raw-value statistics, outlier flag, correlation with its dimension and with the index. */
  private static SheetPlan statistics(IndexResult r) {
    List<SheetPlan.Column> cols = List.of(new SheetPlan.Column("code", "Indicator", "@"), new SheetPlan.Column("dimension", "Dimension", "@"),
        new SheetPlan.Column("n", "n", "0"), new SheetPlan.Column("missing", "Missing", "0"), new SheetPlan.Column("mean", "Mean", "0.000"),
        new SheetPlan.Column("sd", "SD", "0.000"), new SheetPlan.Column("min", "Min", "0.000"), new SheetPlan.Column("max", "Max", "0.000"),
        new SheetPlan.Column("skew", "Skewness", "0.00"), new SheetPlan.Column("kurtosis", "Kurtosis", "0.00"),
        new SheetPlan.Column("outlier", "Outlier flag", "@"), new SheetPlan.Column("r.dimension", "r with dimension", "0.000"),
        new SheetPlan.Column("r.index", "r with index", "0.000"));
    List<List<Object>> rows = new ArrayList<>();
    for (var i : r.statistics().indicators())
      rows.add(Arrays.asList(i.code(), i.dimension(), i.n(), i.missing(), finite(i.mean()), finite(i.sd()), finite(i.min()), finite(i.max()),
          finite(i.skew()), finite(i.kurtosis()), i.outlierFlag() ? "|skew| > 2, kurtosis > 3.5" : "", finite(i.rDimension()), finite(i.rIndex())));
    return new SheetPlan("Statistics", cols, rows);
  }

  /** The indicators' correlation matrix: Pearson above the diagonal, Spearman below, with a colour scale. */
  private static SheetPlan correlations(IndexResult r) {
    var st = r.statistics();
    List<String> codes = st.indicators().stream().map(org.indexkit.core.AuditReport.IndicatorRow::code).toList();
    List<SheetPlan.Column> cols = new ArrayList<>();
    cols.add(new SheetPlan.Column("indicator", "Pearson ↗ / Spearman ↙", "@"));
    for (String c : codes) cols.add(new SheetPlan.Column(c, c, "0.00").withColourScale());
    List<List<Object>> rows = new ArrayList<>();
    for (int a = 0; a < codes.size(); a++) {
      List<Object> row = new ArrayList<>();
      row.add(codes.get(a));
      for (int b = 0; b < codes.size(); b++) row.add(finite(b >= a ? st.pearson()[a][b] : st.spearman()[a][b]));
      rows.add(row);
    }
    return new SheetPlan("Correlations", cols, rows);
  }

  static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /** Tier 1 green through amber to red, one colour per label in use. */
  private static Map<String, String> fills(NodeResult.Tiers t) {
    int k = Arrays.stream(t.levels()).max().orElse(1);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < t.levels().length; i++) out.putIfAbsent(t.labels()[i], tierColour(t.levels()[i], k));
    return out;
  }

  static String tierColour(int tier, int k) {
    String[] ramp = {"#63BE7B", "#A9D27F", "#FFEB84", "#FDB97D", "#F8696B"};
    if (k <= 1) return ramp[0];
    return ramp[(int) Math.round((tier - 1) * (ramp.length - 1) / (double) (k - 1))];
  }

  /** Column widths are judged from the first rows: enough to fit the names, not a pass over 50,000 rows. */
  private static final int WIDTH_SAMPLE = 2000;

  /** Column widths in characters from the longest header or cell (numbers count as 10), 8 to 60. */
  static SheetPlan sized(SheetPlan p) {
    List<SheetPlan.Column> cols = new ArrayList<>();
    for (int c = 0; c < p.columns().size(); c++) {
      int w = p.columns().get(c).header().length();
      for (List<Object> row : p.rows().subList(0, Math.min(p.rows().size(), WIDTH_SAMPLE))) {
        Object v = row.get(c);
        w = Math.max(w, v == null ? 0 : v instanceof Number ? 10 : v.toString().length());
      }
      cols.add(p.columns().get(c).withWidth(Math.max(8, Math.min(60, w + 2))));
    }
    return new SheetPlan(p.name(), cols, p.rows(), p.freezeRows(), p.chart());
  }

  /** Three decimals for scores on a 0–1 scale (seed 000 publishes 3 dp), two otherwise. */
  public static String scoreFormat(double[] scores) {
    return Arrays.stream(scores).allMatch(s -> Math.abs(s) <= 1.5) ? "0.000" : "0.00";
  }
}
