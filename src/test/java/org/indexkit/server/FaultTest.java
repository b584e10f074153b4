package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.indexkit.bench.BigWorkbook;
import org.indexkit.files.TempFiles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults around a workbook upload: the client goes away mid-upload, or the server is stopped while it
 * scores. Either way no upload is left in the temp directory and no truncated workbook is sent as if
 * complete. (A cancelled check is in {@link AuditJobsTest}; the CLI killed mid-write in ScoreJarIT.)
 */
class FaultTest {
  @TempDir
  Path dir;

  static List<Path> uploads() throws Exception {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("indexkit-upload-")).toList();
    }
  }

  /** Waits until no upload temp file is in use, as the compute pool finishes what it had. */
  static void awaitNoUploads() throws Exception {
    for (int i = 0; i < 200 && (TempFiles.live() > 0 || !uploads().isEmpty()); i++) Thread.sleep(50);
    assertThat(uploads()).as("upload temp files left behind").isEmpty();
  }

  @Test
  @Timeout(60)
  @DisplayName("a client that disconnects halfway through uploading a workbook leaves no temp file, and the server answers the next request")
  void disconnectMidUpload() throws Exception {
    try (TestServer s = TestServer.http()) {
      int port = Integer.parseInt(s.base.replaceAll(".*:", ""));
      byte[] half = new byte[400_000];
      for (int i = 0; i < 3; i++)
        try (Socket socket = new Socket("127.0.0.1", port)) {
          OutputStream out = socket.getOutputStream();
          out.write(("POST /api/v1/workbook HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
              + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(half);
          out.flush();
        }
      assertThat(s.get("/health").statusCode()).isEqualTo(200);
      awaitNoUploads();
    }
  }

  @Test
  @Timeout(120)
  @DisplayName("the server stopped while it scores an upload: the client gets an error or the whole workbook, never a cut-off one, no temp file stays and no thread keeps working")
  void stoppedDuringRequest() throws Exception {
    Path book = dir.resolve("big.xlsx");
    BigWorkbook.write(book, 20_000, 20, 1);
    byte[] body = Files.readAllBytes(book);
    TestServer s = TestServer.http();
    HttpRequest upload = HttpRequest.newBuilder(URI.create(s.base + "/api/v1/workbook?name=big.xlsx")).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    CompletableFuture<HttpResponse<byte[]>> answer = s.client.sendAsync(upload, HttpResponse.BodyHandlers.ofByteArray());
    for (int i = 0; i < 100 && TempFiles.live() == 0 && !answer.isDone(); i++) Thread.sleep(20); // scoring has begun
    s.close();
    try {
      HttpResponse<byte[]> r = answer.get();
      if (r.statusCode() == 200) { // finished before the stop: then it must be whole
        List<String> names = org.indexkit.workbook.WorkbookZip.entries(r.body());
        assertThat(names).contains("xl/workbook.xml");
      } else assertThat(r.statusCode()).as(new String(r.body())).isEqualTo(503); // "IndexKit is stopping", never 200 with a partial body
    } catch (java.util.concurrent.ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(java.io.IOException.class); // the connection closed: nothing was received as complete
    }
    awaitNoUploads();
    // the computation's thread ends too: answering a request Jetty has let go of once looped for ever, logging without end
    assertThat(TestServer.busyAfter(20)).as("IndexKit threads still busy after the stop").isEmpty();
  }
}
