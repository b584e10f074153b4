package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.indexkit.json.RecipeJson;
import org.indexkit.workbook.RawXlsx;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One regression test per critical, high and medium case of {@code shared/reference/reliability-findings.md}
 * (and the low ones that are quick to state), written from the findings' descriptions. Each case must be
 * answered within seconds with a 4xx or the stated result, while a probe keeps asking {@code /health} and
 * every probe is answered within two seconds. The memory cases under {@code -Xmx512m} run in their own
 * JVM: {@code MemoryLimitsIT}.
 */
class ReliabilityFindingsTest {
  @TempDir
  Path dir;

  /** Asks /health every 100 ms on its own connection while a case runs; remembers the slowest answer and any failure. */
  static final class HealthProbe implements AutoCloseable {
    final AtomicLong slowestMillis = new AtomicLong();
    final AtomicReference<String> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean stop;

    HealthProbe(TestServer s) {
      thread = new Thread(() -> {
        var client = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (!stop) {
          long t0 = System.nanoTime();
          try {
            var r = client.send(HttpRequest.newBuilder(URI.create(s.base + "/health")).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) failure.compareAndSet(null, "health answered " + r.statusCode());
          } catch (Exception e) {
            failure.compareAndSet(null, "health gave no answer: " + e);
          }
          slowestMillis.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "health-probe");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() throws Exception {
      stop = true;
      thread.join(5000);
      assertThat(failure.get()).as("/health during the case").isNull();
      assertThat(slowestMillis.get()).as("slowest /health answer during the case, ms").isLessThan(2000);
    }
  }

  // ---- requests -------------------------------------------------------------------------------

  static ObjectNode table(int n, int p, long seed, double missing) {
    Random r = new Random(seed);
    ObjectNode req = RecipeJson.MAPPER.createObjectNode();
    ObjectNode t = req.putObject("table");
    ArrayNode e = t.putArray("entities"), ind = t.putArray("indicators"), v = t.putArray("values");
    for (int i = 0; i < n; i++) e.add("e" + i);
    for (int j = 0; j < p; j++) ind.add("x" + j);
    for (int i = 0; i < n; i++) {
      ArrayNode row = v.addArray();
      for (int j = 0; j < p; j++) {
        if (r.nextDouble() < missing && j > 0) row.addNull();
        else row.add(Math.round(r.nextDouble() * 100_000) / 1000.0);
      }
    }
    return req;
  }

  static JsonNode problem(HttpResponse<String> r) throws Exception {
    assertThat(r.headers().firstValue("Content-Type")).hasValue(IndexKitServer.PROBLEM_JSON);
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    return RecipeJson.MAPPER.readTree(r.body());
  }

  static long millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** A request written on a raw socket (TLS for an https server) that the test can abandon by closing it. */
  static Socket send(TestServer s, String path, String type, byte[] body) throws Exception {
    int port = Integer.parseInt(s.base.replaceAll(".*:", ""));
    Socket socket = s.tls == null ? new Socket("127.0.0.1", port) : s.tls.getSocketFactory().createSocket("127.0.0.1", port);
    OutputStream out = socket.getOutputStream();
    out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body);
    out.flush();
    return socket;
  }

  static JsonNode health(TestServer s) throws Exception {
    return RecipeJson.MAPPER.readTree(s.get("/health").body());
  }

  static void awaitComputing(TestServer s, int atLeast) throws Exception {
    for (int i = 0; i < 100 && health(s).get("computing").asInt() < atLeast; i++) Thread.sleep(50);
    assertThat(health(s).get("computing").asInt()).as("computations running").isGreaterThanOrEqualTo(atLeast);
  }

  static ObjectNode jenks(int n, int k) {
    ObjectNode req = table(n, 2, 5, 0);
    req.putObject("recipe").putObject("tiers").put("method", "jenks").put("k", k);
    return req;
  }

  // ---- C1, H1: input that used to loop or backtrack ---------------------------------------------

  @Test
  @Timeout(30)
  @DisplayName("C1: a workbook whose styles relationship targets a//../styles.xml is refused (422) in seconds, and the server stays up")
  void loopingPartName() throws Exception {
    Path file = RawXlsx.twoCities().stylesTarget("a//../styles.xml").write(dir.resolve("loop.xlsx"));
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      for (int i = 0; i < 3; i++) { // one per core and more: each used to take a core for good
        long t0 = System.nanoTime();
        var r = s.postBytes("/api/v1/workbook", IndexKitServer.XLSX, Files.readAllBytes(file));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("a//../styles.xml").contains("not a part name");
        assertThat(millis(t0)).isLessThan(10_000);
      }
    }
  }

