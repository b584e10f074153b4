package org.indexkit.server;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

/** A real IndexKit server on a free loopback port, and a java.net.http client for it. */
final class TestServer implements AutoCloseable {
  final Javalin app;
  final String base;
  final HttpClient client;
  /** The TLS context the client trusts the server with (null for plain HTTP). */
  final SSLContext tls;

  private TestServer(Javalin app, String base, HttpClient client, SSLContext tls) {
    this.app = app;
    this.base = base;
    this.client = client;
    this.tls = tls;
  }

  /**
   * Waits up to {@code seconds} until no thread but this one runs IndexKit code (a request finishing on a compute thread).
   *
   * @return the threads still at it then, each with its innermost IndexKit frame: empty when all went quiet in time
   */
  static List<String> busyAfter(int seconds) throws InterruptedException {
    List<String> busy = List.of();
    for (int i = 0; i < seconds * 10; i++) {
      busy = Thread.getAllStackTraces().entrySet().stream().filter(e -> e.getKey() != Thread.currentThread())
          .flatMap(e -> java.util.Arrays.stream(e.getValue()).filter(f -> f.getClassName().startsWith("org.indexkit.")).limit(1)
              .map(f -> e.getKey().getName() + " at " + f))
          .toList();
      if (busy.isEmpty()) return busy;
      Thread.sleep(100);
    }
    return busy;
  }

  static ServerOptions httpOptions() {
    return ServerOptions.defaults().withPort(0).withHttp(true);
  }

  static TestServer http() throws Exception {
    return start(httpOptions(), null);
  }

  static TestServer start(ServerOptions o, SSLContext trust) throws Exception {
    Javalin app = IndexKitServer.create(o).start();
    String base = o.scheme() + "://localhost:" + IndexKitServer.port(app);
    HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
    if (trust != null) b.sslContext(trust);
    return new TestServer(app, base, b.build(), trust);
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
    for (int i = 0; i < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) r.header("Content-Type", contentType);
    for (int i = 0; i < headers.length; i += 2) r.header(headers[i], headers[i + 1]);
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> postBytes(String path, String contentType, byte[] body) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return client.send(r, HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<byte[]> getBytes(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> compute(String json) throws Exception {
    return post("/api/v1/compute", "application/json", json);
  }

  @Override
  public void close() {
    app.stop();
  }
}
