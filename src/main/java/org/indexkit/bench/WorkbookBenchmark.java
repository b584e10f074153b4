package org.indexkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Issue 15's workbook targets, timed as a user runs them: {@code indexkit score} on a large .xlsx in its own JVM. */
final class WorkbookBenchmark {
  private WorkbookBenchmark() {}

  /** 50,000 × 50 scored by {@code indexkit score} in its own JVM under {@code -Xmx1g}. */
  static Benchmarks.Figure workbook(Benchmarks.Sizes sizes) throws Exception {
    int n = sizes.bookRows(), p = sizes.bookCols();
    Path dir = Files.createTempDirectory("indexkit-bench-");
    try {
      Path book = dir.resolve("big.xlsx");
      BigWorkbook.write(book, n, p, 50);
      ChildRun.Result r = ChildRun.score(book, dir.resolve("big-scored.xlsx"), "1g", sizes.runs() >= 5 ? 3 : 1);
      return new Benchmarks.Figure(String.format(Locale.ROOT, "workbook %s (%.1f MB .xlsx) scored end to end by `indexkit score` in its own JVM "
          + "with `-Xmx1g` (JVM start included)", Benchmarks.shape(n, p), Files.size(book) / 1048576.0), "≤ 5 s",
          r.describe(), r.median() <= 5_000);
    } finally {
      ChildRun.deleteTree(dir);
    }
  }

  /**
   * A full Excel sheet (1,048,575 entities below the header, 20 indicators) under {@code -Xmx2g}, and the largest sheet the
   * reader accepts under that heap, so the figure says how far the reader's cell limit is from the target.
   */
  static Benchmarks.Figure fullSheet(Benchmarks.Sizes sizes, StringBuilder details) throws Exception {
    int p = 20, full = org.indexkit.workbook.WorkbookReader.EXCEL_ROWS - 1;
    int n = sizes.runs() >= 5 ? full : sizes.bookRows();
    int accepted = (int) Math.min(n, org.indexkit.workbook.WorkbookReader.maxCells(2L << 30) / (p + 1) - 1);
    Path dir = Files.createTempDirectory("indexkit-bench-");
    try {
      Path book = dir.resolve("full.xlsx");
      BigWorkbook.write(book, n, p, 51);
      String result;
      boolean met = false;
      try {
        ChildRun.Result r = ChildRun.score(book, dir.resolve("full-scored.xlsx"), "2g", 1);
        result = r.describe();
        met = r.median() <= 60_000;
      } catch (ChildRun.Failed e) {
        result = String.format(Locale.ROOT, "refused after %.1f s: %s", e.millis() / 1000, e.getMessage());
      }
      Benchmarks.Figure figure = new Benchmarks.Figure(String.format(Locale.ROOT, "a full Excel sheet, %s (%.1f MB .xlsx), scored end to end by `indexkit "
          + "score` with `-Xmx2g`", Benchmarks.shape(n, p), Files.size(book) / 1048576.0), "≤ 60 s", result, met);
      if (accepted < n) {
        BigWorkbook.write(book, accepted, p, 51);
        ChildRun.Result r = ChildRun.score(book, dir.resolve("largest-scored.xlsx"), "2g", 1);
        details.append(String.format(Locale.ROOT, "- The largest sheet the reader accepts under `-Xmx2g`, %s (%.1f MB .xlsx): %s.%n",
            Benchmarks.shape(accepted, p), Files.size(book) / 1048576.0, r.describe()));
      }
      return figure;
    } finally {
      ChildRun.deleteTree(dir);
    }
  }
}
