package org.indexkit.cli;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.indexkit.workbook.Template;
import org.indexkit.workbook.TemplateWriter;
import org.indexkit.files.AtomicFile;
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

  @Override
  public Integer call() throws Exception {
    Template t = Template.find(preset).orElseThrow(() -> new IllegalArgumentException("no template for \"" + preset
        + "\"; templates: " + Template.all().stream().map(x -> x.id()).collect(Collectors.joining(", "))));
    AtomicFile.write(output, out -> TemplateWriter.write(t, out));
    spec.commandLine().getOut().println("Wrote " + output + " (" + t.id() + ")");
    return 0;
  }
}
