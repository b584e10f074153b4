package org.indexkit.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The self-signed development certificate for https://localhost, made on first start with the JDK's
 * own keytool (no extra library) and reused after: {@code <dir>/dev-cert.p12} (key and certificate)
 * and {@code <dir>/dev-cert.crt} (the certificate alone, for the user to trust).
 */
final class DevCertificate {
  static final char[] PASSWORD = "indexkit-dev".toCharArray();
  static final String P12 = "dev-cert.p12";
  static final String CRT = "dev-cert.crt";

  private DevCertificate() {}

  /** The key store in {@code dir}, created when absent. */
  static KeyStore loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
    Path p12 = dir.resolve(P12);
    if (!Files.exists(p12)) create(dir);
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      ks.load(in, PASSWORD);
    }
    return ks;
  }

  private static void create(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "dev-cert", ".p12");
    Files.delete(tmp); // keytool refuses to write into an existing empty file
    String pass = new String(PASSWORD);
    keytool(List.of("-genkeypair", "-alias", "indexkit", "-keyalg", "RSA", "-keysize", "2048", "-validity", "825",
        "-dname", "CN=localhost, O=IndexKit development", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
        "-keystore", tmp.toString(), "-storetype", "PKCS12", "-storepass", pass, "-keypass", pass));
    keytool(List.of("-exportcert", "-rfc", "-alias", "indexkit", "-keystore", tmp.toString(), "-storepass", pass,
        "-file", dir.resolve(CRT).toString()));
    Files.move(tmp, dir.resolve(P12)); // appears complete or not at all
  }

  private static void keytool(List<String> args) throws IOException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(keytool.toString());
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    try {
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0)
        throw new IOException("keytool could not make the development certificate: " + out.strip());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while making the development certificate", e);
    }
  }
}
