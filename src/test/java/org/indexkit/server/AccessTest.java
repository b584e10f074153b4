package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who may call the API: CORS for configured origins only, and a token when one is set. */
class AccessTest {
  static final String BODY = "{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]]}}";

  @Test
  @DisplayName("CORS: a configured origin gets Access-Control-Allow-Origin, any other origin does not")
  void cors() throws Exception {
    try (TestServer s = TestServer.start(TestServer.httpOptions().withAllowOrigins(List.of("https://excel.example")), null)) {
      HttpResponse<String> allowed = s.post("/api/v1/compute", "application/json", BODY, "Origin", "https://excel.example");
      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://excel.example");
      HttpResponse<String> other = s.post("/api/v1/compute", "application/json", BODY, "Origin", "https://evil.example");
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
    try (TestServer s = TestServer.http()) {
      HttpResponse<String> none = s.get("/api/v1/methods", "Origin", "https://evil.example");
      assertThat(none.headers().firstValue("Access-Control-Allow-Origin")).as("no CORS at all by default").isEmpty();
    }
  }

  @Test
  @DisplayName("with a token every /api call needs it (401 problem otherwise); /health stays open")
  void token() throws Exception {
    try (TestServer s = TestServer.start(TestServer.httpOptions().withToken("s3cret"), null)) {
      HttpResponse<String> missing = s.post("/api/v1/compute", "application/json", BODY);
      assertThat(missing.statusCode()).isEqualTo(401);
      assertThat(missing.body()).contains("Authorization: Bearer");
      assertThat(s.get("/api/v1/methods", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
      assertThat(s.post("/api/v1/compute", "application/json", BODY, "Authorization", "Bearer s3cret").statusCode()).isEqualTo(200);
      assertThat(s.get("/api/v1/methods", "X-IndexKit-Token", "s3cret").statusCode()).isEqualTo(200);
      assertThat(s.get("/health").statusCode()).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("loopback is recognised; anything else would need a token")
  void loopback() {
    assertThat(ServerOptions.defaults().loopback()).isTrue();
    assertThat(new ServerOptions("0.0.0.0", 0, true, null, null, null, null, null, 1, 1, 1).loopback()).isFalse();
  }
}
