package org.indexkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.indexkit.analysis.fit.FitWords;
import org.indexkit.analysis.fit.PrintedColumn;
import org.indexkit.analysis.fit.PublishedFit;
import org.indexkit.input.Csv;
import org.indexkit.input.TextDecoding;
import org.indexkit.sheet.FitSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code indexkit fit TABLE.csv --parent set_total --children education,talent,science_technology -o fit/}: how a published
 * parent score follows from its printed children — the weights, the variant, the residuals against rounding — and the
 * recipe that re-scores it.
 */
@Command(name = "fit", mixinStandardHelpOptions = true,
    description = "Recover a published index's weights and variant from its printed tables (a CSV as printed: header row, names "
        + "in a column, the scores with their printed decimals).")
final class FitCommand implements Callable<Integer> {
  /** A score as a report prints it: digits, a sign, a decimal point. */
  private static final String NUMBER = "-?\\d+(\\.\\d+)?";

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TABLE.csv", description = "The published table: header row, a column of names, the scores as printed.")
  Path table;

  @Option(names = "--parent", required = true, description = "The column of the parent's published scores.")
  String parent;

  @Option(names = "--children", required = true, split = ",", description = "The columns of its children's published scores.")
  List<String> children;

  @Option(names = "--entity", paramLabel = "COL", description = "The column of the names (default: the first that is not numbers).")
  String entity;

  @Option(names = "--printed", split = ",", paramLabel = "W", description = "The weights the report prints, to compare (0.4,0.4,0.2).")
  double[] printed;

  @Option(names = "--lang", paramLabel = "LANG", description = "Language of the sheets and the verdict: en or zh.")
  String lang;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for Fit, Fit residuals, Indicators and Recipe (CSV).")
  Path output;

  @Override
  public Integer call() throws Exception {
    boolean chinese = lang != null && lang.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    List<List<String>> cells = Csv.parse(TextDecoding.of(table.getFileName().toString(), Files.readAllBytes(table), null).text());
    List<String> header = cells.get(0).stream().map(String::trim).toList();
    List<List<String>> rows = cells.subList(1, cells.size()).stream().filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
    PrintedColumn p = column(header, rows, parent);
    List<PrintedColumn> kids = new ArrayList<>();
    for (String c : children) kids.add(column(header, rows, c.trim()));
    if (printed != null && printed.length != kids.size())
      throw new IllegalArgumentException("--printed gives " + printed.length + " weights for " + kids.size() + " children");
    int e = entity != null ? header.indexOf(entity.trim()) : java.util.stream.IntStream.range(0, header.size())
        .filter(c -> rows.stream().anyMatch(r -> c < r.size() && !r.get(c).isBlank() && !r.get(c).trim().matches(NUMBER))).findFirst().orElse(0);
    if (e < 0) throw new IllegalArgumentException("no column \"" + entity + "\"; the columns are " + header);
    List<String> names = rows.stream().map(r -> e < r.size() ? r.get(e).trim() : "").toList();
    PublishedFit.Result r = PublishedFit.fit(p, kids, names, printed);
    var out = spec.commandLine().getOut();
    out.println(FitWords.verdict(r, chinese));
    if (printed != null) out.println(FitWords.printed(r, printed, chinese));
    for (List<String> tie : FitWords.ties(p.values(), names)) out.println((chinese ? "并列：" : "Tie: ") + String.join(", ", tie));
    if (output != null) {
      org.indexkit.workbook.SheetCsv.writeAll(output, FitSheets.of(r, kids, printed, chinese, List.of()));
      out.println((chinese ? "已写入 " : "Written to ") + output);
    }
    return 0;
  }

  /** The named column's printed texts; a cell that is not a number is refused with its row and column. */
  private static PrintedColumn column(List<String> header, List<List<String>> rows, String name) {
    int c = header.indexOf(name);
    if (c < 0) throw new IllegalArgumentException("no column \"" + name + "\"; the columns are " + header);
    List<String> texts = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String t = c < rows.get(r).size() ? rows.get(r).get(c).trim() : "";
      if (!t.isEmpty() && !t.matches(NUMBER))
        throw new IllegalArgumentException(org.indexkit.core.TableLayout.columnLetters(c) + (r + 2) + ": \"" + t + "\" is not a number");
      texts.add(t);
    }
    return PrintedColumn.of(name, texts);
  }
}
