package org.indexkit.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.indexkit.analysis.Analysis;
import org.indexkit.analysis.CouplingCoordination;
import org.indexkit.analysis.Trends;
import org.indexkit.core.IndexResult;
import org.indexkit.core.IndicatorTree;

/**
 * Lays out an {@link IndexResult} as sheets, one builder each: {@link ScoresSheet}, {@link RanksSheet},
 * {@link TiersSheet} (when the recipe tiers), {@link WeightsSheet}, {@link AhpSheet} (AHP weights), {@link StatisticsSheet} and
 * {@link CorrelationsSheet} (the statistical audit), {@link TrendsSheet} (panels), one sheet per analysis ({@link CouplingSheet}, {@link ExplainSheets}), {@link AuditSheet} and {@link ProvenanceSheet}. Rows are grouped by year and league and sorted by composite rank, so each block
 * reads as a league table; ties keep input order.
 */
public final class SheetPlans {
  static final int CHART_ROWS = 30;

  private SheetPlans() {}

  public static List<SheetPlan> of(IndexResult result, RunContext run) {
    return of(result, run, List.of());
  }

  /** The sheets, named so that none collides with {@code existingSheets} (the caller's workbook). */
  public static List<SheetPlan> of(IndexResult result, RunContext run, Collection<String> existingSheets) {
    return of(result, List.of(), run, existingSheets);
  }

  /** The same with the analyses run on the result, each on its own sheet after the result's, named in Provenance. */
  public static List<SheetPlan> of(IndexResult result, List<Analysis.Outcome> analyses, RunContext run, Collection<String> existingSheets) {
    return of(result, analyses, run, existingSheets, null);
  }

  /**
   * Formula mode's input ({@link FormulaMode}): the tree as bound, the Data cell of every leaf value ({@code Data!C5}, null
   * where the run changed the value) and the value used, [leaf][row]; and the same run without rescaling.
   */
  public record Formulas(IndicatorTree tree, String[][] cells, double[][] used, IndexResult unscaled) {}

