package org.indexkit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with the development certificate the server makes, and with PEM files such as office-addin-dev-certs writes. */
class HttpsTest {
  @TempDir
  Path dir;

  static SSLContext trusting(Path crt) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(crt)) {
      trust.setCertificateEntry("indexkit", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  @Test
  @DisplayName("first start makes a certificate for localhost, serves HTTPS with it, and reuses it on the next start")
  void developmentCertificate() throws Exception {
    ServerOptions o = ServerOptions.defaults().withPort(0).withCertDir(dir);
    byte[] first;
    try (TestServer s = TestServer.start(o, trusting(certAfterStart(o)))) {
      assertThat(s.base).startsWith("https://localhost:");
      HttpResponse<String> r = s.get("/health");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("ok");
      assertThat(s.post("/api/v1/compute", "application/json",
          "{\"table\":{\"entities\":[\"P\",\"Q\"],\"indicators\":[\"a\"],\"values\":[[1],[2]]}}").statusCode()).isEqualTo(200);
      first = Files.readAllBytes(dir.resolve(DevCertificate.P12));
    }
    try (TestServer again = TestServer.start(o, trusting(dir.resolve(DevCertificate.CRT)))) {
      assertThat(again.get("/health").statusCode()).isEqualTo(200);
    }
    assertThat(Files.readAllBytes(dir.resolve(DevCertificate.P12))).isEqualTo(first);
  }

  /** Makes the certificate the way the server does, so the client can trust it before connecting. */
  private static Path certAfterStart(ServerOptions o) throws Exception {
    DevCertificate.loadOrCreate(o.certDir());
    return o.certDir().resolve(DevCertificate.CRT);
  }

  @Test
  @DisplayName("a client that does not trust the certificate is refused by TLS, not served in clear text")
  void untrustedClientFails() throws Exception {
    ServerOptions o = ServerOptions.defaults().withPort(0).withCertDir(dir);
    try (TestServer s = TestServer.start(o, null)) {
      HttpClient plain = HttpClient.newHttpClient();
      assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(java.net.URI.create(s.base + "/health")).build(),
          HttpResponse.BodyHandlers.ofString())).isInstanceOf(SSLHandshakeException.class);
    }
  }

  @Test
  @DisplayName("--cert/--key PEM files: PKCS#8 (\"PRIVATE KEY\") and PKCS#1 (\"RSA PRIVATE KEY\", office-addin-dev-certs) keys both load")
  void pemKeys() throws Exception {
    DevCertificate.Keys devKeys = DevCertificate.loadOrCreate(dir);
    KeyStore dev = devKeys.store();
    PrivateKey key = (PrivateKey) dev.getKey("indexkit", devKeys.password());
    Certificate cert = dev.getCertificate("indexkit");
    Path crt = write("cert.pem", "CERTIFICATE", cert.getEncoded());
    byte[] pkcs8 = key.getEncoded();
    Path p8 = write("key8.pem", "PRIVATE KEY", pkcs8);
    // PKCS#1 is the OCTET STRING at the end of the PKCS#8 structure; strip our own prefix to get it
    byte[] pkcs1 = pkcs1Of(pkcs8);
    Path p1 = write("key1.pem", "RSA PRIVATE KEY", pkcs1);
    assertThat(PemKeyStore.pkcs1ToPkcs8(pkcs1)).isEqualTo(pkcs8);
    for (Path k : new Path[] {p8, p1}) {
      char[] pass = DevCertificate.randomPassword();
      KeyStore ks = PemKeyStore.load(crt, k, pass);
      assertThat(ks.getKey("indexkit", pass).getEncoded()).isEqualTo(pkcs8);
      ServerOptions o = new ServerOptions("127.0.0.1", 0, false, crt, k, dir, null, null, 1000, 100_000, 1);
      try (TestServer s = TestServer.start(o, trusting(crt))) {
        assertThat(s.get("/health").statusCode()).isEqualTo(200);
      }
    }
  }

  private Path write(String name, String type, byte[] der) throws Exception {
    String pem = "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END " + type + "-----\n";
    return Files.writeString(dir.resolve(name), pem);
  }

  /** Parses SEQUENCE { INTEGER, SEQUENCE {...}, OCTET STRING } just enough to return the octets. */
  private static byte[] pkcs1Of(byte[] pkcs8) {
    int i = 1;
    i += (pkcs8[i] & 0x80) == 0 ? 1 : 1 + (pkcs8[i] & 0x7f); // outer length
    i += 3; // INTEGER 0
    i += 2 + pkcs8[i + 1]; // AlgorithmIdentifier (short form)
    i++; // OCTET STRING tag
    int lenBytes = (pkcs8[i] & 0x80) == 0 ? 0 : pkcs8[i] & 0x7f;
    i += 1 + lenBytes;
    return Arrays.copyOfRange(pkcs8, i, pkcs8.length);
  }
}
