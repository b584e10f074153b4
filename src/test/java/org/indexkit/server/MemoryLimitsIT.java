package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indexkit.bench.BigWorkbook;
import org.indexkit.workbook.RawXlsx;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability finding H4 (must-show 4): the memory cases sent at once to the real server in its own JVM
 * under {@code -Xmx512m}. Each is answered (refused or scored), the server keeps answering {@code /health}
 * throughout and a normal compute after, and it never runs out of memory.
 */
class MemoryLimitsIT {
  @TempDir
  Path dir;

  record Sent(String what, int status, long millis) {}

  @Test
  @Timeout(300)
  @DisplayName("63 MB bodies (×3 to compute, ×3 to audit), 10-million-character names, a body of empty rows, a million cell styles "
      + "and a 4.9-million-cell sheet, all at once under -Xmx512m: all answered, /health answers throughout, no OutOfMemoryError")
  void memoryCasesUnderSmallHeap() throws Exception {
    Path xf = dir.resolve("xf.xlsx");
    StringBuilder styles = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawXlsx.MAIN + "\"><cellXfs>");
    java.util.Random rx = new java.util.Random(10); // varied, as a generated file would be, so it is not refused as a zip bomb first
    for (int i = 0; i < 1_000_000; i++) styles.append("<xf numFmtId=\"").append(rx.nextInt(200)).append("\" fontId=\"")
        .append(rx.nextInt(1000)).append("\" fillId=\"").append(rx.nextInt(100)).append("\" borderId=\"").append(rx.nextInt(100)).append("\"/>");
    RawXlsx.twoCities().styles(styles.append("</cellXfs></styleSheet>").toString()).write(xf);
    Path cells = dir.resolve("cells49.xlsx");
    BigWorkbook.write(cells, 98_000, 49, 1);
    byte[] junk = body("{\"junk\":[", "[]", "]}", 63 << 20);
    byte[] emptyRows = body("{\"table\":{\"entities\":[],\"indicators\":[],\"values\":[", "[]", "]}}", 40 << 20);
    String names = "{\"table\":{\"entities\":[\"a\",\"b\"],\"indicators\":[\"" + "p".repeat(10_000_000) + "\",\"" + "q".repeat(10_000_000)
        + "\"],\"values\":[[1,2],[3,4]]}}";

    Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-Duser.home=target/test-home", "-jar",
        "target/indexkit.jar", "serve", "--http", "--port", "0").redirectErrorStream(true).start();
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<String> base = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
        Pattern url = Pattern.compile("serving on (http://\\S+?)/?$");
        for (String line; (line = r.readLine()) != null; ) {
          log.add(line);
          Matcher m = url.matcher(line);
          if (m.find()) base.complete(m.group(1));
        }
      } catch (Exception ignored) {
        // the process ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    ExecutorService clients = Executors.newFixedThreadPool(12);
    try {
      String url = base.get(60, java.util.concurrent.TimeUnit.SECONDS);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(clients).build();
      List<CompletableFuture<Sent>> sent = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        sent.add(post(client, url, "/api/v1/compute", "application/json", junk, "junk to compute"));
        sent.add(post(client, url, "/api/v1/audit", "application/json", junk, "junk to audit"));
      }
      sent.add(post(client, url, "/api/v1/compute", "application/json", emptyRows, "empty rows"));
      sent.add(post(client, url, "/api/v1/compute", "application/json", names.getBytes(StandardCharsets.UTF_8), "huge names"));
      sent.add(post(client, url, "/api/v1/workbook", IndexKitServer.XLSX, Files.readAllBytes(xf), "a million cell styles"));
      sent.add(post(client, url, "/api/v1/workbook", IndexKitServer.XLSX, Files.readAllBytes(cells), "4.9 M cells"));

      long slowest = 0;
      while (!sent.stream().allMatch(CompletableFuture::isDone)) {
        long t0 = System.nanoTime();
        HttpResponse<String> h = client.send(HttpRequest.newBuilder(URI.create(url + "/health")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(h.statusCode()).isEqualTo(200);
        slowest = Math.max(slowest, (System.nanoTime() - t0) / 1_000_000);
        Thread.sleep(200);
      }
      for (var f : sent) {
        Sent s = f.get();
        System.out.println("MemoryLimitsIT: " + s.what() + " → " + s.status() + " after " + s.millis() + " ms");
        assertThat(s.status()).as(s.what()).isIn(200, 400, 413, 422, 503);
      }
      assertThat(slowest).as("slowest /health during the burst, ms").isLessThan(5_000);
      HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/compute"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
              "{\"table\":{\"entities\":[\"a\",\"b\"],\"indicators\":[\"x\"],\"values\":[[1],[2]]}}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(after.statusCode()).as("a normal compute after the burst").isEqualTo(200);
      assertThat(server.isAlive()).isTrue();
      synchronized (log) {
        assertThat(log).as("server log").noneMatch(l -> l.contains("OutOfMemoryError"));
      }
    } finally {
      server.destroy();
      server.waitFor();
      clients.shutdownNow();
    }
  }

  static CompletableFuture<Sent> post(HttpClient client, String base, String path, String type, byte[] body, String what) {
    long t0 = System.nanoTime();
    return client.sendAsync(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
        .thenApply(r -> new Sent(what, r.statusCode(), (System.nanoTime() - t0) / 1_000_000));
  }

  /** {@code head} + {@code item} repeated (comma-separated) to about {@code bytes} + {@code tail}. */
  static byte[] body(String head, String item, String tail, int bytes) {
    StringBuilder sb = new StringBuilder(bytes + 64).append(head);
    for (int i = 0; sb.length() < bytes; i++) sb.append(i == 0 ? "" : ",").append(item);
    return sb.append(tail).toString().getBytes(StandardCharsets.US_ASCII);
  }
}
