package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.indexkit.json.RecipeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/compute} against generated hostile requests: every answer is 200 with finite scores or
 * a 4xx problem+json a researcher can read (never a 5xx, never a stack trace), the server answers the
 * next request, and its heap after the storm is where it started.
 */
class HostileComputeTest {
  static final JsonNodeFactory F = JsonNodeFactory.instance;
  static final Set<Integer> CLIENT_ERRORS = Set.of(400, 401, 404, 405, 413, 415, 422);
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestServer.httpOptions().withLimits(50_000, 2_000_000), null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Checks one answer and returns its status. */
  static int check(HttpResponse<String> r, String request) throws Exception {
    String what = "request " + (request.length() > 400 ? request.substring(0, 400) + "…" : request) + "\nanswer " + r.statusCode() + " "
        + (r.body().length() > 600 ? r.body().substring(0, 600) : r.body());
    assertThat(r.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.indexkit.");
    if (r.statusCode() == 200) {
      JsonNode body = RecipeJson.MAPPER.readTree(r.body());
      int n = body.at("/result/entities").size();
      for (JsonNode node : body.at("/result/nodes")) {
        for (JsonNode v : node.get("scores")) assertThat(v.isNumber() && Double.isFinite(v.asDouble())).as(what).isTrue();
        for (JsonNode rk : node.get("ranks")) assertThat(rk.asInt()).as(what).isBetween(1, n);
      }
      return 200;
    }
    assertThat(CLIENT_ERRORS).as(what).contains(r.statusCode());
    assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
    JsonNode p = RecipeJson.MAPPER.readTree(r.body());
    assertThat(p.get("status").asInt()).as(what).isEqualTo(r.statusCode());
    assertThat(p.get("title").asText()).as(what).isNotBlank();
    return r.statusCode();
  }

  // ---- generators ----------------------------------------------------------------------------

  static final Object[] VALUES = {0, -0.0, 1, -1, 3.5, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e-300,
      "NaN", "Infinity", "-Infinity", "1e999", "12,3", "１２", "٣", "3.5%", "  7 ", "", "N/A", "#DIV/0!", "=1+1", "北京", "🙂", true, null};

  static JsonNode value(Random rnd, boolean clean) {
    if (clean || rnd.nextInt(4) > 0) return F.numberNode(rnd.nextInt(5) == 0 ? rnd.nextInt(3) : 100 * Math.exp(rnd.nextGaussian()));
    return switch (rnd.nextInt(10)) {
      case 0 -> F.arrayNode().add(1);
      case 1 -> F.objectNode().put("v", 1);
      default -> node(VALUES[rnd.nextInt(VALUES.length)]);
    };
  }

  static JsonNode node(Object v) {
    if (v == null) return F.nullNode();
    if (v instanceof Integer i) return F.numberNode(i);
    if (v instanceof Double d) return F.numberNode(d);
    if (v instanceof Boolean b) return F.booleanNode(b);
    return F.textNode(v.toString());
  }

  static final String[] NAMES = {"City", "北京", "São Paulo", "", " ", "=HYPERLINK(\"http://x\")", "@cmd", "a\u0000b", "x".repeat(300),
      "Scores", "Data!A1", "'q'", "\u202Eevil", "dup", "dup"};

  static String name(Random rnd, int i, boolean clean) {
    return clean || rnd.nextInt(5) > 0 ? NAMES[rnd.nextInt(NAMES.length)].strip() + " #" + i : NAMES[rnd.nextInt(NAMES.length)];
  }

  static final String[][] RECIPE_STEPS = {
      {"normalise", "min-max", "z-score", "percentile", "target", "identity", "bogus"},
      {"weights", "equal", "entropy", "critic", "pca", "sd", "cv", "fixed"},
      {"aggregate", "arithmetic", "geometric", "harmonic", "topsis", "vikor", "mazziotta-pareto"},
      {"tiers", "k-means", "quantile", "jenks", "ward", "thresholds"},
      {"impute", "mean", "median", "knn", "mice", "none"},
      {"outliers", "winsorise", "coinr", "log", "box-cox"}};

  static ObjectNode recipe(Random rnd) {
    ObjectNode r = F.objectNode();
    if (rnd.nextInt(6) == 0) r.put("preset", List.of("set-2024", "gihi-2023", "nqpf-entropy-topsis", "nope").get(rnd.nextInt(4)));
    for (String[] step : RECIPE_STEPS) {
      if (rnd.nextInt(3) > 0) continue;
      ObjectNode s = r.putObject(step[0]).put("method", step[1 + rnd.nextInt(step.length - 1)]);
      if (rnd.nextBoolean()) s.set(List.of("k", "min", "max", "v", "scope", "shift", "seed").get(rnd.nextInt(7)),
          node(List.<Object>of(-1, 0, 2, 4, 1e9, 0.5, "all-indicators", "x", true).get(rnd.nextInt(9))));
    }
    if (rnd.nextInt(8) == 0) r.put("leagues", true);
    if (rnd.nextInt(10) == 0) r.put("unknownStep", 1);
    return r;
  }

  static ArrayNode tree(Random rnd, List<String> indicators) {
    ArrayNode t = F.arrayNode();
    t.addObject().put("code", "index");
    t.addObject().put("code", "d1").put("parent", "index");
    t.addObject().put("code", "d2").put("parent", rnd.nextInt(8) == 0 ? "d2" : "index"); // a node that is its own parent
    for (String code : indicators) {
      ObjectNode leaf = t.addObject().put("code", code).put("parent", rnd.nextInt(12) == 0 ? "nowhere" : rnd.nextBoolean() ? "d1" : "d2");
      if (rnd.nextInt(4) == 0) leaf.put("weight", List.of(-1.0, 0.0, 0.5, 2.0, 1e300).get(rnd.nextInt(5)));
      if (rnd.nextInt(4) == 0) leaf.put("direction", List.of("+", "-", "cost", "up").get(rnd.nextInt(4)));
      if (rnd.nextInt(6) == 0) leaf.put("transform", List.of("log", "ln1p", "per-capita(pop)", "sqrt(").get(rnd.nextInt(4)));
    }
    if (rnd.nextInt(10) == 0) t.addObject().put("code", "loopA").put("parent", "loopB");
    if (rnd.nextInt(10) == 0) t.addObject().put("code", "loopB").put("parent", "loopA");
    return t;
  }

  static ObjectNode request(long seed) {
    Random rnd = new Random(seed);
    boolean clean = seed % 3 == 0;
    int n = clean ? 2 + rnd.nextInt(40) : rnd.nextInt(30), p = clean ? 1 + rnd.nextInt(8) : rnd.nextInt(8);
    ObjectNode root = F.objectNode();
    ObjectNode table = root.putObject("table");
    ArrayNode entities = table.putArray("entities"), indicators = table.putArray("indicators"), values = table.putArray("values");
    for (int i = 0; i < n; i++) entities.add(name(rnd, i, clean));
    List<String> codes = new java.util.ArrayList<>();
    for (int j = 0; j < p; j++) {
      String c = clean ? "ind" + j : name(rnd, j, false);
      codes.add(c);
      indicators.add(c);
    }
    int rows = clean || rnd.nextInt(6) > 0 ? n : rnd.nextInt(30);
    for (int i = 0; i < rows; i++) {
      ArrayNode row = values.addArray();
      int cols = clean || rnd.nextInt(10) > 0 ? p : rnd.nextInt(9);
      for (int j = 0; j < cols; j++) row.add(value(rnd, clean));
    }
    if (!clean || rnd.nextBoolean())
      table.put("origin", List.of("Data!A1", "'My data'!C3", "Sheet1!XFD1048576", "A0", "ZZZZ1", "", "'unclosed!A1", "Data!B2:K40").get(rnd.nextInt(8)));
    if (rnd.nextInt(6) == 0) {
      ArrayNode g = table.putArray("groups");
      for (int i = 0; i < n; i++) g.add(rnd.nextBoolean() ? "big" : rnd.nextInt(4) == 0 ? "" : "small");
    }
    if (rnd.nextInt(6) == 0) {
      ArrayNode y = table.putArray("years");
      for (int i = 0; i < n; i++) y.add(2020 + rnd.nextInt(3));
    }
    if (!clean && rnd.nextInt(3) == 0) root.set("tree", tree(rnd, codes));
    if (rnd.nextInt(2) == 0) root.set("recipe", clean && rnd.nextBoolean() ? F.objectNode() : recipe(rnd));
    if (rnd.nextInt(4) == 0) root.putArray("existingSheets").add("Scores").add("Scores (2)").add("x".repeat(40)).add("bad/name");
    return root;
  }

  // ---- tests --------------------------------------------------------------------------------

  @Test
  @DisplayName("600 generated requests (random shapes, NaN/∞/huge/tiny values, unicode, broken trees and recipes): 200 with finite scores or 4xx problem+json")
  void generatedRequests() throws Exception {
    TestServer.busyAfter(60); // a server an earlier test stopped mid-request must not count as this test's heap
    long heapBefore = org.indexkit.bench.LoadTest.heapAfterGc();
    int ok = 0;
    for (long seed = 0; seed < 600; seed++) {
      String body = RecipeJson.MAPPER.writeValueAsString(request(seed));
      if (check(server.compute(body), body) == 200) ok++;
    }
    assertThat(ok).as("most of the well-formed third is scored (a random recipe may rightly refuse its data)").isGreaterThanOrEqualTo(100);
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
    long growth = org.indexkit.bench.LoadTest.heapAfterGc() - heapBefore;
    assertThat(growth).as("heap growth after 600 requests, bytes").isLessThan(64L << 20);
  }

  @Test
  @DisplayName("values at the edge of doubles (±1.8e308, 4.9e-324) are refused by cell or scored finite, never NaN or ∞ scores")
  void extremeMagnitudes() throws Exception {
    for (String values : List.of("[[1.7976931348623157E308],[-1.7976931348623157E308],[0]]", "[[1e300],[-1e300],[1]]",
        "[[4.9E-324],[0],[1e-320]]", "[[1e308],[1e308],[-1e308]]")) {
      for (String method : List.of("min-max", "z-score", "percentile")) {
        String body = "{\"table\":{\"entities\":[\"P\",\"Q\",\"R\"],\"indicators\":[\"a\"],\"values\":" + values + ",\"origin\":\"Data!A1\"},"
            + "\"recipe\":{\"normalise\":{\"method\":\"" + method + "\"},\"weights\":{\"method\":\"entropy\",\"shift\":true}}}";
        check(server.compute(body), body);
      }
    }
  }

  @Test
  @DisplayName("raw garbage: random bytes, truncated JSON, 100,000-deep nesting, a 5,000-digit number, a lone surrogate — each a 4xx")
  void rawBodies() throws Exception {
    Random rnd = new Random(5);
    List<String> bodies = new java.util.ArrayList<>(List.of("[".repeat(100_000), "{\"table\":" + "[".repeat(5000), "{\"table\":{\"entities\":[1" + "0".repeat(5000) + "]}}",
        "{\"table\":{\"entities\":[\"\\uD800\"],\"indicators\":[],\"values\":[]}}", "\u0000\u0001\u0002", "{\"a\":1}{\"b\":2}", "null", "\"text\"", "{\"table\":null}"));
    String good = RecipeJson.MAPPER.writeValueAsString(request(0));
    for (int i = 0; i < 60; i++) bodies.add(good.substring(0, rnd.nextInt(good.length())));
    for (int i = 0; i < 40; i++) {
      byte[] b = new byte[rnd.nextInt(2000)];
      rnd.nextBytes(b);
      bodies.add(new String(b, StandardCharsets.ISO_8859_1));
    }
    for (String b : bodies) assertThat(check(server.compute(b), b)).isNotEqualTo(200);
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("oversized bodies — declared by Content-Length or streamed in chunks without one — get 413 problem+json, and the server stays up")
  void oversizedBodies() throws Exception {
    String big = "{\"table\":{\"entities\":[\"" + "x".repeat(2_100_000) + "\"]}}";
    assertThat(check(server.compute(big), "big")).isEqualTo(413);
    var chunked = java.net.http.HttpRequest.newBuilder(URI.create(server.base + "/api/v1/compute")).header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
            new java.io.ByteArrayInputStream("{\"table\":{\"entities\":[\"".getBytes()), new InputStream() {
              long left = 3_000_000;

              @Override
              public int read() {
                return left-- > 0 ? 'x' : -1;
              }
            }))).build();
    HttpResponse<String> r;
    try {
      r = server.client.send(chunked, HttpResponse.BodyHandlers.ofString());
      assertThat(check(r, "chunked")).isEqualTo(413);
    } catch (java.io.IOException closedEarly) {
      // the server may answer 413 and close before the client has sent everything; either way nothing was computed
    }
    for (String path : List.of("/api/v1/workbook", "/api/v1/audit")) {
      var w = server.client.send(java.net.http.HttpRequest.newBuilder(URI.create(server.base + path))
          .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[2_100_000])).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(check(w, path)).isEqualTo(413);
    }
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("a request cut off mid-body by a client that disconnects leaves the server answering the next request")
  void disconnectMidBody() throws Exception {
    int port = Integer.parseInt(server.base.replaceAll(".*:", ""));
    for (int i = 0; i < 5; i++)
      try (Socket s = new Socket("127.0.0.1", port)) {
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/v1/compute HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"
            + "{\"table\":{\"entities\":[\"" + "x".repeat(50_000)).getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    assertThat(server.compute("{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]]}}").statusCode()).isEqualTo(200);
  }
}
