package org.jcherry.server;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An {@link SSLContext} from PEM files, as CherryPy's {@code ssl_certificate}, {@code
 * ssl_private_key} and {@code ssl_certificate_chain} take them. The key must be unencrypted PKCS#8
 * ({@code BEGIN PRIVATE KEY}, what {@code openssl req -newkey} writes); any problem fails start-up
 * with a message naming the file.
 */
final class PemKeys {
  private static final String KEY_BEGIN = "-----BEGIN PRIVATE KEY-----";
  private static final String KEY_END = "-----END PRIVATE KEY-----";

  private PemKeys() {}

  static SSLContext sslContext(String certificateFile, String privateKeyFile, String chainFile) {
    List<Certificate> chain = new ArrayList<>(certificates(certificateFile));
    if (chainFile != null) {
      chain.addAll(certificates(chainFile));
    }
    PrivateKey key = privateKey(privateKeyFile, chain.get(0).getPublicKey().getAlgorithm());
    try {
      char[] password = new char[0];
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", key, password, chain.toArray(new Certificate[0]));
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(store, password);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), null, null);
      return ctx;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalArgumentException(
          "server.ssl_private_key "
              + privateKeyFile
              + " does not match server.ssl_certificate "
              + certificateFile
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static List<Certificate> certificates(String file) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      List<Certificate> certs =
          new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
      if (certs.isEmpty()) {
        throw new IllegalArgumentException(
            "server.ssl_certificate " + file + " holds no PEM certificate");
      }
      return certs;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "Cannot read the certificate " + file + ": " + e.getMessage(), e);
    }
  }

  private static PrivateKey privateKey(String file, String algorithm) {
    String pem;
    try {
      pem = Files.readString(Path.of(file), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read the private key " + file + ": " + e.getMessage(), e);
    }
    int begin = pem.indexOf(KEY_BEGIN);
    int end = pem.indexOf(KEY_END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "server.ssl_private_key "
              + file
              + " is not an unencrypted PKCS#8 PEM key (BEGIN PRIVATE KEY);"
              + " convert it with: openssl pkcs8 -topk8 -nocrypt -in "
              + file
              + " -out key.pem");
    }
    try {
      byte[] der = Base64.getMimeDecoder().decode(pem.substring(begin + KEY_BEGIN.length(), end));
      return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "server.ssl_private_key "
              + file
              + " is not a valid "
              + algorithm
              + " key: "
              + e.getMessage(),
          e);
    }
  }
}
