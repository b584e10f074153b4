package org.indexkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.indexkit.core.IndexResult;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.InvalidInputException;
import org.indexkit.input.LocatedTable;
import org.indexkit.scoring.ScoringSetup;
import org.indexkit.workbook.SheetCsv;
import org.indexkit.analysis.UncertaintyAnalysis;
import org.indexkit.scoring.Scoring;
import org.indexkit.sheet.SheetPlan;
import org.indexkit.sheet.SheetPlans;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indexkit audit data.csv --preset gihi-2023 --runs 1000 --weights 25 -o audit/}: how far the ranks can be trusted. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Score a table, then run the statistical audit and a Monte Carlo uncertainty analysis of the ranks.",
        "Writes Statistics, Audit, Sensitivity, Sensitivity runs, Sensitivity indices (Sobol) and Indicator importance",
        "(with every sheet of score) as CSV in -o DIR."})
final class AuditCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "Data table (.csv: header row, entity names in column A) or an IndexKit workbook (.xlsx).")
  Path data;

  @Option(names = "--preset", description = "Named recipe and tree.")
  String preset;

  @Option(names = "--tree", paramLabel = "TREE.csv", description = "Indicator tree; replaces the preset's.")
  Path tree;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Change one recipe step, e.g. normalise=z-score.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the result sheets: en or zh (zh-CN), the recipe key language.")
  String lang;

  @Option(names = "--runs", defaultValue = UncertaintyAnalysis.DEFAULT_RUNS_TEXT, description = "Monte Carlo runs (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--weights", defaultValue = UncertaintyAnalysis.DEFAULT_WEIGHT_PERCENT_TEXT, description = "Weights vary uniformly within ± this percentage (default ${DEFAULT-VALUE}).")
  double weightPercent;

  @Option(names = "--leave-one-out", description = "Also leave out one random indicator in each run.")
  boolean leaveOneOut;

  @Option(names = "--dirichlet", defaultValue = "0", description = "Draw sibling weights from a Dirichlet with this concentration "
      + "around the nominal weights instead of ± --weights (e.g. 50).")
  double dirichlet;

  @Option(names = "--alt-normalise", split = ",", paramLabel = "METHOD", description = "Normalisations to draw from in each run, e.g. min-max,z-score.")
  List<String> altNormalise = new ArrayList<>();

  @Option(names = "--alt-aggregate", split = ",", paramLabel = "METHOD", description = "Aggregations to draw from, e.g. arithmetic,geometric.")
  List<String> altAggregate = new ArrayList<>();

  @Option(names = "--judgements", defaultValue = "0", description = "With AHP weights, move each judgement by up to this many "
      + "points of Saaty's 1/9 … 9 scale in each run (e.g. 1).")
  int judgementSteps;

  @Option(names = "--vary", paramLabel = "KEY=LOW:HIGH", description = "Draw a numeric method parameter uniformly in each run, "
      + "e.g. aggregate.rho=0.3:0.7 (repeatable).")
  List<String> vary = new ArrayList<>();

  @Option(names = "--imputation-draws", description = "With MICE imputation, each run uses its own MICE draw.")
  boolean imputationDraws;

  @Option(names = "--seed", defaultValue = UncertaintyAnalysis.DEFAULT_SEED_TEXT, description = "Random seed: same seed, same result (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--sobol", defaultValue = "128", description = "Sobol base sample N, N·(inputs + 2) runs; 0 skips (default ${DEFAULT-VALUE}).")
  int sobolN;

  /** The largest Sobol base sample: 65,536 is far beyond convergence for the handful of inputs an index has. */
  static final int MAX_SOBOL_N = 65_536;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "Folder for the CSVs, or for a workbook input the copy (.xlsx) with the robustness sheets added.")
  Path output;

  @picocli.CommandLine.Mixin
  InputOptions read = new InputOptions();

  @Override
  public Integer call() throws Exception {
    if (lang != null) settings.put("language", lang);
    String name = data.getFileName().toString();
    boolean workbook = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    boolean toWorkbook = output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    if (toWorkbook && !workbook)
      throw new IllegalArgumentException("a CSV table is audited into a folder of CSV files: give -o DIR (an .xlsx output needs a workbook input)");
    if (workbook && toWorkbook) InputOptions.refuseOverwrite(output, data);
    LocatedTable input;
    IndicatorTree given;
    String presetId = preset;
    Map<String, String> all = new LinkedHashMap<>();
    List<String> existing = List.of();
    if (workbook) { // the same reading as score: Data (or --sheet), Indicators and Recipe sheets
      if (tree != null) throw new IllegalArgumentException("a workbook carries its own tree (Indicators sheet); use --preset or --set to change it");
      var in = org.indexkit.workbook.WorkbookReader.read(data, name, org.indexkit.workbook.WorkbookFile.DEFAULT_MAX_BYTES, read.sheet, preset);
      input = in.data();
      given = in.tree();
      if (presetId == null) presetId = in.preset();
      all.putAll(in.settings());
      existing = in.sheetNames();
    } else {
      input = read.csv(data, settings);
      given = read.tree(tree);
    }
    all.putAll(settings);
    ScoringSetup setup = Scoring.setup(input, presetId, given, workbook ? "Recipe sheet" : "--set", null, all);
    if (sobolN < 0 || sobolN > MAX_SOBOL_N)
      throw new InvalidInputException(org.indexkit.core.Problem.of("audit", "--sobol must be 0–" + MAX_SOBOL_N + " (the base sample N; "
          + "the analysis runs the index N·(inputs + 2) times), got " + sobolN));
    UncertaintyAnalysis ua;
    try {
      ua = UncertaintyAnalysis.runs(runs).weightSpread(weightPercent / 100).seed(seed)
          .alternatives(altNormalise.stream().map(org.indexkit.core.StepChoice::of).toList(),
              altAggregate.stream().map(org.indexkit.core.StepChoice::of).toList())
          .leaveOneOut(leaveOneOut).dirichlet(dirichlet).imputationDraws(imputationDraws)
          .judgementSteps(judgementSteps).vary(org.indexkit.analysis.ParameterDraws.parse(vary));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(org.indexkit.core.Problem.of("audit", e.getMessage()));
    }
    var checked = Scoring.check(input, setup, ua, sobolN, true,
        new org.indexkit.sheet.RunContext(name, org.indexkit.files.Sha256.of(data), java.time.Instant.now(), input.notes()),
        toWorkbook ? existing : List.of(), null, () -> false);
    IndexResult nominal = checked.nominal();
    UncertaintyAnalysis.Result u = checked.uncertainty();
    List<SheetPlan> plans = checked.sheets();
    if (toWorkbook) { // a copy of the workbook with the result and robustness sheets added, as score does
      org.indexkit.files.AtomicFile.write(output, o -> org.indexkit.workbook.xlsx.ResultAppender.append(data, plans, o));
    } else SheetCsv.writeAll(output, plans);
    var out = spec.commandLine().getOut();
    out.println("Uncertainty: " + ua.variant(setup.recipe()));
    for (String w : u.warnings()) spec.commandLine().getErr().println("warning: " + w);
    for (int row : SheetPlans.rowOrder(nominal).length > 10 ? java.util.Arrays.copyOf(SheetPlans.rowOrder(nominal), 10) : SheetPlans.rowOrder(nominal))
      out.printf(Locale.ROOT, "%4d  %-28s median %5.1f  90%% interval [%.0f, %.0f]%n", u.nominalRank()[row], nominal.entities().get(row),
          u.medianRank()[row], u.p5()[row], u.p95()[row]);
    for (String f : nominal.statistics().flags()) out.println("check: " + f);
    out.println("Results written to " + output.toAbsolutePath());
    return 0;
  }
}
