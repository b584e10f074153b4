package org.indexkit.bench;

import io.javalin.Javalin;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.indexkit.server.IndexKitServer;
import org.indexkit.server.ServerOptions;

/**
 * A closed-loop load generator: {@code clients} threads, each sending the same compute request over
 * loopback as soon as its previous one is answered, until {@code requests} have been sent or the time
 * limit passes. The server runs in this JVM, so its heap is measured before and after the load.
 */
public final class LoadTest {
  /** Latencies in ms (sorted), errors, wall time and the heap in use after a full GC, before and after. */
  public record Result(double[] latencies, int errors, String firstError, double seconds, long heapBefore, long heapPeak,
                       long heapAfter) {
    public double percentile(double p) {
      if (latencies.length == 0) return Double.NaN;
      return latencies[Math.min(latencies.length - 1, (int) Math.ceil(p * latencies.length) - 1)];
    }
  }

  private LoadTest() {}

  public static Result run(byte[] body, int clients, int requests, Duration limit) throws Exception {
    Javalin app = IndexKitServer.create(ServerOptions.defaults().withPort(0).withHttp(true)).start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + IndexKitServer.port(app) + "/api/v1/compute?include=sheets"); // as the pane asks
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      blast(client, request, clients, Math.max(clients, requests / 20), limit); // warm-up: JIT, connection pool
      long before = heapAfterGc();
      long[] peak = {before};
      var sampler = Executors.newSingleThreadScheduledExecutor();
      sampler.scheduleAtFixedRate(() -> peak[0] = Math.max(peak[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed()),
          0, 50, TimeUnit.MILLISECONDS);
      Blast load;
      try {
        load = blast(client, request, clients, requests, limit);
      } finally {
        sampler.shutdownNow();
      }
      long after = heapAfterGc();
      return new Result(load.latencies(), load.errors(), load.firstError(), load.seconds(), before, peak[0], after);
    } finally {
      app.stop();
    }
  }

  /** One burst of requests: sorted latencies (ms), errors, the first error's text and the wall time. */
  private record Blast(double[] latencies, int errors, String firstError, double seconds) {}

  private static Blast blast(HttpClient client, HttpRequest request, int clients, int requests, Duration limit) throws Exception {
    double[] latencies = new double[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    String[] firstError = {null};
    long deadline = System.nanoTime() + limit.toNanos();
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++)
      pool.submit(() -> {
        int i;
        while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < requests) {
          long start = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) error(errors, firstError, "HTTP " + r.statusCode() + ": " + new String(r.body()));
          } catch (Exception e) {
            error(errors, firstError, e.toString());
          }
          latencies[i] = (System.nanoTime() - start) / 1e6;
        }
      });
    pool.shutdown();
    pool.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    int sent = Math.min(next.get(), requests);
    double[] done = Arrays.copyOf(latencies, sent);
    Arrays.sort(done);
    return new Blast(done, errors.get(), firstError[0], seconds);
  }

  private static synchronized void error(AtomicInteger errors, String[] first, String what) {
    if (errors.getAndIncrement() == 0) first[0] = what.length() > 300 ? what.substring(0, 300) : what;
  }

  /** Heap in use once garbage is collected: several GCs, since one may not finish the job. */
  public static long heapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
