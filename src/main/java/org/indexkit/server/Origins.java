package org.indexkit.server;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/**
 * Which web pages may drive the API. A browser sends {@code Origin} with every cross-site request and
 * with every POST; IndexKit's own pane comes from the server's own origin. Any other origin is refused
 * before the request is read (403, no body of results) unless it was allowed with {@code --allow-origin}
 * — so a foreign page can neither start work with a "simple" request nor read an answer. Requests
 * without {@code Origin} (curl, scripts, Excel's own host) are not from a web page and pass.
 *
 * <p>On a loopback address the {@code Host} header must name this machine too: a foreign page that
 * rebinds its own host name to 127.0.0.1 (DNS rebinding) would send its own name.
 */
final class Origins {
  /** The domains Office.js may connect to or frame from the pane (its hosts, its telemetry). */
  static final String OFFICE = "https://*.microsoft.com https://*.office.com https://*.office.net https://*.officeapps.live.com";

  private Origins() {}

  static void requireAllowed(Context ctx, ServerOptions o) {
    if ("OPTIONS".equals(ctx.method().name())) return; // preflight: the CORS rules answer it
    String origin = ctx.header("Origin");
    if (origin == null) {
      String site = ctx.header("Sec-Fetch-Site");
      if (site == null || site.equals("same-origin") || site.equals("none") || site.equals("same-site")) return;
      throw refused("a page of another site (Sec-Fetch-Site: " + site + ")");
    }
    if (o.allowOrigins().stream().anyMatch(a -> sameOrigin(a, origin))) return;
    String own = o.scheme() + "://" + ctx.header("Host");
    if (sameOrigin(own, origin)) return;
    throw refused("the page at " + (origin.length() > 100 ? origin.substring(0, 100) + "…" : origin));
  }

  static void requireLoopbackHost(Context ctx) {
    String host = ctx.header("Host");
    if (host == null) return; // HTTP/1.0
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
        : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
    name = name.toLowerCase(Locale.ROOT);
    if (name.equals("localhost") || name.equals("[::1]") || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) return;
    throw new ApiProblem.Failure(ApiProblem.of(421, "wrong-host", "This server answers for this machine only",
        "the request named the host \"" + (name.length() > 100 ? name.substring(0, 100) + "…" : name)
            + "\"; use https://localhost with the server's port", null));
  }

  /** Scheme, host and port equal, the default port of the scheme filled in. */
  static boolean sameOrigin(String a, String b) {
    try {
      URI x = URI.create(a.trim()), y = URI.create(b.trim());
      return x.getScheme() != null && x.getHost() != null && x.getScheme().equalsIgnoreCase(y.getScheme())
          && x.getHost().equalsIgnoreCase(y.getHost()) && port(x) == port(y);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static int port(URI u) {
    return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static ApiProblem.Failure refused(String who) {
    return new ApiProblem.Failure(ApiProblem.of(403, "origin", "Requests from this page are not allowed",
        who + " may not call this IndexKit server; start it with --allow-origin to allow a page", null));
  }
}
