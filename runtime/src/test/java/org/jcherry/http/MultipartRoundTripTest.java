package org.jcherry.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property: a {@code multipart/form-data} body built from random fields and uploads (contents with
 * CRLFs, dashes and bytes of every value, small and past the spool threshold) under a random RFC
 * 2046 boundary parses back to the same names, values, file names and bytes, in order.
 */
class MultipartRoundTripTest {
  /** One part: an upload when {@code filename} is not null. */
  private record Piece(String name, String filename, byte[] content) {}

  @Property(tries = 300)
  void builtBodyParsesBack(
      @ForAll("boundaries") String boundary, @ForAll("pieces") List<Piece> pieces)
      throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Piece p : pieces) {
      Assume.that(!new String(p.content(), ISO_8859_1).contains("--" + boundary));
      body.writeBytes(("--" + boundary + "\r\n").getBytes(ISO_8859_1));
      String disposition = "Content-Disposition: form-data; name=\"" + p.name() + "\"";
      if (p.filename() != null) {
        disposition +=
            "; filename=\"" + p.filename() + "\"\r\nContent-Type: application/octet-stream";
      }
      body.writeBytes((disposition + "\r\n\r\n").getBytes(UTF_8));
      body.writeBytes(p.content());
      body.writeBytes("\r\n".getBytes(ISO_8859_1));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(ISO_8859_1));

    TempFiles temps = new TempFiles();
    Params params = new Params();
    try {
      MultipartParser.parse(
          new ByteArrayInputStream(body.toByteArray()),
          HeaderElements.parse("multipart/form-data; boundary=\"" + boundary + "\""),
          0,
          params,
          temps);
      for (int i = 0; i < pieces.size(); i++) {
        Piece p = pieces.get(i);
        Object raw = params.raw(p.name());
        List<?> values = raw instanceof List ? (List<?>) raw : List.of(raw);
        int k = 0;
        for (int j = 0; j < i; j++) {
          k += pieces.get(j).name().equals(p.name()) ? 1 : 0;
        }
        Object got = values.get(k);
        if (p.filename() == null) {
          assertEquals(new String(p.content(), UTF_8), got);
        } else {
          Part part = (Part) got;
          assertEquals(p.filename(), part.filename());
          assertArrayEquals(p.content(), part.bytes());
        }
      }
      assertEquals(pieces.stream().map(Piece::name).distinct().count(), params.size());
    } finally {
      temps.deleteAll();
    }
  }

  @Provide
  Arbitrary<String> boundaries() {
    // RFC 2046 bchars, not ending with a space.
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars("'()+_,-./:=? ")
        .ofMinLength(1)
        .ofMaxLength(70)
        .filter(b -> !b.endsWith(" "));
  }

  @Provide
  Arbitrary<List<Piece>> pieces() {
    Arbitrary<String> names = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> filenames =
        Arbitraries.strings().alpha().numeric().withChars(" ._-").ofMaxLength(12).injectNull(0.5);
    Arbitrary<byte[]> tricky =
        Arbitraries.of("", "\r\n", "--", "\r\n--", "a\rb\nc", "\r", "\n")
            .map(s -> s.getBytes(ISO_8859_1));
    Arbitrary<byte[]> uploads =
        Arbitraries.oneOf(tricky, Arbitraries.bytes().array(byte[].class).ofMaxSize(3000));
    // A field's text is decoded as us-ascii, then utf-8: its bytes are text.
    Arbitrary<byte[]> fields =
        Arbitraries.oneOf(tricky, RoundTripText.text().map(s -> s.getBytes(UTF_8)));
    return Combinators.combine(names, filenames)
        .flatAs((n, f) -> (f == null ? fields : uploads).map(b -> new Piece(n, f, b)))
        .list()
        .ofMaxSize(5);
  }
}
