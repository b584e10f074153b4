package org.indexkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.indexkit.core.IndicatorTree;
import org.indexkit.input.IndicatorsSheet;
import org.indexkit.input.LocatedTable;
import org.indexkit.input.TableCsv;
import org.indexkit.input.TextDecoding;
import picocli.CommandLine.Option;

/** How an input file is read, shared by score, audit and fit: which workbook sheet, which text encoding of a CSV. */
final class InputOptions {
  @Option(names = "--sheet", paramLabel = "NAME",
      description = "The workbook sheet with the table (default: the one named Data, else the only one; score and audit then look for the first whose header names the indicators, fit takes the first).")
  String sheet;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Encoding of a CSV input (default: detected — UTF-8, UTF-16 with BOM, GB18030, Windows-1252); score and audit also take --set encoding=….")
  String encoding;

  /** The CSV table; the encoding is --encoding, or the encoding key of --set, taken out of the recipe settings (it is about the file). */
  LocatedTable csv(Path data, Map<String, String> settings) throws IOException {
    String set = settings.remove("encoding");
    if (encoding == null) encoding = set;
    return TableCsv.read(data.getFileName().toString(), Files.readAllBytes(data), encoding);
  }

  /** Refuses an -o that names the input workbook itself: IndexKit writes a copy, never over the user's file. */
  static void refuseOverwrite(Path output, Path input) throws IOException {
    if (Files.exists(output) && Files.isSameFile(output, input))
      throw new IllegalArgumentException("-o must differ from the input: IndexKit never overwrites your workbook");
  }

  /** The tree CSV of --tree (null when none), read in the same encoding. */
  IndicatorTree tree(Path tree) throws IOException {
    if (tree == null) return null;
    String name = tree.getFileName().toString();
    return IndicatorsSheet.readCsv(name, TextDecoding.of(name, Files.readAllBytes(tree), encoding).text(), org.indexkit.method.aggregate.Aggregators.STEP::resolve);
  }
}
