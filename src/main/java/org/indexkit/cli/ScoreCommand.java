package org.indexkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.indexkit.core.IndexResult;
import org.indexkit.core.IndicatorTree;
import org.indexkit.core.NodeResult;
import org.indexkit.input.LocatedTable;
import org.indexkit.scoring.ScoringSetup;
import org.indexkit.files.Sha256;
import org.indexkit.workbook.WorkbookFile;
import org.indexkit.workbook.WorkbookScoring;
import org.indexkit.workbook.SheetCsv;
import org.indexkit.scoring.Scoring;
import org.indexkit.preset.Preset;
import org.indexkit.preset.Presets;
import org.indexkit.sheet.RunContext;
import org.indexkit.sheet.SheetPlans;
import org.indexkit.files.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code indexkit score data.csv --preset gihi-2023 -o results/}. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score a table (.csv) or an IndexKit workbook (.xlsx: Data, Indicators, Recipe sheets).",
        "A .csv gives one CSV per output sheet in -o DIR; an .xlsx gives -o OUT.xlsx, a copy with the result sheets added.",
        "Prints a ranked summary."})
final class ScoreCommand implements java.util.concurrent.Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "Data table (.csv: header row, entity names in column A) or workbook (.xlsx).")
  Path data;

  @Option(names = "--preset", description = "Named recipe and tree: ${COMPLETION-CANDIDATES}.",
      completionCandidates = PresetIds.class)
  String preset;

  @Option(names = "--tree", paramLabel = "TREE.csv",
      description = "Indicator tree (Code, Name, Parent, Weight, Direction, Transform, …); replaces the preset's. "
          + "Without a preset or tree every column is an equally weighted indicator.")
  Path tree;

  @Option(names = "--recipe", paramLabel = "RECIPE.json", description = "Recipe JSON; its fields replace the preset's.")
  Path recipe;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Change one recipe step, applied last, e.g. normalise=none, rescale.min=0, tiers=k-means, tiers.k=4.")
  Map<String, String> settings = new LinkedHashMap<>();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Folder for the result CSVs, or the scored .xlsx for a workbook.")
  Path output;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the result sheets: en or zh (zh-CN), the recipe key language.")
  String lang;

  @Option(names = "--top", defaultValue = "10", description = "Rows of the printed summary per league/year (default ${DEFAULT-VALUE}).")
  int top;

  @picocli.CommandLine.Mixin
  InputOptions read = new InputOptions();

  @Override
  public Integer call() throws IOException {
    if (lang != null) settings.put("language", lang);
    String name = data.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls") || lower.endsWith(".xltx"))
      return scoreWorkbook(name);
    if (!lower.endsWith(".csv"))
      throw new IllegalArgumentException(name + ": give a .csv table or an .xlsx workbook");
    if (output != null && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
      throw new IllegalArgumentException("a CSV table is scored into a folder of CSV files: give -o DIR (an .xlsx output needs a workbook input)");
    LocatedTable input = read.csv(data, settings);

    IndicatorTree given = read.tree(tree);
    ScoringSetup setup = Scoring.setup(input, preset, given, recipe == null ? "--set" : recipe.getFileName().toString(),
        recipe == null ? null : Files.readString(recipe), settings);
    var scored = Scoring.score(input, setup, new RunContext(name, Sha256.of(data), Instant.now(), input.notes()), List.of());
    if (output != null) SheetCsv.writeAll(output, scored.sheets());
    printSummary(scored.result(), input.notes());
    return 0;
  }

  private int scoreWorkbook(String name) throws IOException {
    if (tree != null || recipe != null)
      throw new IllegalArgumentException("a workbook carries its own tree and recipe (Indicators and Recipe sheets); "
          + "use --preset or --set to change them");
    if (output == null || !output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx"))
      throw new IllegalArgumentException("give the scored workbook's name: -o scored.xlsx");
    InputOptions.refuseOverwrite(output, data);
    IndexResult[] result = new IndexResult[1];
    List<String> notes = new ArrayList<>();
    AtomicFile.write(output, out -> result[0] = WorkbookScoring.score(data, name, preset, read.sheet, settings, WorkbookFile.DEFAULT_MAX_BYTES, out,
        (input, setup) -> notes.addAll(input.notes())));
    printSummary(result[0], notes);
    return 0;
  }

  /** The top rows per year (and per league when leagues are on: otherwise ranks are over everyone, and so is the list). */
  private void printSummary(IndexResult result, List<String> inputNotes) {
    java.io.PrintWriter out = spec.commandLine().getOut();
    java.io.PrintWriter err = spec.commandLine().getErr();
    NodeResult composite = result.composite();
    int decimals = SheetPlans.scoreFormat(composite.scores()).length() - 2;
    String preset = result.provenance().recipe().preset();
    boolean leagues = result.provenance().recipe().leagues();
    out.println(composite.name() + (preset == null ? "" : " (" + preset + ")"));
    long percentages = org.indexkit.input.DataSheet.percentages(inputNotes);
    if (percentages > 0)
      out.println(percentages + " cell" + (percentages == 1 ? " was a percentage" : "s were percentages") + ", read as fractions (12% → 0.12; "
          + "listed in Audit)");
    int[] order = leagues ? SheetPlans.rowOrder(result) : java.util.stream.IntStream.range(0, composite.ranks().length).boxed()
        .sorted(java.util.Comparator.<Integer>comparingInt(i -> result.years() == null ? 0 : result.years().get(i))
            .thenComparingInt(i -> composite.ranks()[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
    String block = null;
    int shown = 0;
    for (int r : order) {
      String key = (leagues && result.groups() != null ? result.groups().get(r) + " " : "")
          + (result.years() == null ? "" : String.valueOf(result.years().get(r)));
      if (!key.equals(block)) {
        block = key;
        shown = 0;
        if (!key.isBlank()) out.println("-- " + key.trim());
      }
      if (shown++ < top)
        out.printf(Locale.ROOT, "%4d  %-28s %." + decimals + "f%n", composite.ranks()[r], result.entities().get(r),
            composite.scores()[r]);
    }
    for (String w : result.warnings()) err.println("warning: " + w);
    if (output != null) out.println("Results written to " + output.toAbsolutePath());
    else out.println("Nothing was written: give -o DIR for the result CSVs (or -o scored.xlsx for a workbook).");
  }

  static final class PresetIds extends ArrayList<String> {
    PresetIds() {
      super(Presets.all().stream().map(Preset::id).toList());
    }
  }
}
