package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.indexkit.json.RecipeJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The task pane's "Check": start, poll progress, get the sheets; or cancel. */
class AuditJobsTest {
  static JsonNode poll(TestServer s, String id, String until) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode v = RecipeJson.MAPPER.readTree(s.get("/api/v1/audit/" + id).body());
      if (!v.get("status").asText().equals("running") || v.get("status").asText().equals(until)) return v;
      Thread.sleep(100);
    }
    throw new AssertionError("the check did not finish");
  }

  static String start(TestServer s, int runs) throws Exception {
    ObjectNode req = ServerEndpointsTest.setRequest();
    req.putObject("check").put("runs", runs).put("weights", 25).put("seed", 3);
    HttpResponse<String> r = s.post("/api/v1/audit", "application/json", req.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return RecipeJson.MAPPER.readTree(r.body()).get("id").asText();
  }

  @Test
  @Timeout(120)
  @DisplayName("a check runs in the background, reports progress, and answers with Statistics, Audit and Sensitivity sheets")
  void completes() throws Exception {
    try (TestServer s = TestServer.http()) {
      String id = start(s, 300);
      JsonNode done = poll(s, id, "done");
      assertThat(done.get("status").asText()).isEqualTo("done");
      assertThat(done.get("done").asInt()).isEqualTo(300);
      List<String> names = new ArrayList<>();
      done.get("sheets").forEach(p -> names.add(p.get("name").asText()));
      assertThat(names).containsExactly("Statistics", "Correlations", "Audit", "Sensitivity", "Sensitivity runs", "Indicator importance");
      assertThat(s.get("/api/v1/audit/" + id).statusCode()).as("fetched once, then gone").isEqualTo(404);
    }
  }

  @Test
  @DisplayName("check.judgements: a number of Saaty scale points, 0–16; anything else is a 400 naming the key")
  void judgementSteps() throws Exception {
    try (TestServer s = TestServer.http()) {
      ObjectNode req = ServerEndpointsTest.setRequest();
      req.putObject("check").put("runs", 10).put("judgements", 17);
      HttpResponse<String> r = s.post("/api/v1/audit", "application/json", req.toString());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("check.judgements must be 0–16");
    }
  }

  @Test
  @Timeout(120)
  @DisplayName("a long check can be cancelled mid-run: no sheets are delivered for it, and the server computes the next request")
  void cancels() throws Exception {
    try (TestServer s = TestServer.http()) {
      String id = start(s, 100_000);
      HttpResponse<String> del = s.client.send(HttpRequest.newBuilder(URI.create(s.base + "/api/v1/audit/" + id)).DELETE().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(del.statusCode()).isEqualTo(202);
      JsonNode v = poll(s, id, "cancelled");
      assertThat(v.get("status").asText()).isEqualTo("cancelled");
      assertThat(v.get("done").asInt()).isLessThan(100_000);
      assertThat(v.path("sheets").isMissingNode() || v.path("sheets").isNull()).as("no partial result").isTrue();
      assertThat(s.compute("{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]]}}").statusCode()).isEqualTo(200);
    }
  }

  static AuditJobs.View awaitEnd(AuditJobs jobs, String id) throws Exception {
    for (int i = 0; i < 600; i++) {
      AuditJobs.View v = jobs.view(id);
      if (!v.status().equals("running")) return v;
      Thread.sleep(50);
    }
    throw new AssertionError("the job did not end");
  }

  @Test
  @Timeout(60)
  @DisplayName("finding M4: a check that dies of an Error (here OutOfMemoryError) ends as failed with the reason, not running forever")
  void errorEndsTheJob() throws Exception {
    ServerOptions o = TestServer.httpOptions();
    ComputeRoutes.Parsed p = ComputeRoutes.parse(ComputeRoutes.request(ServerEndpointsTest.setRequest().toString().getBytes(), o), o);
    var ua = org.indexkit.analysis.UncertaintyAnalysis.runs(20).weightSpread(0.25).seed(1);
    AuditJobs jobs = new AuditJobs(1, 60);
    try {
      String id = jobs.start(p.input(), p.setup(), ua, List.of(), () -> { throw new OutOfMemoryError("simulated"); });
      AuditJobs.View v = awaitEnd(jobs, id);
      assertThat(v.status()).isEqualTo("failed");
      assertThat(v.problems()).singleElement().satisfies(pr -> {
        assertThat(pr.code()).isEqualTo("internal");
        assertThat(pr.message()).contains("OutOfMemoryError").contains("logged");
      });
      AuditJobs late = new AuditJobs(1, 0); // a deadline already past: the job stops at its first step and says why
      String id2 = late.start(p.input(), p.setup(), org.indexkit.analysis.UncertaintyAnalysis.runs(100_000).weightSpread(0.25).seed(1), List.of(), () -> { });
      AuditJobs.View v2 = awaitEnd(late, id2);
      assertThat(v2.status()).isEqualTo("failed");
      assertThat(v2.problems().get(0).message()).contains("longer than this server's limit of 0 s");
      late.shutdownNow();
    } finally {
      jobs.shutdownNow();
    }
  }
}