  @Test
  @Timeout(30)
  @DisplayName("H1: a numeric-looking text cell of 30,000 characters is refused at once by cell; one of 2,000,000 is refused as longer than a cell")
  void numericLookingText() throws Exception {
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      for (int n : new int[] {30_000, 2_000_000}) {
        ObjectNode req = table(3, 1, 1, 0);
        ((ArrayNode) req.get("table").get("values").get(0)).set(0, RecipeJson.MAPPER.getNodeFactory().textNode("1".repeat(n) + "x"));
        long t0 = System.nanoTime();
        var r = s.compute(req.toString());
        assertThat(millis(t0)).isLessThan(5_000);
        JsonNode p = problem(r);
        if (n < RecipeJson.MAX_TEXT_CHARS) {
          assertThat(r.statusCode()).isEqualTo(422);
          assertThat(p.get("problems").get(0).get("cell").asText()).isEqualTo("B2");
          assertThat(p.get("problems").get(0).get("message").asText()).contains("is not a number (30001 characters)").hasSizeLessThan(200);
        } else {
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(p.get("detail").asText()).contains("longer than 32767 characters");
        }
      }
    }
  }

  @Test
  @Timeout(30)
  @DisplayName("H1: a workbook cell of 2,000,000 characters behind random padding is refused by its cell before it is held")
  void hugeWorkbookCell() throws Exception {
    Random r = new Random(3);
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < 30_000; i++) pad.append((char) ('a' + r.nextInt(26)));
    Path file = new RawXlsx().data("Data", "<row r=\"1\">" + RawXlsx.inline("A1", "City") + RawXlsx.inline("B1", "x")
        + RawXlsx.inline("C1", pad.toString()) + "</row><row r=\"2\">" + RawXlsx.inline("A2", "a") + RawXlsx.inline("B2", "1".repeat(2_000_000) + "x")
        + "</row><row r=\"3\">" + RawXlsx.inline("A3", "b") + RawXlsx.number("B3", "2") + "</row>", "").write(dir.resolve("cell.xlsx"));
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      var a = s.postBytes("/api/v1/workbook", IndexKitServer.XLSX, Files.readAllBytes(file));
      assertThat(a.statusCode()).isEqualTo(422);
      assertThat(new String(a.body(), StandardCharsets.UTF_8)).contains("Data!B2").contains("more than 32,767 characters");
    }
  }

  // ---- H2, H3, M5: queues, deadlines, cancellation ----------------------------------------------

  @Test
  @Timeout(120)
  @DisplayName("H2: checks started while the compute queue is full get 503 and hold no slot; once the queue drains a check starts")
  void checksWhileQueueFull() throws Exception {
    try (TestServer s = TestServer.start(TestServer.httpOptions().withComputeThreads(1), null); HealthProbe probe = new HealthProbe(s)) {
      byte[] heavy = jenks(6_000, 30).toString().getBytes(StandardCharsets.UTF_8); // seconds each: the queue fills behind the first
      List<Socket> waiting = new ArrayList<>();
      for (int i = 0; i < 1 + 64; i++) waiting.add(send(s, "/api/v1/compute", "application/json", heavy)); // one running, 64 queued
      for (int i = 0; i < 200 && health(s).get("waiting").asInt() < 64; i++) Thread.sleep(50);
      assertThat(health(s).get("waiting").asInt()).as("the queue is full").isEqualTo(64);
      ObjectNode check = ServerEndpointsTest.setRequest();
      check.putObject("check").put("runs", 50);
      for (int i = 0; i < AuditJobs.MAX + 8; i++) {
        var r = s.post("/api/v1/audit", "application/json", check.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
        assertThat(problem(r).get("title").asText()).isEqualTo("IndexKit is busy");
      }
      for (Socket w : waiting) w.close(); // the clients give up: their work is dropped
      for (int i = 0; i < 100 && (health(s).get("waiting").asInt() > 0 || health(s).get("computing").asInt() > 0); i++) Thread.sleep(50);
      var started = s.post("/api/v1/audit", "application/json", check.toString());
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      String id = RecipeJson.MAPPER.readTree(started.body()).get("id").asText();
      assertThat(AuditJobsTest.poll(s, id, "done").get("status").asText()).isEqualTo("done");
    }
  }

  @Test
  @Timeout(120)
  @DisplayName("H3 (must-show 3): two abandoned heavy requests are stopped when their clients hang up, and a small compute then costs only itself")
  void abandonedWorkIsStopped() throws Exception {
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      byte[] heavy = jenks(9_000, 50).toString().getBytes(StandardCharsets.UTF_8); // about 20 s of Jenks each, within the budget
      Socket a = send(s, "/api/v1/compute", "application/json", heavy), b = send(s, "/api/v1/compute", "application/json", heavy);
      awaitComputing(s, 2);
      Thread.sleep(300);
      assertThat(health(s).get("computing").asInt()).as("both still computing").isEqualTo(2);
      a.close();
      b.close();
      long t0 = System.nanoTime();
      for (int i = 0; i < 100 && health(s).get("computing").asInt() > 0; i++) Thread.sleep(20);
      assertThat(health(s).get("computing").asInt()).as("cancellation observed: nothing computes once the clients are gone").isZero();
      assertThat(millis(t0)).isLessThan(2_000);
      long t1 = System.nanoTime();
      var small = s.compute("{\"table\":{\"entities\":[\"a\",\"b\"],\"indicators\":[\"x\"],\"values\":[[1],[2]]}}");
      assertThat(small.statusCode()).isEqualTo(200);
      assertThat(millis(t1)).as("the small compute, ms").isLessThan(1_000);
    }
  }

  @Test
  @Timeout(120)
  @DisplayName("H3 over HTTPS (the default): a client that hangs up mid-computation has its work stopped")
  void abandonedWorkIsStoppedOverHttps() throws Exception {
    Path certs = dir.resolve("certs");
    DevCertificate.loadOrCreate(certs);
    try (TestServer s = TestServer.start(ServerOptions.defaults().withPort(0).withCertDir(certs), HttpsTest.trusting(certs.resolve("dev-cert.crt")))) {
      Socket a = send(s, "/api/v1/compute", "application/json", jenks(9_000, 50).toString().getBytes(StandardCharsets.UTF_8));
      awaitComputing(s, 1);
      a.close();
      for (int i = 0; i < 100 && health(s).get("computing").asInt() > 0; i++) Thread.sleep(20);
      assertThat(health(s).get("computing").asInt()).as("cancellation observed over TLS").isZero();
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("H3 (must-show 3): work over the time budget is refused before it starts, naming what to reduce")
  void overBudgetRefusedUpFront() throws Exception {
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      long t0 = System.nanoTime();
      var r = s.compute(jenks(20_000, 50).toString());
      assertThat(millis(t0)).isLessThan(3_000);
      assertThat(r.statusCode()).isEqualTo(422);
      assertThat(problem(r).get("type").asText()).isEqualTo("/problems/too-costly");
      assertThat(problem(r).get("detail").asText()).contains("jenks tiers").contains("use quantile tiers or fewer classes")
          .contains("limit of 60 s");

      ObjectNode mice = table(400, 80, 2, 0.02);
      mice.putObject("recipe").putObject("impute").put("method", "mice").put("m", 100).put("iterations", 200);
      t0 = System.nanoTime();
      r = s.compute(mice.toString());
      assertThat(millis(t0)).isLessThan(3_000);
      assertThat(r.statusCode()).isEqualTo(422);
      assertThat(problem(r).get("detail").asText()).contains("MICE").contains("lower impute.m or impute.iterations");

      for (int[] shape : new int[][] {{5_000, 100}, {20_000, 100}, {20_000, 2}}) { // the last: every run's ranks would need 24 GB
        ObjectNode check = table(shape[0], shape[1], 3, 0);
        check.putObject("check").put("runs", 100_000);
        t0 = System.nanoTime();
        r = s.post("/api/v1/audit", "application/json", check.toString());
        assertThat(millis(t0)).isLessThan(10_000);
        assertThat(r.statusCode()).as(r.body()).isIn(413, 422);
        assertThat(problem(r).get("detail").asText()).containsAnyOf("fewer runs", "send less at once");
      }

      ObjectNode nodes = table(5_000, 12, 4, 0); // Jenks tiers and stars, k = 50, on 6 dimensions of 2 indicators
      ArrayNode tree = nodes.putArray("tree");
      tree.addObject().put("code", "index");
      for (int d = 0; d < 6; d++) {
        tree.addObject().put("code", "d" + d).put("parent", "index");
        for (int j = 2 * d; j < 2 * d + 2; j++) tree.addObject().put("code", "x" + j).put("parent", "d" + d);
      }
      ObjectNode recipe = nodes.putObject("recipe");
      recipe.putObject("tiers").put("method", "jenks").put("k", 50);
      recipe.putObject("stars").put("method", "jenks").put("k", 50);
      t0 = System.nanoTime();
      r = s.compute(nodes.toString());
      assertThat(millis(t0)).isLessThan(3_000);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
      assertThat(problem(r).get("detail").asText()).contains("jenks tiers (k = 50) of 5,000 scores in 7 nodes");
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("H3: kNN imputation of 800 × 200 at 50 % missing (92 s before) is scored in seconds: each row's distances are computed once")
  void knnIsFast() throws Exception {
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      ObjectNode knn = table(800, 200, 11, 0.5);
      knn.putObject("recipe").putObject("impute").put("method", "knn");
      long t0 = System.nanoTime();
      var r = s.compute(knn.toString());
      assertThat(r.statusCode()).as(r.body().substring(0, Math.min(300, r.body().length()))).isEqualTo(200);
      assertThat(millis(t0)).isLessThan(20_000);
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("H3: 20,000 and 100,000 flat indicators are refused as too wide before scoring; 50,000 two-entity leagues score in linear time")
  void wideAndManyLeagues() throws Exception {
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      for (int p : new int[] {20_000, 100_000}) {
        long t0 = System.nanoTime();
        var r = s.compute(table(20, p, 4, 0).toString());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(problem(r).get("problems").get(0).get("code").asText()).isEqualTo("too-wide");
        assertThat(millis(t0)).as("%d indicators refused, ms", p).isLessThan(10_000);
      }
      ObjectNode dims = table(20, 20_000, 4, 0); // H5's case: 20 × 20,000 in 200 dimensions used to fail in the eigen-decomposition
      ArrayNode tree = dims.putArray("tree");
      tree.addObject().put("code", "index");
      for (int d = 0; d < 200; d++) tree.addObject().put("code", "d" + d).put("parent", "index");
      for (int j = 0; j < 20_000; j++) tree.addObject().put("code", "x" + j).put("parent", "d" + j / 100);
      var wide = s.compute(dims.toString());
      assertThat(wide.statusCode()).isEqualTo(422);
      assertThat(problem(wide).get("problems").get(0).get("code").asText()).isEqualTo("too-wide");
      ObjectNode leagues = table(100_000, 2, 5, 0);
      ArrayNode groups = ((ObjectNode) leagues.get("table")).putArray("groups");
      for (int i = 0; i < 100_000; i++) groups.add("g" + i / 2);
      leagues.putObject("recipe").put("leagues", true);
      var r = s.compute(leagues.toString());
      assertThat(r.statusCode()).as(r.body().length() > 300 ? r.body().substring(0, 300) : r.body()).isEqualTo(200);
    }
  }

  @Test
  @Timeout(120)
  @DisplayName("H3/M5: with 32 checks queued on their own pool, a compute is still answered at once")
  void computeBesideQueuedChecks() throws Exception {
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      ObjectNode check = table(300, 30, 6, 0);
      check.putObject("check").put("runs", 20_000);
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < AuditJobs.MAX; i++) {
        var r = s.post("/api/v1/audit", "application/json", check.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        ids.add(RecipeJson.MAPPER.readTree(r.body()).get("id").asText());
      }
      assertThat(s.post("/api/v1/audit", "application/json", check.toString()).statusCode()).as("the 33rd").isEqualTo(503);
      long t0 = System.nanoTime();
      assertThat(s.compute(table(300, 40, 7, 0).toString()).statusCode()).isEqualTo(200);
      assertThat(millis(t0)).as("a compute beside 32 checks, ms").isLessThan(3_000);
      for (String id : ids)
        s.client.send(HttpRequest.newBuilder(URI.create(s.base + "/api/v1/audit/" + id)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  @Timeout(120)
  @DisplayName("Low: simultaneous checks cannot pass the limit of 32 together")
  void checkLimitIsAtomic() throws Exception {
    try (TestServer s = TestServer.http()) {
      ObjectNode check = table(50, 5, 8, 0);
      check.putObject("check").put("runs", 100_000);
      var answers = java.util.concurrent.ConcurrentHashMap.<Integer>newKeySet();
      List<Integer> codes = java.util.Collections.synchronizedList(new ArrayList<>());
      List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
      for (int i = 0; i < 96; i++)
        all.add(s.client.sendAsync(HttpRequest.newBuilder(URI.create(s.base + "/api/v1/audit")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(check.toString())).build(), HttpResponse.BodyHandlers.ofString()));
      List<String> ids = new ArrayList<>();
      for (var f : all) {
        HttpResponse<String> r = f.get();
        codes.add(r.statusCode());
        answers.add(r.statusCode());
        if (r.statusCode() == 202) ids.add(RecipeJson.MAPPER.readTree(r.body()).get("id").asText());
      }
      assertThat(codes.stream().filter(c -> c == 202).count()).as("checks accepted").isEqualTo(AuditJobs.MAX);
      assertThat(answers).containsOnly(202, 503);
      for (String id : ids)
        s.client.send(HttpRequest.newBuilder(URI.create(s.base + "/api/v1/audit/" + id)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  // ---- H4 (in-process part; the heap cases are MemoryLimitsIT) ----------------------------------

  @Test
  @Timeout(120)
  @DisplayName("H4: huge names, a body of empty rows and a million cell styles are refused before they are held")
  void memoryCasesRefusedEarly() throws Exception {
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      ObjectNode names = table(2, 2, 9, 0);
      ArrayNode ind = (ArrayNode) names.get("table").get("indicators");
      ind.set(0, RecipeJson.MAPPER.getNodeFactory().textNode("p".repeat(10_000_000)));
      var r = s.compute(names.toString());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(problem(r).get("detail").asText()).contains("longer than 32767 characters");
      ind.set(0, RecipeJson.MAPPER.getNodeFactory().textNode("p".repeat(1_001)));
      r = s.compute(names.toString());
      assertThat(r.statusCode()).isEqualTo(422);
      assertThat(problem(r).get("problems").get(0).get("message").asText()).contains("1001 characters; names may have at most 1000");

      StringBuilder rows = new StringBuilder("{\"table\":{\"entities\":[],\"indicators\":[],\"values\":[");
      for (int i = 0; i < 20_000_000; i++) rows.append(i == 0 ? "[]" : ",[]");
      long t0 = System.nanoTime();
      r = s.post("/api/v1/compute", "application/json", rows.append("]}}").toString());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(problem(r).get("detail").asText()).contains("more than 2000000 rows");
      assertThat(millis(t0)).isLessThan(10_000);

      StringBuilder xfs = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + RawXlsx.MAIN + "\">"
          + "<cellXfs count=\"1000000\">");
      Random rx = new Random(10); // varied, as a generated file would be, so the part is not refused as a zip bomb first
      for (int i = 0; i < 1_000_000; i++) xfs.append("<xf numFmtId=\"").append(rx.nextInt(200)).append("\" fontId=\"")
          .append(rx.nextInt(1000)).append("\" fillId=\"").append(rx.nextInt(100)).append("\" borderId=\"").append(rx.nextInt(100)).append("\"/>");
      Path file = RawXlsx.twoCities().styles(xfs.append("</cellXfs></styleSheet>").toString()).write(dir.resolve("xf.xlsx"));
      var w = s.postBytes("/api/v1/workbook", IndexKitServer.XLSX, Files.readAllBytes(file));
      assertThat(w.statusCode()).isEqualTo(422);
      assertThat(new String(w.body(), StandardCharsets.UTF_8)).contains("more than 65,490 cell formats");
    }
  }

  // ---- H5: decompositions that did not converge -------------------------------------------------

  @Test
  @Timeout(120)
  @DisplayName("H5: more indicators than entities (30 × 100, 100 × 150) and PCA weights from 10 × 50 are scored, not a 500")
  void rankDeficient() throws Exception {
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      for (int[] shape : new int[][] {{30, 100}, {100, 150}, {50, 100}})
        for (long seed = 1; seed <= 3; seed++) {
          var r = s.compute(table(shape[0], shape[1], seed, 0).toString());
          assertThat(r.statusCode()).as("%d × %d, seed %d: %s", shape[0], shape[1], seed, r.body().substring(0, Math.min(300, r.body().length())))
              .isEqualTo(200);
        }
      ObjectNode pca = table(10, 50, 1, 0);
      pca.putObject("recipe").put("weights", "pca");
      var r = s.compute(pca.toString());
      assertThat(r.statusCode()).as(r.body().substring(0, Math.min(300, r.body().length()))).isEqualTo(200);
    }
  }

  // ---- M1, M2, M3: browsers, key store, slow bodies ---------------------------------------------

  @Test
  @Timeout(60)
  @DisplayName("M1: /audit and /workbook refuse browser 'simple' bodies (415); a foreign Origin is refused (403) and gets no result")
  void browserBorneRequests() throws Exception {
    String body = "{\"table\":{\"entities\":[\"a\",\"b\"],\"indicators\":[\"x\"],\"values\":[[1],[2]]},\"check\":{\"runs\":100000}}";
    byte[] book = Files.readAllBytes(Path.of("workbooks/set-2024.xlsx"));
    try (TestServer s = TestServer.http()) {
      for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonfoo"}) {
        assertThat(s.post("/api/v1/audit", type, body).statusCode()).as("audit as %s", type).isEqualTo(415);
        assertThat(s.post("/api/v1/compute", type, body).statusCode()).as("compute as %s", type).isEqualTo(415);
        var w = s.client.send(HttpRequest.newBuilder(URI.create(s.base + "/api/v1/workbook")).header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(book)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(w.statusCode()).as("workbook as %s", type).isEqualTo(415);
      }
      var evil = s.post("/api/v1/compute", "application/json", body.replace(",\"check\":{\"runs\":100000}", ""), "Origin", "https://evil.example");
      assertThat(evil.statusCode()).isEqualTo(403);
      assertThat(evil.body()).doesNotContain("\"result\"").doesNotContain("Scores");
      var own = s.post("/api/v1/compute", "application/json", body.replace(",\"check\":{\"runs\":100000}", ""), "Origin", s.base);
      assertThat(own.statusCode()).as("the pane's own origin").isEqualTo(200);
      assertThat(s.post("/api/v1/compute", "application/json", "{}", "Origin", "null").statusCode()).isEqualTo(403);
      assertThat(s.get("/api/v1/methods", "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
    }
    try (TestServer s = TestServer.start(TestServer.httpOptions().withAllowOrigins(List.of("https://ok.example")), null)) {
      String plain = "{\"table\":{\"entities\":[\"a\",\"b\"],\"indicators\":[\"x\"],\"values\":[[1],[2]]}}";
      var evil = s.post("/api/v1/compute", "application/json", plain, "Origin", "https://evil.example");
      assertThat(evil.statusCode()).isEqualTo(403);
      assertThat(evil.body()).doesNotContain("\"result\"");
      assertThat(s.post("/api/v1/compute", "application/json", plain, "Origin", "https://ok.example").statusCode()).isEqualTo(200);
      assertThat(s.post("/api/v1/audit", "application/json", plain, "Origin", "https://evil.example").statusCode()).isEqualTo(403);
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("M2: the development key store is owner-only (folder 0700, files 0600) and locked with a per-installation password")
  void keyStoreOwnerOnly() throws Exception {
    Path certs = dir.resolve("home").resolve(".indexkit");
    DevCertificate.loadOrCreate(certs); // what the server does on its first start
    try (TestServer s = TestServer.start(ServerOptions.defaults().withPort(0).withCertDir(certs), HttpsTest.trusting(certs.resolve("dev-cert.crt")))) {
      assertThat(s.get("/health").statusCode()).isEqualTo(200);
    }
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(certs))).isEqualTo("rwx------");
    for (String f : new String[] {DevCertificate.P12, DevCertificate.SECRET})
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(certs.resolve(f)))).as(f).isEqualTo("rw-------");
    java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(certs.resolve(DevCertificate.P12))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> ks.load(in, "indexkit-dev".toCharArray()))
          .as("the old constant password no longer opens it").isInstanceOf(java.io.IOException.class);
    }
    Path other = dir.resolve("other");
    assertThat(Files.readString(DevCertificate.loadOrCreate(other) == null ? null : other.resolve(DevCertificate.SECRET)))
        .as("another installation, another password").isNotEqualTo(Files.readString(certs.resolve(DevCertificate.SECRET)));
  }

  @Test
  @Timeout(90)
  @DisplayName("M3: 300 connections trickling a body byte by byte do not starve /health or a compute, and are cut off")
  void slowBodies() throws Exception {
    try (TestServer s = TestServer.http(); HealthProbe probe = new HealthProbe(s)) {
      int port = Integer.parseInt(s.base.replaceAll(".*:", ""));
      List<Socket> slow = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        Socket c = new Socket("127.0.0.1", port);
        c.getOutputStream().write(("POST /api/v1/compute HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        c.getOutputStream().flush();
        slow.add(c);
      }
      int cutOff = 0;
      for (int second = 0; second < 10; second++) {
        for (Socket c : slow)
          try {
            c.getOutputStream().write(' ');
            c.getOutputStream().flush();
          } catch (java.io.IOException closedByServer) {
            // cut off for sending too slowly
          }
        assertThat(s.compute("{\"table\":{\"entities\":[\"a\",\"b\"],\"indicators\":[\"x\"],\"values\":[[1],[2]]}}").statusCode()).isEqualTo(200);
        Thread.sleep(1000);
      }
      for (Socket c : slow) {
        c.setSoTimeout(5000);
        try {
          byte[] answer = c.getInputStream().readNBytes(12);
          if (answer.length == 0 || new String(answer, StandardCharsets.US_ASCII).matches("HTTP/1.1 [45]\\d\\d.*")) cutOff++;
        } catch (java.io.IOException e) {
          cutOff++; // reset
        }
        c.close();
      }
      assertThat(cutOff).as("trickling connections the server cut off").isEqualTo(300);
    }
  }

  // ---- Low ------------------------------------------------------------------------------------

  @Test
  @Timeout(60)
  @DisplayName("Low: trailing data, duplicate keys and runs beyond an int are refused; a 20,000-level tree is refused as too wide, not a 500")
  void strictJson() throws Exception {
    String ok = "{\"table\":{\"entities\":[\"a\",\"b\"],\"indicators\":[\"x\"],\"values\":[[1],[2]]}";
    try (TestServer s = TestServer.http()) {
      assertThat(s.compute(ok + "} xyz").statusCode()).isEqualTo(400);
      assertThat(s.compute(ok + "}{\"table\":{}}").statusCode()).isEqualTo(400);
      assertThat(s.compute(ok + ",\"table\":{}}").statusCode()).isEqualTo(400);
      var runs = s.post("/api/v1/audit", "application/json", ok + ",\"check\":{\"runs\":4294967297}}");
      assertThat(runs.statusCode()).isEqualTo(400);
      assertThat(problem(runs).get("detail").asText()).contains("1–100000");
      assertThat(s.post("/api/v1/audit", "application/json", ok + ",\"check\":{\"sobol\":1}}").statusCode()).isEqualTo(400);
      assertThat(s.compute(ok + ",\"check\":{\"runs\":5}}").statusCode()).as("check belongs to audit").isEqualTo(400);

      int d = 20_000;
      ObjectNode deep = RecipeJson.MAPPER.createObjectNode();
      deep.set("table", RecipeJson.MAPPER.readTree("{\"entities\":[\"a\",\"b\",\"c\"],\"indicators\":[\"n" + (d - 1)
          + "\",\"y\"],\"values\":[[1,2],[2,1],[3,3]]}"));
      ArrayNode tree = deep.putArray("tree");
      tree.addObject().put("code", "n0");
      for (int i = 1; i < d; i++) tree.addObject().put("code", "n" + i).put("parent", "n" + (i - 1));
      tree.addObject().put("code", "y").put("parent", "n" + (d - 2));
      var r = s.compute(deep.toString());
      assertThat(r.statusCode()).isEqualTo(422);
      assertThat(problem(r).get("problems").get(0).get("code").asText()).isEqualTo("too-wide");
      var a = s.post("/api/v1/audit", "application/json", deep.toString());
      assertThat(a.statusCode()).isEqualTo(422);
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("Low: a declared 100 MB body with Expect: 100-continue gets 413 at once, never 100 Continue")
  void declaredOversize() throws Exception {
    try (TestServer s = TestServer.http(); Socket c = new Socket("127.0.0.1", Integer.parseInt(s.base.replaceAll(".*:", "")))) {
      c.setSoTimeout(5000);
      c.getOutputStream().write(("POST /api/v1/compute HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 100000000\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      c.getOutputStream().flush();
      String first = new String(c.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(first).isEqualTo("HTTP/1.1 413");
    }
  }

  @Test
  @Timeout(60)
  @DisplayName("Low: a VBA project inside an .xlsx is refused; the pane has a Content-Security-Policy; a foreign Host is refused on loopback")
  void macrosPolicyAndHost() throws Exception {
    Path file = RawXlsx.twoCities().relatedPart("xl/vbaProject.bin", "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
            "application/vnd.ms-office.vbaProject", "not really VBA").write(dir.resolve("vba.xlsx"));
    Path renamed = RawXlsx.twoCities().relatedPart("xl/media/image9.bin", "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
            "application/octet-stream", "not really VBA").write(dir.resolve("vba2.xlsx"));
    try (TestServer s = TestServer.http()) {
      for (Path f : new Path[] {file, renamed}) {
        var r = s.postBytes("/api/v1/workbook", IndexKitServer.XLSX, Files.readAllBytes(f));
        assertThat(r.statusCode()).as(f.toString()).isEqualTo(422);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("contains macros");
      }
      assertThat(s.get("/taskpane.html").headers().firstValue("Content-Security-Policy")).get().asString()
          .contains("script-src 'self' https://appsforoffice.microsoft.com").contains("connect-src 'self'");
      try (Socket c = new Socket("127.0.0.1", Integer.parseInt(s.base.replaceAll(".*:", "")))) { // DNS rebinding: the page's own name
        c.setSoTimeout(5000);
        c.getOutputStream().write("GET /api/v1/methods HTTP/1.1\r\nHost: evil.example:8443\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(new String(c.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 421");
      }
    }
  }
}