  /** The same in formula mode when {@code formulas} is given: the Calc sheets after Weights, the Scores cells referencing them. */
  public static List<SheetPlan> of(IndexResult result, List<Analysis.Outcome> analyses, RunContext run, Collection<String> existingSheets,
                                   Formulas formulas) {
    List<SheetPlan> plans = new ArrayList<>();
    int[] order = rowOrder(result);
    CalcSheets.Built calc = formulas == null ? null
        : CalcSheets.of(result, formulas.unscaled(), new CalcSheets.Source(formulas.tree(), formulas.cells(), formulas.used()), order);
    plans.add(calc == null ? ScoresSheet.of(result, order) : CalcSheets.referenced(ScoresSheet.of(result, order), calc));
    plans.add(RanksSheet.of(result, order));
    if (result.nodes().stream().anyMatch(n -> n.tiers() != null || n.stars() != null)) plans.add(TiersSheet.of(result, order));
    plans.add(WeightsSheet.of(result));
    if (calc != null) plans.addAll(calc.plans());
    if (result.ahp() != null) plans.add(AhpSheet.of(result));
    if (result.statistics() != null) {
      plans.add(StatisticsSheet.of(result));
      if (result.statistics().pearson() != null) plans.add(CorrelationsSheet.of(result));
    }
    if (result.isPanel()) plans.add(TrendsSheet.of(result, Trends.of(result)));
    for (Analysis.Outcome a : analyses)
      if (a instanceof CouplingCoordination.Result c) plans.add(CouplingSheet.of(result, c));
      else if (a instanceof org.indexkit.analysis.Contributions.Result c) plans.add(ExplainSheets.contributions(result, c));
      else if (a instanceof org.indexkit.analysis.ObstacleDegree.Result o) plans.add(ExplainSheets.obstacles(result, o));
      else if (a instanceof org.indexkit.analysis.StrengthsWeaknesses.Result s) plans.add(ExplainSheets.strengths(result, s));
      else if (a instanceof org.indexkit.analysis.RegionalSummary.Result g) plans.add(RegionsSheet.of(result, g));
      else if (a instanceof org.indexkit.analysis.RegionalDisparity.Result d) plans.add(DisparitySheet.of(result, d));
      else if (a instanceof org.indexkit.analysis.KernelDensity.Result k) plans.add(DensitySheet.of(result, k));
      else if (a instanceof org.indexkit.analysis.Quadrants.Result q) plans.add(QuadrantsSheet.of(result, q));
      else if (a instanceof org.indexkit.analysis.ProfileClusters.Result c) plans.add(ClustersSheet.of(result, c));
      else if (a instanceof org.indexkit.analysis.Champions.Result c) plans.add(ChampionsSheet.of(result, c));
      else if (a instanceof org.indexkit.analysis.RuleTypology.Result t) plans.add(TypologySheet.of(result, t));
      else if (a instanceof org.indexkit.analysis.BuildComparison.Result c) plans.add(CompareSheet.of(result, c));
      else if (a instanceof org.indexkit.analysis.SpatialAutocorrelation.Result m) plans.add(MoranSheet.of(result, m));
      else if (a instanceof org.indexkit.analysis.NodeCorrelations.Result c) plans.add(NodeCorrelationsSheet.of(result, c));
      else if (a instanceof org.indexkit.analysis.DevelopmentProfiles.Result p) plans.add(ProfilesSheet.of(result, p));
    plans.add(AuditSheet.of(result, run));
    SheetPlan provenance = ProvenanceSheet.of(result, analyses, run);
    plans.add(calc == null ? provenance : CalcSheets.noted(provenance, calc));
    List<String> planned = plans.stream().map(SheetPlan::name).toList();
    if (result.provenance().recipe().chinese()) plans = ChineseSheets.of(plans, result);
    for (SheetPlan p : plans) ExcelLimits.fits(p);
    List<SheetPlan> named = new ArrayList<>(SheetNames.avoid(plans.stream().map(SheetPlans::sized).toList(), existingSheets));
    // Provenance, the last sheet, lists the run's sheets by their final names: a re-run can replace them (EarlierResults)
    named.set(named.size() - 1, EarlierResults.listed(named.get(named.size() - 1), named.stream().map(SheetPlan::name).toList(),
        result.provenance().recipe().chinese()));
    if (calc == null) return named;
    java.util.Map<String, String> finalNames = new java.util.HashMap<>(); // formulas name the sheets as planned
    for (int i = 0; i < named.size(); i++) finalNames.put(planned.get(i), named.get(i).name());
    return named.stream().map(p -> p.resolved(finalNames)).toList();
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

  /**
   * Where the latest year's rows sit in {@link #rowOrder}: {first position, count}; all rows for a cross-section. Charts of
   * a panel show its latest year.
   */
  static int[] latestYear(IndexResult r, int[] order) {
    if (r.years() == null || order.length == 0) return new int[] {0, order.length};
    int last = r.years().get(order[order.length - 1]), first = order.length;
    while (first > 0 && r.years().get(order[first - 1]) == last) first--;
    return new int[] {first, order.length - first};
  }

  /** " (2023)" for the latest year of a panel, "" for a cross-section: what a chart of {@link #latestYear} adds to its title. */
  static String yearOf(IndexResult r, int[] order) {
    return r.years() == null || order.length == 0 ? "" : " (" + r.years().get(order[order.length - 1]) + ")";
  }

  private static String league(IndexResult r, int row) {
    return r.groups() == null || r.groups().get(row) == null ? "" : r.groups().get(row).trim();
  }

  static List<SheetPlan.Column> idColumns(IndexResult r) {
    List<SheetPlan.Column> cols = new ArrayList<>();
    cols.add(new SheetPlan.Column("entity", "Entity", "@"));
    if (r.groups() != null) cols.add(new SheetPlan.Column("group", "Group", "@"));
    if (r.regions() != null) cols.add(new SheetPlan.Column("region", "Region", "@"));
    if (r.years() != null) cols.add(new SheetPlan.Column("year", "Year", "0"));
    return cols;
  }

  static List<Object> idCells(IndexResult r, int row) {
    List<Object> cells = new ArrayList<>();
    cells.add(r.entities().get(row));
    if (r.groups() != null) cells.add(r.groups().get(row));
    if (r.regions() != null) cells.add(r.regions().get(row));
    if (r.years() != null) cells.add(r.years().get(row));
    return cells;
  }

  static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
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
      int w = displayWidth(p.columns().get(c).header());
      for (List<Object> row : p.rows().subList(0, Math.min(p.rows().size(), WIDTH_SAMPLE))) {
        Object v = row.get(c);
        w = Math.max(w, v == null ? 0 : v instanceof Number || v instanceof SheetPlan.Formula ? 10 : displayWidth(v.toString()));
      }
      cols.add(p.columns().get(c).withWidth(Math.max(8, Math.min(60, w + 2))));
    }
    return new SheetPlan(p.name(), cols, p.rows(), p.freezeRows(), p.chart());
  }

  /** Characters as a column width counts them: a Chinese (or other wide) character takes two. */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      boolean wide = script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL || (c >= 0xFF01 && c <= 0xFF60);
      w += wide ? 2 : 1;
    }
    return w;
  }

  /** Three decimals for scores on a 0–1 scale (seed 000 publishes 3 dp), two otherwise. */
  public static String scoreFormat(double[] scores) {
    return Arrays.stream(scores).allMatch(s -> Math.abs(s) <= 1.5) ? "0.000" : "0.00";
  }
}
