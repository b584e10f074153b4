package org.indexkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.indexkit.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code indexkit bench}: the benchmarks of docs/BENCHMARKS.md, rewritten in place. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time the engine, the uncertainty analysis, the HTTP API under load and a 50,000 × 50 workbook, "
        + "and write the figures into docs/BENCHMARKS.md (about 10 minutes).")
final class BenchCommand implements Callable<Integer> {
  @Option(names = {"-o", "--out"}, description = "Markdown file to update between its bench markers (default: ${DEFAULT-VALUE})",
      defaultValue = "docs/BENCHMARKS.md")
  Path out;

  @Option(names = "--quick", description = "Small sizes: checks the runner works, the figures mean nothing")
  boolean quick;

  @Option(names = "--no-workbook", description = "Skip the 50,000 × 50 workbook (it needs a second JVM and ~1 minute)")
  boolean noWorkbook;

  @Option(names = "--only", description = "Run one benchmark (${COMPLETION-CANDIDATES}) and print it, leaving the Markdown file as it is")
  Benchmarks.Part only;

  @Override
  public Integer call() throws Exception {
    // the load test sends 20,000 requests: keep their access log lines off the console
    System.setProperty("org.slf4j.simpleLogger.log.org.indexkit.server.IndexKitServer", "warn");
    Benchmarks b = new Benchmarks(quick ? Benchmarks.Sizes.quick() : Benchmarks.Sizes.full(), !noWorkbook, System.out);
    if (only != null) {
      System.out.println(b.run(only));
      return 0;
    }
    String section = b.run();
    Benchmarks.writeInto(out, section);
    System.out.println(section);
    System.out.println("written to " + out);
    return 0;
  }
}
