package org.indexkit.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEM certificate chain and RSA private key (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY", as
 * written by office-addin-dev-certs) as an in-memory PKCS12 key store for Jetty. Java's KeyFactory
 * reads only PKCS#8, so a PKCS#1 key is wrapped in the PKCS#8 structure first.
 */
final class PemKeyStore {
  private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");
  /** DER of SEQUENCE { INTEGER 0, SEQUENCE { OID rsaEncryption, NULL } }, the PKCS#8 prefix for RSA. */
  private static final byte[] RSA_ALGORITHM = {0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48,
      (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

  private PemKeyStore() {}

  static KeyStore load(Path certPem, Path keyPem, char[] password) throws IOException, GeneralSecurityException {
    String certText = Files.readString(certPem, StandardCharsets.US_ASCII);
    CertificateFactory cf = CertificateFactory.getInstance("X.509");
    Certificate[] chain = cf.generateCertificates(new ByteArrayInputStream(certText.getBytes(StandardCharsets.US_ASCII)))
        .toArray(new Certificate[0]);
    if (chain.length == 0) throw new GeneralSecurityException(certPem + " holds no certificate");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    ks.load(null, null);
    ks.setKeyEntry("indexkit", privateKey(Files.readString(keyPem, StandardCharsets.US_ASCII), keyPem), password, chain);
    return ks;
  }

  static PrivateKey privateKey(String pem, Path source) throws GeneralSecurityException {
    Matcher m = BLOCK.matcher(pem);
    while (m.find()) {
      byte[] der = Base64.getMimeDecoder().decode(m.group(2));
      switch (m.group(1)) {
        case "PRIVATE KEY":
          return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        case "RSA PRIVATE KEY":
          return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs1ToPkcs8(der)));
        default:
          // skip e.g. EC PARAMETERS
      }
    }
    throw new GeneralSecurityException(source + " holds no unencrypted RSA private key (PRIVATE KEY or RSA PRIVATE KEY)");
  }

  /** SEQUENCE { INTEGER 0, AlgorithmIdentifier rsa, OCTET STRING { pkcs1 } }. */
  static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
    byte[] octet = tlv(0x04, pkcs1);
    byte[] body = new byte[RSA_ALGORITHM.length + octet.length];
    System.arraycopy(RSA_ALGORITHM, 0, body, 0, RSA_ALGORITHM.length);
    System.arraycopy(octet, 0, body, RSA_ALGORITHM.length, octet.length);
    return tlv(0x30, body);
  }

  private static byte[] tlv(int tag, byte[] value) {
    int n = value.length;
    byte[] len = n < 0x80 ? new byte[] {(byte) n}
        : n < 0x100 ? new byte[] {(byte) 0x81, (byte) n}
        : n < 0x10000 ? new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n}
        : new byte[] {(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
    byte[] out = new byte[1 + len.length + n];
    out[0] = (byte) tag;
    System.arraycopy(len, 0, out, 1, len.length);
    System.arraycopy(value, 0, out, 1 + len.length, n);
    return out;
  }
}
