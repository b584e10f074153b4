package org.indexkit.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The self-signed development certificate for https://localhost, made on first start with the JDK's
 * own keytool (no extra library) and reused after: {@code <dir>/dev-cert.p12} (key and certificate),
 * {@code <dir>/dev-cert.crt} (the certificate alone, for the user to trust) and
 * {@code <dir>/dev-cert.password} (the key store's password, random per installation). The folder is
 * made owner-only (0700) and the key store and password file 0600, so another user of the machine
 * cannot take the key of a certificate its owner was told to trust. A key store from before, locked
 * with the old constant password, is re-locked with a new random one on first start.
 */
final class DevCertificate {
  static final String P12 = "dev-cert.p12";
  static final String CRT = "dev-cert.crt";
  static final String SECRET = "dev-cert.password";
  /** The password of key stores made before passwords were per installation. */
  private static final char[] LEGACY_PASSWORD = "indexkit-dev".toCharArray();
  static final String ALIAS = "indexkit";

  /** A key store and the password that opens it. */
  record Keys(KeyStore store, char[] password) {}

  private DevCertificate() {}

  /** The key store in {@code dir}, created when absent. */
  static Keys loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
    ownerOnlyFolder(dir);
    Path p12 = dir.resolve(P12);
    Path secret = dir.resolve(SECRET);
    if (!Files.exists(p12)) create(dir);
    if (!Files.exists(secret)) relock(p12, secret); // made by an earlier version with the constant password
    ownerOnly(p12);
    char[] password = Files.readString(secret, StandardCharsets.US_ASCII).trim().toCharArray();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      ks.load(in, password);
    }
    return new Keys(ks, password);
  }

  /** A fresh random password, as text keytool accepts. */
  static char[] randomPassword() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b).toCharArray();
  }

  private static void create(Path dir) throws IOException {
    char[] password = randomPassword();
    Path tmp = Files.createTempFile(dir, "dev-cert", ".p12");
    Files.delete(tmp); // keytool refuses to write into an existing empty file
    String pass = new String(password);
    try {
      keytool(List.of("-genkeypair", "-alias", ALIAS, "-keyalg", "RSA", "-keysize", "2048", "-validity", "825",
          "-dname", "CN=localhost, O=IndexKit development", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
          "-keystore", tmp.toString(), "-storetype", "PKCS12", "-storepass", pass, "-keypass", pass));
      ownerOnly(tmp);
      keytool(List.of("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", tmp.toString(), "-storepass", pass,
          "-file", dir.resolve(CRT).toString()));
      writeSecret(dir.resolve(SECRET), password);
      Files.move(tmp, dir.resolve(P12), StandardCopyOption.ATOMIC_MOVE); // appears complete or not at all
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Re-encrypts a key store locked with the legacy constant password under a new random one. */
  private static void relock(Path p12, Path secret) throws IOException, GeneralSecurityException {
    KeyStore old = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      old.load(in, LEGACY_PASSWORD);
    }
    char[] password = randomPassword();
    Key key = old.getKey(ALIAS, LEGACY_PASSWORD);
    Certificate[] chain = old.getCertificateChain(ALIAS);
    KeyStore fresh = KeyStore.getInstance("PKCS12");
    fresh.load(null, null);
    fresh.setKeyEntry(ALIAS, key, password, chain);
    Path tmp = Files.createTempFile(p12.getParent(), "dev-cert", ".p12");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        fresh.store(out, password);
      }
      writeSecret(secret, password);
      Files.move(tmp, p12, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void writeSecret(Path secret, char[] password) throws IOException {
    Path tmp = Files.createTempFile(secret.getParent(), "dev-cert", ".password"); // created 0600 by the JDK
    Files.writeString(tmp, new String(password), StandardCharsets.US_ASCII);
    ownerOnly(tmp);
    Files.move(tmp, secret, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static void ownerOnlyFolder(Path dir) throws IOException {
    if (!posix()) {
      Files.createDirectories(dir);
      return;
    }
    Set<PosixFilePermission> rwx = PosixFilePermissions.fromString("rwx------");
    if (!Files.exists(dir)) Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(rwx));
    Files.setPosixFilePermissions(dir, rwx);
  }

  private static void ownerOnly(Path file) throws IOException {
    if (posix()) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
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
