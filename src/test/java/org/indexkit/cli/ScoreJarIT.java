package org.indexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example, run exactly as a user runs it: the shaded jar in its own JVM. */
class ScoreJarIT {
  @TempDir
  Path out;

  @Test
  @DisplayName("java -jar target/indexkit.jar score workbooks/csv/set-2024-subdimensions.csv --preset set-2024 prints Boston 85.83 first")
  void readmeExample() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-jar", "target/indexkit.jar", "score",
        "workbooks/csv/set-2024-subdimensions.csv", "--preset", "set-2024", "--set", "normalise=none", "-o", out.toString()))
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(printed).isZero();
    assertThat(printed.lines().toList().get(1)).matches("\\s+1\\s+Boston\\s+85\\.83");
    assertThat(Files.readAllLines(out.resolve("scores.csv")).get(1)).startsWith("Boston,85.826,");
  }
}
