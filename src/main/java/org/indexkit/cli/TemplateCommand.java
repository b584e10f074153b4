package org.indexkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.indexkit.workbook.Template;
import org.indexkit.workbook.TemplateWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indexkit template set-2024 -o set-2024.xlsx}. */
@Command(name = "template", mixinStandardHelpOptions = true,
    description = "Write a preset's templated workbook: README, Data (sample data from the report), Indicators, Recipe.")
final class TemplateCommand implements java.util.concurrent.Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEMPLATE", description = "set-2024, gihi-2023, stcud-2021, digital-city-2022 or nqpf-entropy-topsis.")
  String preset;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.xlsx", description = "Where to write the workbook.")
  Path output;

  /** Temp files are created owner-only; a finished workbook gets the usual rw-r--r-- where the file system has POSIX modes. */
  static void readableByOthers(Path file) {
    try {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException | java.io.IOException ignored) {
      // not a POSIX file system: keep the default
    }
  }

  @Override
  public Integer call() throws Exception {
    Template t = Template.find(preset).orElseThrow(() -> new IllegalArgumentException("no template for \"" + preset
        + "\"; templates: " + Template.all().stream().map(x -> x.id()).collect(Collectors.joining(", "))));
    Path dir = output.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".indexkit-", ".xlsx");
    try {
      try (var out = Files.newOutputStream(tmp)) {
        TemplateWriter.write(t, out);
      }
      Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      readableByOthers(output);
    } finally {
      Files.deleteIfExists(tmp);
    }
    spec.commandLine().getOut().println("Wrote " + output + " (" + t.id() + ")");
    return 0;
  }
}
