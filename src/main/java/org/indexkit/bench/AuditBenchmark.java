package org.indexkit.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.indexkit.core.Table;
import org.indexkit.preset.Presets;

/** Issue 15's robustness-check target, timed as a user runs it: {@code indexkit audit} in its own JVM. */
final class AuditBenchmark {
  private AuditBenchmark() {}

  /**
   * {@code indexkit audit} with the nqpf-entropy-topsis preset and its defaults (MICE, entropy, TOPSIS, k-means tiers;
   * 1,000 runs, Sobol N = 128) on the report's size, 287 × 24 with 2 % of the cells empty, in its own JVM.
   */
  static Benchmarks.Figure run(Benchmarks.Sizes sizes) throws Exception {
    var preset = Presets.find("nqpf-entropy-topsis").orElseThrow();
    List<String> codes = preset.tree().leaves().stream().map(org.indexkit.core.Indicator::code).toList();
    int n = sizes.auditRows();
    Table t = SyntheticIndex.table(n, codes, 5);
    java.util.Random gaps = new java.util.Random(6);
    StringBuilder csv = new StringBuilder("City," + String.join(",", codes) + "\n");
    for (int r = 0; r < n; r++) {
      csv.append(t.entities().get(r));
      for (double v : t.values()[r]) csv.append(',').append(gaps.nextDouble() < 0.02 ? "" : String.format(Locale.ROOT, "%.3f", v));
      csv.append('\n');
    }
    Path dir = Files.createTempDirectory("indexkit-bench-audit-");
    try {
      Path data = dir.resolve("nqpf.csv");
      Files.writeString(data, csv, StandardCharsets.UTF_8);
      ChildRun.Result r = ChildRun.run(List.of("audit", data.toString(), "--preset", "nqpf-entropy-topsis", "--runs",
          String.valueOf(sizes.auditRuns()), "-o", dir.resolve("out").toString()), "2g", sizes.runs() >= 5 ? 3 : 1);
      return new Benchmarks.Figure(String.format(Locale.ROOT, "`indexkit audit` with the `nqpf-entropy-topsis` preset (MICE, entropy, TOPSIS, "
          + "k-means tiers) and defaults (%,d runs, Sobol N = 128) on %s with 2 %% of cells empty, in its own JVM", sizes.auditRuns(),
          Benchmarks.shape(n, codes.size())), "≤ 30 s", r.describe(), r.median() <= 30_000);
    } finally {
      ChildRun.deleteTree(dir);
    }
  }
}
