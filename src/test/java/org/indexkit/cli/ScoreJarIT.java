package org.indexkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
    cmd.addAll(List.of("-jar", "target/indexkit.jar"));
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
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      var s = wb.createSheet("Data");
      var h = s.createRow(0);
      h.createCell(0).setCellValue("City");
      for (int c = 1; c <= 50; c++) h.createCell(c).setCellValue("i" + c);
      Random rnd = new Random(50);
      for (int i = 1; i <= 50_000; i++) {
        var row = s.createRow(i);
        row.createCell(0).setCellValue("city " + i);
        for (int c = 1; c <= 50; c++) row.createCell(c).setCellValue(rnd.nextDouble() * 100);
      }
      try (var out = Files.newOutputStream(big)) {
        wb.write(out);
      }
      wb.dispose();
    }
    Path out = dir.resolve("big-scored.xlsx");
    Run r = jar(List.of("-Xmx1g"), "score", big.toString(), "-o", out.toString(), "--top", "1");
    assertThat(r.exit()).as(r.output()).isZero();
    try (ZipFile z = new ZipFile(out.toFile())) {
      String scores = new String(z.getInputStream(z.getEntry("xl/worksheets/indexkit1.xml")).readAllBytes(), StandardCharsets.UTF_8);
      assertThat(scores).contains("<row r=\"50001\">").doesNotContain("<row r=\"50002\">");
    }
    System.out.println("50,000 x 50 workbook scored with -Xmx1g in " + r.millis() + " ms (JVM start included)");
  }
}
