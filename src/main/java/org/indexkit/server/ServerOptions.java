package org.indexkit.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

/**
 * How the server runs. Defaults: HTTPS on 127.0.0.1:8443 with the development certificate.
 *
 * @param port 0 picks a free port (tests)
 * @param http plain HTTP (behind a TLS proxy) instead of HTTPS
 * @param cert PEM certificate (chain) to use instead of the development certificate; needs {@code key}
 * @param certDir where the development certificate is made and kept
 * @param allowOrigins origins besides the server's own that browsers may call the API from (CORS)
 * @param token required on every /api call when non-null ({@code Authorization: Bearer …})
 * @param maxCells largest selection (entities × indicators) accepted
 * @param maxBodyBytes largest request body accepted
 * @param computeThreads compute pool size; the queue holds {@code 64 × computeThreads} waiting requests
 * @param maxSeconds the longest a computation may take: one estimated to take longer is refused before it starts,
 *     and one that runs longer is stopped (a robustness check may take ten times as long)
 */
public record ServerOptions(String host, int port, boolean http, Path cert, Path key, Path certDir,
                            List<String> allowOrigins, String token, long maxCells, long maxBodyBytes, int computeThreads,
                            int maxSeconds) {

  public static final long DEFAULT_MAX_CELLS = 2_000_000;
  public static final long DEFAULT_MAX_BODY = 64L * 1024 * 1024;
  public static final int DEFAULT_MAX_SECONDS = 60;

  public ServerOptions {
    allowOrigins = allowOrigins == null ? List.of() : List.copyOf(allowOrigins);
    if ((cert == null) != (key == null)) throw new IllegalArgumentException("--cert and --key go together");
    if (computeThreads < 1) computeThreads = Math.max(1, Runtime.getRuntime().availableProcessors());
    if (maxSeconds < 1) throw new IllegalArgumentException("--max-seconds must be at least 1");
  }

  public ServerOptions(String host, int port, boolean http, Path cert, Path key, Path certDir, List<String> allowOrigins,
                       String token, long maxCells, long maxBodyBytes, int computeThreads) {
    this(host, port, http, cert, key, certDir, allowOrigins, token, maxCells, maxBodyBytes, computeThreads, DEFAULT_MAX_SECONDS);
  }

  /** The longest a robustness check may take. */
  public int maxCheckSeconds() {
    return 10 * maxSeconds;
  }

  public ServerOptions withMaxSeconds(int s) {
    return new ServerOptions(host, port, http, cert, key, certDir, allowOrigins, token, maxCells, maxBodyBytes, computeThreads, s);
  }

  public ServerOptions withComputeThreads(int t) {
    return new ServerOptions(host, port, http, cert, key, certDir, allowOrigins, token, maxCells, maxBodyBytes, t, maxSeconds);
  }

  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", 8443, false, null, null, defaultCertDir(), List.of(), null,
        DEFAULT_MAX_CELLS, DEFAULT_MAX_BODY, 0);
  }

  public static Path defaultCertDir() {
    return Path.of(System.getProperty("user.home"), ".indexkit");
  }

  public ServerOptions withPort(int p) {
    return new ServerOptions(host, p, http, cert, key, certDir, allowOrigins, token, maxCells, maxBodyBytes, computeThreads, maxSeconds);
  }

  public ServerOptions withHttp(boolean h) {
    return new ServerOptions(host, port, h, cert, key, certDir, allowOrigins, token, maxCells, maxBodyBytes, computeThreads, maxSeconds);
  }

  public ServerOptions withToken(String t) {
    return new ServerOptions(host, port, http, cert, key, certDir, allowOrigins, t, maxCells, maxBodyBytes, computeThreads, maxSeconds);
  }

  public ServerOptions withCertDir(Path d) {
    return new ServerOptions(host, port, http, cert, key, d, allowOrigins, token, maxCells, maxBodyBytes, computeThreads, maxSeconds);
  }

  public ServerOptions withAllowOrigins(List<String> o) {
    return new ServerOptions(host, port, http, cert, key, certDir, o, token, maxCells, maxBodyBytes, computeThreads, maxSeconds);
  }

  public ServerOptions withLimits(long cells, long bodyBytes) {
    return new ServerOptions(host, port, http, cert, key, certDir, allowOrigins, token, cells, bodyBytes, computeThreads, maxSeconds);
  }

  /** True for 127.0.0.0/8, ::1 and "localhost": only this machine can connect. */
  public boolean loopback() {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  public String scheme() {
    return http ? "http" : "https";
  }
}
