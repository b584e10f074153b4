package org.indexkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.indexkit.core.Table;
import org.indexkit.json.RecipeJson;

/**
 * The numpy peer of the entropy + TOPSIS benchmark, run in the same benchmark run on the same matrix:
 * {@code src/main/resources/bench/entropy_topsis.py} (plain vectorised numpy doing the same work — normalise,
 * entropy weights, TOPSIS, ranks), timed inside Python after its own warm-ups so neither side counts
 * starting up or reading the matrix. Its closeness and ranks come back for the comparison with IndexKit's.
 */
final class NumpyPeer {
  /** The peer's timing, its results and the numpy version it ran on. */
  record Result(Timing timing, double[] closeness, long[] ranks, String numpy) {}

  private NumpyPeer() {}

  /** Empty when {@code python3} with numpy is not there (Debian: {@code apt-get install python3-numpy}). */
  static Optional<Result> run(Table t, List<Integer> costColumns, int warmups, int runs) throws IOException, InterruptedException {
    if (!available()) return Optional.empty();
    int n = t.rows(), p = t.indicators().size();
    Path dir = Files.createTempDirectory("indexkit-peer-");
    try {
      Path script = dir.resolve("entropy_topsis.py"), matrix = dir.resolve("matrix.f64"), out = dir.resolve("out.bin");
      try (InputStream in = NumpyPeer.class.getResourceAsStream("/bench/entropy_topsis.py")) {
        Files.write(script, in.readAllBytes());
      }
      ByteBuffer b = ByteBuffer.allocate(n * p * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      for (double[] row : t.values()) for (double v : row) b.putDouble(v);
      Files.write(matrix, b.array());
      List<String> costs = costColumns.stream().map(String::valueOf).toList();
      Process proc = new ProcessBuilder("python3", script.toString(), matrix.toString(), String.valueOf(n), String.valueOf(p),
          String.join(",", costs), String.valueOf(warmups), String.valueOf(runs), out.toString()).redirectErrorStream(true).start();
      byte[] printed = proc.getInputStream().readAllBytes();
      if (!proc.waitFor(30, TimeUnit.MINUTES) || proc.exitValue() != 0)
        throw new IOException("the numpy peer failed: " + new String(printed, StandardCharsets.UTF_8));
      JsonNode j = RecipeJson.MAPPER.readTree(new String(printed, StandardCharsets.UTF_8).trim());
      ByteBuffer r = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
      double[] c = new double[n];
      long[] ranks = new long[n];
      for (int i = 0; i < n; i++) c[i] = r.getDouble();
      for (int i = 0; i < n; i++) ranks[i] = r.getLong();
      double[] ms = new double[j.get("ms").size()];
      for (int i = 0; i < ms.length; i++) ms[i] = j.get("ms").get(i).asDouble();
      return Optional.of(new Result(new Timing(ms), c, ranks, j.get("numpy").asText()));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    }
  }

  private static boolean available() throws InterruptedException {
    try {
      Process p = new ProcessBuilder(new ArrayList<>(List.of("python3", "-c", "import numpy"))).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
