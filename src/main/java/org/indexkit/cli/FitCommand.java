package org.indexkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.indexkit.analysis.fit.PrintedTable;
import org.indexkit.core.IndicatorTree;
import org.indexkit.files.AtomicFile;
import org.indexkit.input.Csv;
import org.indexkit.input.IndicatorsSheet;
import org.indexkit.input.TextDecoding;
import org.indexkit.method.aggregate.Aggregators;
import org.indexkit.scoring.PublishedFitting;
import org.indexkit.workbook.SheetCsv;
import org.indexkit.workbook.WorkbookFile;
import org.indexkit.workbook.WorkbookReader;
import org.indexkit.workbook.xlsx.ResultAppender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code indexkit fit TABLE.csv --parent set_total --children education,talent,science_technology -o fit/}, or over a
 * workbook's whole tree, {@code indexkit fit published.xlsx -o fitted.xlsx}: how each published parent score follows from
 * its printed children — the weights, the variant, the residuals against rounding, the rank order — and the recipe that
 * re-scores them.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = {"Recover a published index's weights and variant from its printed tables: a CSV or a workbook sheet as printed "
        + "(header row, names in a column, the scores with their printed decimals).",
        "One parent with --parent and --children; else every parent node of the tree in --tree or the workbook's Indicators sheet.",
        "A .csv gives one CSV per sheet in -o DIR; an .xlsx gives -o OUT.xlsx, a copy with the Fit sheets added."})
final class FitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TABLE", description = "The published table (.csv), or a workbook (.xlsx) with it and optionally an Indicators sheet.")
  Path table;

  @Option(names = "--parent", description = "The column of the parent's published scores.")
  String parent;

  @Option(names = "--children", split = ",", description = "The columns of its children's published scores.")
  List<String> children;

  @Option(names = "--tree", paramLabel = "TREE.csv", description = "Indicators laid out like the sheet (Code, Parent, optionally the printed Weight): fit every parent node.")
  Path tree;

  @Option(names = "--entity", paramLabel = "COL", description = "The column of the names (default: the first that is not numbers).")
  String entity;

  @Option(names = "--printed", split = ",", paramLabel = "W", description = "The weights the report prints, to compare (0.4,0.4,0.2).")
  double[] printed;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the sheets and the verdict: en or zh.")
  String lang;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Folder for the sheets as CSV, or for a workbook the copy (.xlsx) with them added.")
  Path output;

  @Mixin
  InputOptions read = new InputOptions();

  @Override
  public Integer call() throws Exception {
    boolean chinese = org.indexkit.core.Recipe.isChinese(lang);
    String name = table.getFileName().toString();
    boolean workbook = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    boolean xlsxOut = output != null && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    if (xlsxOut != workbook && output != null)
      throw new IllegalArgumentException(workbook ? "give the fitted workbook's name: -o fitted.xlsx" : "a CSV table is fitted into a folder of CSV files: give -o DIR");
    if (children != null && parent == null) throw new IllegalArgumentException("--children needs --parent, the column they make up");
    PrintedTable t;
    IndicatorTree indicators = read.tree(tree);
    List<String> sheets = List.of();
    if (workbook) {
      var raw = WorkbookReader.raw(table, name, WorkbookFile.DEFAULT_MAX_BYTES, read.sheet);
      t = PrintedTable.of(raw.tableSheet(), 0, 0, raw.table());
      if (indicators == null && raw.indicators() != null && parent == null)
        indicators = IndicatorsSheet.read("Indicators", raw.indicators(), Aggregators.STEP::resolve);
      sheets = raw.names();
    } else {
      List<List<String>> cells = Csv.parse(TextDecoding.of(name, Files.readAllBytes(table), read.encoding).text());
      t = PrintedTable.of(name, 0, 0, cells);
    }
    PublishedFitting.Fitted fitted;
    if (parent != null) fitted = PublishedFitting.fit(t, entity, parent, children, printed, chinese, sheets);
    else if (indicators != null) fitted = PublishedFitting.fit(t, entity, indicators, chinese, sheets);
    else throw new IllegalArgumentException("name the parent and its children (--parent P --children A,B,C), or give the tree: --tree TREE.csv "
        + "or an Indicators sheet in the workbook; the table's number columns are " + PublishedFitting.columns(t).columns());
    var out = spec.commandLine().getOut();
    for (var n : fitted.nodes()) {
      List<String> lines = new ArrayList<>(List.of(n.verdict()));
      if (n.printed() != null) lines.add(n.printed());
      lines.add(n.ranks());
      for (List<String> tie : n.ties()) lines.add((chinese ? "并列：" : "Tie: ") + String.join(", ", tie));
      lines.forEach(out::println);
    }
    fitted.skipped().forEach(out::println);
    if (fitted.recipe() != null) out.println(fitted.recipe());
    if (output != null) {
      if (workbook) {
        InputOptions.refuseOverwrite(output, table);
        AtomicFile.write(output, o -> ResultAppender.append(table, fitted.sheets(), o));
      } else SheetCsv.writeAll(output, fitted.sheets());
      out.println((chinese ? "已写入 " : "Written to ") + output);
      if (fitted.settings() != null) out.println((chinese ? "按方案复算：" : "To score the recipe: ") + rescore(fitted, workbook));
    }
    return 0;
  }

  /** The command that scores the handed-back recipe on the printed children (Fit data), as written. */
  private String rescore(PublishedFitting.Fitted fitted, boolean workbook) {
    List<String> names = fitted.sheets().stream().map(org.indexkit.sheet.SheetPlan::name).toList();
    if (workbook) {
      String data = names.stream().filter(n -> org.indexkit.sheet.FitSheets.DATA.stream().anyMatch(n::startsWith)).findFirst().orElseThrow();
      String renames = names.stream().filter(n -> n.matches("(Indicators|Recipe) \\(\\d+\\)")).map(n -> "\"" + n + "\"")
          .collect(java.util.stream.Collectors.joining(" and "));
      return "java -jar indexkit.jar score " + output + " --sheet \"" + data + "\" -o rescored.xlsx"
          + (renames.isEmpty() ? "" : " — IndexKit reads the sheets named Indicators and Recipe, and the recipe's are " + renames
              + " here, beside the workbook's own: rename them to use the recipe");
    }
    StringBuilder cmd = new StringBuilder("java -jar indexkit.jar score " + output.resolve("fit-data.csv") + " --tree " + output.resolve("indicators.csv"));
    fitted.settings().forEach((k, v) -> cmd.append(" --set ").append(k).append('=').append(v));
    return cmd.append(" -o rescored").toString();
  }
}
