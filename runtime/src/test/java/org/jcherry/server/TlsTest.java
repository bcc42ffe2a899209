package org.jcherry.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.jcherry.fixture.Shop;
import org.jcherry.testing.CherryServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server.ssl_certificate} / {@code server.ssl_private_key} as PEM files, and HTTP/2 over
 * TLS. The test pair in {@code src/test/resources/tls} is self-signed for localhost and 127.0.0.1:
 * {@code openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 36500 -subj
 * /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1}.
 */
class TlsTest {
  private static final Path CERT = resource("/tls/cert.pem");
  private static final Path KEY = resource("/tls/key.pem");

  @RegisterExtension
  static final CherryServer server =
      CherryServer.empty()
          .mount(new Shop(), "/shop", Map.of())
          .global("server.ssl_certificate", CERT.toString())
          .global("server.ssl_private_key", KEY.toString());

  @Test
  void servesHttpsWithThePemPair() throws Exception {
    try (SSLSocket socket =
        (SSLSocket) trusting().getSocketFactory().createSocket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write(
              "GET /shop/item/9 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      assertTrue(response.startsWith("HTTP/1.1 200 OK\r\n"), response);
      assertTrue(response.endsWith("\r\n\r\nitem 9 plain"), response);
    }
    assertEquals("https://127.0.0.1:" + server.port(), server.server().base());
  }

  @Test
  void offersHttp2OverTls() throws Exception {
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).sslContext(trusting()).build();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + server.port() + "/shop/item/4?color=red"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(HttpClient.Version.HTTP_2, r.version());
    assertEquals(200, r.statusCode());
    assertEquals("item 4 red", r.body());
  }

  @Test
  void readsARequestBodyOverHttp2() throws Exception {
    HttpClient client =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).sslContext(trusting()).build();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + server.port() + "/shop/item/5"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("color=" + "b".repeat(100_000)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(HttpClient.Version.HTTP_2, r.version());
    assertEquals(200, r.statusCode());
    assertEquals("item 5 " + "b".repeat(100_000), r.body());
  }

  @Test
  void aKeyThatIsNotPkcs8FailsStartUpNamingTheFile(@TempDir Path dir) throws Exception {
    Path rsa = dir.resolve("rsa.pem");
    Files.writeString(
        rsa, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    CherryServer bad =
        CherryServer.of(new Shop())
            .global("server.ssl_certificate", CERT.toString())
            .global("server.ssl_private_key", rsa.toString());
    RuntimeException e = assertThrows(RuntimeException.class, bad::start);
    assertTrue(
        e.getMessage().contains(rsa.toString()) && e.getMessage().contains("openssl pkcs8"),
        e.getMessage());
  }

  /** An SSL context that trusts exactly the test certificate. */
  private static SSLContext trusting() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(CERT)) {
      trust.setCertificateEntry(
          "test", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }

  private static Path resource(String name) {
    try {
      return Path.of(TlsTest.class.getResource(name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException(name, e);
    }
  }
}
