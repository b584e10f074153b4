package org.indexkit.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.indexkit.server.IndexKitServer;
import org.indexkit.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code indexkit serve}: the API and the task pane on https://localhost:8443. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the JSON API and the Excel task pane.",
        "HTTPS on 127.0.0.1:8443 with a development certificate made on first start (kept in ~/.indexkit)."})
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--port", defaultValue = "8443", description = "Port (default ${DEFAULT-VALUE}; 0 = any free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default ${DEFAULT-VALUE}: only this machine). Any other address requires a token.")
  String host;

  @Option(names = "--http", description = "Plain HTTP, for running behind a TLS proxy.")
  boolean http;

  @Option(names = "--cert", paramLabel = "CERT.pem", description = "PEM certificate to use instead of the development one, e.g. ~/.office-addin-dev-certs/localhost.crt.")
  Path cert;

  @Option(names = "--key", paramLabel = "KEY.pem", description = "Its PEM private key (PKCS#1 or PKCS#8), e.g. ~/.office-addin-dev-certs/localhost.key.")
  Path key;

  @Option(names = "--allow-origin", paramLabel = "ORIGIN", description = "Another origin browsers may call the API from (repeatable).")
  List<String> allowOrigins = new ArrayList<>();

  @Option(names = "--token", description = "Require this token on every /api call (generated when --host is not loopback).")
  String token;

  @Option(names = "--max-cells", defaultValue = "2000000", description = "Largest selection, entities × indicators (default ${DEFAULT-VALUE}).")
  long maxCells;

  @Option(names = "--max-seconds", defaultValue = "60",
      description = "Longest a computation may take (default ${DEFAULT-VALUE}; a robustness check ten times as long).")
  int maxSeconds;

  @Override
  public Integer call() throws Exception {
    ServerOptions o = new ServerOptions(host, port, http, cert, key, ServerOptions.defaultCertDir(), allowOrigins, token,
        maxCells, ServerOptions.DEFAULT_MAX_BODY, 0, maxSeconds);
    if (o.token() == null && !o.loopback()) {
      byte[] b = new byte[24];
      new SecureRandom().nextBytes(b);
      o = o.withToken(Base64.getUrlEncoder().withoutPadding().encodeToString(b));
    }
    Javalin app;
    try {
      app = IndexKitServer.create(o).start();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause())
        if (t instanceof java.net.BindException)
          throw new IllegalArgumentException("port " + o.port() + " on " + o.host() + " is in use by another program (perhaps another "
              + "IndexKit): stop it, or choose another port with --port");
      throw e;
    }
    // "localhost" is 127.0.0.1 (the certificate's name); any other address is printed as it is
    String hostName = o.host().equals("127.0.0.1") || o.host().equalsIgnoreCase("localhost") ? "localhost"
        : o.host().contains(":") && !o.host().startsWith("[") ? "[" + o.host() + "]" : o.host();
    var out = spec.commandLine().getOut();
    String base = o.scheme() + "://" + hostName + ":" + IndexKitServer.port(app);
    out.println("IndexKit is serving on " + base + "/");
    out.println("Add-in manifest for this address: " + base + "/manifest.xml (save it and sideload it)");
    out.println("Sideload: Excel → Home → Add-ins → More Settings → Upload My Add-in → choose manifest.xml (see README).");
    if (!o.http() && o.cert() == null)
      out.println("Development certificate: " + o.certDir().resolve("dev-cert.crt") + " (trust it once, see README).");
    if (o.token() != null) out.println("Token (send as \"Authorization: Bearer …\"): " + o.token());
    out.println("Stop with Ctrl+C.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }
}
