package org.indexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar in its own JVM, as a user runs it. */
class ScoreJarIT {
  @TempDir
  Path dir;

  record Run(int exit, String output, long millis) {}

  static Run jar(List<String> jvm, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-Duser.home=target/test-home", "-jar", "target/indexkit.jar")); // keep out of the user's home
    cmd.addAll(List.of(args));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, (System.nanoTime() - t0) / 1_000_000);
  }

  @Test
  @DisplayName("README example: score workbooks/set-2024.xlsx prints Boston 85.83 first and writes the scored copy")
  void readmeExample() throws Exception {
    Path out = dir.resolve("set-2024-scored.xlsx");
    Run r = jar(List.of(), "score", "workbooks/set-2024.xlsx", "-o", out.toString());
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output().lines().filter(l -> l.matches("\\s+\\d+\\s+.*")).findFirst().orElseThrow()).matches("\\s+1\\s+Boston\\s+85\\.83");
    assertThat(out).exists();
  }

  @Test
  @DisplayName("a 50,000 × 50 workbook is scored end to end with -Xmx1g")
  void largeWorkbookInOneGigabyte() throws Exception {
    Path big = dir.resolve("big.xlsx");
    org.indexkit.bench.BigWorkbook.write(big, 50_000, 50, 50);
    Path out = dir.resolve("big-scored.xlsx");
    Run r = jar(List.of("-Xmx1g"), "score", big.toString(), "-o", out.toString(), "--top", "1");
    assertThat(r.exit()).as(r.output()).isZero();
    try (ZipFile z = new ZipFile(out.toFile())) {
      String scores = new String(z.getInputStream(z.getEntry("xl/worksheets/indexkit1.xml")).readAllBytes(), StandardCharsets.UTF_8);
      // the level band, the header and the 50,000 entities: rows 1 to 50,002, none more
      assertThat(scores).contains("<row r=\"50002\">").doesNotContain("<row r=\"50003\">");
    }
    System.out.println("50,000 x 50 workbook scored with -Xmx1g in " + r.millis() + " ms (JVM start included)");
  }

  @Test
  @DisplayName("score stopped (SIGTERM) while it writes: no output file appears and its temp file is removed")
  void stoppedMidWrite() throws Exception {
    Path big = dir.resolve("mid.xlsx");
    org.indexkit.bench.BigWorkbook.write(big, 30_000, 30, 7);
    Path outDir = Files.createDirectories(dir.resolve("out"));
    Path out = outDir.resolve("mid-scored.xlsx");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Duser.home=target/test-home", "-jar", "target/indexkit.jar",
        "score", big.toString(), "-o", out.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    boolean writing = false;
    for (int i = 0; i < 1200 && p.isAlive() && !writing; i++) {
      Thread.sleep(25);
      try (var files = Files.list(outDir)) {
        writing = files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
      }
    }
    assertThat(writing).as("the run reached its write step").isTrue();
    p.destroy(); // SIGTERM, as Ctrl-C or a service stop sends
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    try (var files = Files.list(outDir)) {
      assertThat(files.toList()).as("no partial workbook and no temp file").isEmpty();
    }
  }
}
