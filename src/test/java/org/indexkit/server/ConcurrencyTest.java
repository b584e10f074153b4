package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.indexkit.json.RecipeJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Requests share nothing: 200 concurrent computes from 16 threads equal the sequential answer. */
class ConcurrencyTest {
  @Test
  @Timeout(120)
  @DisplayName("200 concurrent compute requests from 16 client threads all succeed with the sequential result")
  void concurrentComputesAgree() throws Exception {
    var request = ServerEndpointsTest.setRequest();
    ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("recipe")).putObject("tiers").put("method", "k-means").put("k", 3);
    String body = request.toString();
    try (TestServer s = TestServer.http()) {
      HttpResponse<String> sequential = s.compute(body);
      assertThat(sequential.statusCode()).as(sequential.body()).isEqualTo(200);
      JsonNode expected = withoutClock(sequential.body());
      ExecutorService clients = Executors.newFixedThreadPool(16);
      try {
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) answers.add(clients.submit(() -> s.compute(body)));
        for (Future<HttpResponse<String>> f : answers) {
          HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(withoutClock(r.body())).isEqualTo(expected);
        }
      } finally {
        clients.shutdownNow();
      }
    }
  }

  /** The answer minus the Provenance row that states the time of computing. */
  static JsonNode withoutClock(String body) throws Exception {
    JsonNode n = RecipeJson.MAPPER.readTree(body);
    for (JsonNode sheet : n.get("sheets"))
      if (sheet.get("name").asText().equals("Provenance")) {
        var rows = (com.fasterxml.jackson.databind.node.ArrayNode) sheet.get("rows");
        for (int i = rows.size() - 1; i >= 0; i--) if (rows.get(i).get(0).asText().startsWith("Computed at")) rows.remove(i);
      }
    return n;
  }
}
