package org.indexkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@code indexkit score} in a JVM of its own with a given heap limit, as a user would, and
 * records the wall time and (on Linux) the peak resident memory read from /proc while it runs.
 */
final class ChildRun {
  record Result(double[] millis, long[] peakRssKb) {
    double median() {
      return new Timing(millis).median();
    }

    String describe() {
      long rss = Arrays.stream(peakRssKb).max().orElse(0);
      return String.format(Locale.ROOT, "%.1f s (runs: %s)%s", median() / 1000,
          String.join(", ", Arrays.stream(millis).mapToObj(m -> String.format(Locale.ROOT, "%.1f s", m / 1000)).toList()),
          rss > 0 ? String.format(Locale.ROOT, ", peak RSS %d MB", rss / 1024) : "");
    }
  }

  private ChildRun() {}

  /** The command ended with a non-zero status; the message is the last line it printed. */
  static final class Failed extends IOException {
    private final double millis;

    Failed(String message, double millis) {
      super(message);
      this.millis = millis;
    }

    double millis() {
      return millis;
    }
  }

  static Result score(Path book, Path out, String maxHeap, int runs) throws IOException, InterruptedException {
    return run(List.of("score", book.toString(), "-o", out.toString(), "--top", "1"), maxHeap, runs);
  }

  /** {@code indexkit} with these arguments in its own JVM, {@code runs} times. */
  static Result run(List<String> arguments, String maxHeap, int runs) throws IOException, InterruptedException {
    double[] ms = new double[runs];
    long[] rss = new long[runs];
    for (int i = 0; i < runs; i++) {
      List<String> cmd = new ArrayList<>(javaCommand("-Xmx" + maxHeap));
      cmd.addAll(arguments);
      Path log = Files.createTempFile("indexkit-bench-", ".log");
      try {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path status = Path.of("/proc/" + p.pid() + "/status");
        while (p.isAlive()) {
          rss[i] = Math.max(rss[i], peakRss(status));
          p.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        ms[i] = (System.nanoTime() - t0) / 1e6;
        if (p.exitValue() != 0) {
          List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
          throw new Failed(lines.isEmpty() ? "exit status " + p.exitValue() : lines.get(lines.size() - 1).trim(), ms[i]);
        }
      } finally {
        Files.deleteIfExists(log);
      }
    }
    return new Result(ms, rss);
  }

  /** Deletes a benchmark's temporary directory and everything in it. */
  static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /** This JVM's java binary with the jar (or class path) IndexKit runs from, then the main class. */
  static List<String> javaCommand(String... jvmOptions) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(List.of(jvmOptions));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.indexkit.cli.Main"));
    return cmd;
  }

  private static long peakRss(Path status) {
    try {
      for (String line : Files.readAllLines(status))
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
    } catch (IOException | NumberFormatException e) {
      // the process has just ended, or this is not Linux
    }
    return 0;
  }
}
