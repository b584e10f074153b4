package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.indexkit.json.RecipeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/fit} and {@code /api/v1/fit/columns} against generated hostile requests (HostileComputeTest's cells: text,
 * 1e300, NaN, percentages, booleans, nested arrays; columns missing, repeated, the parent among its children; printed
 * weights of the wrong length, negative or all 0; Indicators sheets with cycles and strangers): every answer is 200 with
 * valid, finite JSON numbers or a 4xx problem a researcher can read, never a 5xx or a stack trace.
 */
class HostileFitTest {
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestServer.httpOptions().withLimits(50_000, 2_000_000), null);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static ObjectNode request(long seed) {
    Random rnd = new Random(seed);
    boolean clean = rnd.nextInt(3) == 0;
    int cols = 2 + rnd.nextInt(6), rows = rnd.nextInt(4) == 0 ? rnd.nextInt(6) : 6 + rnd.nextInt(12);
    List<String> header = new ArrayList<>();
    for (int c = 0; c < cols; c++) header.add(rnd.nextInt(8) == 0 ? HostileComputeTest.name(rnd, c, false) : "c" + c);
    ObjectNode req = HostileComputeTest.F.objectNode();
    ObjectNode table = req.putObject("table");
    if (rnd.nextInt(6) > 0) table.put("origin", rnd.nextInt(5) == 0 ? "Zz!!9" : "Data!B2");
    ArrayNode cells = table.putArray("rows");
    ArrayNode h = cells.addArray();
    h.add("city");
    header.forEach(h::add);
    for (int r = 0; r < rows; r++) {
      ArrayNode row = cells.addArray().add("R" + r);
      double base = 50 + 10 * rnd.nextGaussian();
      for (int c = 0; c < cols; c++)
        row.add(clean || rnd.nextInt(5) > 0 ? HostileComputeTest.F.numberNode(Math.round((base + rnd.nextGaussian()) * 100) / 100.0)
            : HostileComputeTest.value(rnd, false));
    }
    if (rnd.nextInt(4) == 0) {
      ArrayNode formats = table.putArray("formats");
      for (int r = 0; r <= rows; r++) {
        ArrayNode f = formats.addArray();
        for (int c = 0; c <= cols; c++) f.add(List.of("0.00", "General", "0.0%", "\"x\"0.0", "#,##0.000_)").get(rnd.nextInt(5)));
      }
    }
    List<String> pool = new ArrayList<>(header);
    pool.add("missing");
    pool.add("city");
    if (rnd.nextInt(4) == 0) {
      ArrayNode ind = req.putArray("indicatorsSheet");
      ind.addArray().add("Code").add("Parent").add("Weight");
      for (int i = 0; i < 1 + rnd.nextInt(6); i++)
        ind.addArray().add(pool.get(rnd.nextInt(pool.size()))).add(rnd.nextInt(3) == 0 ? "" : pool.get(rnd.nextInt(pool.size())))
            .add(List.of("", "0.3", "-1", "40%", "2/15", "x").get(rnd.nextInt(6)));
    } else {
      boolean sensible = rnd.nextBoolean(); // the first column from the others, or any names at all
      if (sensible || rnd.nextInt(8) > 0) req.put("parent", sensible ? header.get(0) : pool.get(rnd.nextInt(pool.size())));
      ArrayNode kids = req.putArray("children");
      if (sensible) header.subList(1, header.size()).forEach(kids::add);
      else for (int i = 0; i < rnd.nextInt(5); i++) kids.add(pool.get(rnd.nextInt(pool.size())));
      if (rnd.nextInt(3) == 0) {
        ArrayNode printed = req.putArray("printed");
        for (int i = 0; i < rnd.nextInt(5); i++) printed.add(List.of(0.4, 0.0, -1.0, 1e300, 40.0).get(rnd.nextInt(5)));
      }
    }
    if (rnd.nextBoolean()) req.put("language", "zh-CN");
    return req;
  }

  @Test
  @DisplayName("400 generated requests to /fit and /fit/columns: 200 with finite numbers or a readable 4xx, never a 5xx; some fits succeed")
  void storm() throws Exception {
    int ok = 0;
    for (long seed = 0; seed < 400; seed++) {
      String body = request(seed).toString();
      for (String path : List.of("/api/v1/fit", "/api/v1/fit/columns")) {
        HttpResponse<String> r = server.post(path, "application/json", body);
        String what = "seed " + seed + " " + path + "\n" + body + "\n→ " + r.statusCode() + " " + r.body();
        assertThat(r.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.indexkit.");
        if (r.statusCode() == 200) {
          JsonNode a = RecipeJson.MAPPER.readTree(r.body()); // valid JSON: no NaN or Infinity tokens
          a.findValues("weights").forEach(w -> w.forEach(x -> assertThat(x.isNumber()).as(what).isTrue()));
          if (path.endsWith("/fit")) ok++;
        } else {
          assertThat(HostileComputeTest.CLIENT_ERRORS).as(what).contains(r.statusCode());
          assertThat(RecipeJson.MAPPER.readTree(r.body()).get("title").asText()).as(what).isNotBlank();
        }
      }
    }
    assertThat(ok).as("the clean requests fit").isGreaterThan(30);
  }
}
