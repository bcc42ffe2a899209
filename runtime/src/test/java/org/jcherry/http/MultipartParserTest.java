package org.jcherry.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jcherry.HTTPError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MultipartParserTest {
  private static final String CT = "multipart/form-data; boundary=XX";

  private final TempFiles temps = new TempFiles();

  @AfterEach
  void cleanUp() {
    temps.deleteAll();
  }

  private Params parse(String contentType, byte[] body, long maxBytes) throws IOException {
    Params p = new Params();
    MultipartParser.parse(
        new ByteArrayInputStream(body), HeaderElements.parse(contentType), maxBytes, p, temps);
    return p;
  }

  private Params parse(String body) throws IOException {
    return parse(CT, body.getBytes(UTF_8), 0);
  }

  private HTTPError fails(String contentType, byte[] body, long maxBytes) {
    return assertThrows(HTTPError.class, () -> parse(contentType, body, maxBytes));
  }

  private HTTPError fails(String body) {
    return fails(CT, body.getBytes(UTF_8), 0);
  }

  private static String field(String name, String value) {
    return "--XX\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  }

  private static byte[] upload(String name, String filename, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--XX\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"; filename=\""
                + filename
                + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .getBytes(UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(UTF_8));
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : pieces) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(UTF_8);
  }

  private static byte[] filled(int n, char c) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) c);
    return b;
  }

  @Test
  void fieldsBecomeStrings() throws IOException {
    Params p = parse(field("a", "hello") + field("b", "") + "--XX--\r\n");
    assertEquals("hello", p.raw("a"));
    assertEquals("", p.raw("b"));
    assertEquals(List.of("a", "b"), List.copyOf(p.names()));
  }

  @Test
  void fieldValuesKeepInnerLineBreaksAndBoundaryLookalikes() throws IOException {
    Params p = parse(field("a", "one\r\ntwo\n--XXY\r\n--XX--x\r\n\r\n") + "--XX--");
    assertEquals("one\r\ntwo\n--XXY\r\n--XX--x\r\n\r\n", p.get("a"));
  }

  @Test
  void severalFilesBecomeParts() throws IOException {
    byte[] body =
        concat(
            upload("f1", "a.txt", bytes("alpha")),
            upload("f2", "b.bin", new byte[] {0, 1, 2, '\r', '\n', (byte) 0xff}),
            bytes(field("title", "two files") + "--XX--\r\n"));
    Params p = parse(CT, body, 0);
    Part a = assertInstanceOf(Part.class, p.raw("f1"));
    assertEquals("f1", a.name());
    assertEquals("a.txt", a.filename());
    assertEquals("application/octet-stream", a.contentType());
    assertEquals("application/octet-stream", a.headers().get("content-type"));
    assertEquals(5, a.size());
    assertEquals("alpha", a.text(UTF_8));
    assertTrue(a.inMemory());
    Part b = assertInstanceOf(Part.class, p.raw("f2"));
    assertArrayEquals(new byte[] {0, 1, 2, '\r', '\n', (byte) 0xff}, b.bytes());
    assertEquals("two files", p.get("title"));
    assertTrue(temps.paths().isEmpty());
  }

  @Test
  void repeatedNamesCollectInAList() throws IOException {
    Params p = parse(field("x", "1") + field("x", "2") + field("x", "3") + "--XX--\r\n");
    assertEquals(List.of("1", "2", "3"), p.raw("x"));
    Params files =
        parse(
            CT,
            concat(upload("f", "a", bytes("A")), upload("f", "b", bytes("B")), bytes("--XX--")),
            0);
    List<?> list = assertInstanceOf(List.class, files.raw("f"));
    assertEquals("a", ((Part) list.get(0)).filename());
    assertEquals("b", ((Part) list.get(1)).filename());
  }

  @Test
  void extendedFilenameWinsAndIsPercentDecoded() throws IOException {
    Params p =
        parse(
            "--XX\r\nContent-Disposition: form-data; name=\"f\"; filename=\"cafe.txt\";"
                + " filename*=UTF-8''caf%C3%A9%20+1.txt\r\n\r\nbody\r\n--XX--\r\n");
    Part part = (Part) p.raw("f");
    assertEquals("café +1.txt", part.filename());
    assertEquals("text/plain", part.contentType());
    Params latin =
        parse(
            "--XX\r\nContent-Disposition: form-data; name=f; filename*=iso-8859-1'en'caf%E9\r\n\r\nx\r\n--XX--");
    assertEquals("café", ((Part) latin.raw("f")).filename());
    assertEquals(
        400,
        fails("--XX\r\nContent-Disposition: form-data; name=f; filename*=caf%E9\r\n\r\nx\r\n--XX--")
            .code());
    assertEquals(
        400,
        fails(
                "--XX\r\nContent-Disposition: form-data; name=f; filename*=UTF-8''%zz\r\n\r\nx\r\n--XX--")
            .code());
  }

  @Test
  void quotedValuesHonourEscapesAndKeepWindowsPaths() throws IOException {
    Params p =
        parse(
            "--XX\r\nContent-Disposition: form-data; name=\"a;b\"; filename=\"x\\\"y;z.txt\"\r\n\r\n1\r\n"
                + "--XX\r\nContent-Disposition: form-data; NAME=\"w\"; FileName=\"C:\\dir\\f.txt\"\r\n\r\n2\r\n--XX--");
    assertEquals("x\"y;z.txt", ((Part) p.raw("a;b")).filename());
    assertEquals("C:\\dir\\f.txt", ((Part) p.raw("w")).filename());
    HTTPError e = fails("--XX\r\nContent-Disposition: form-data; name=\"open\r\n\r\n1\r\n--XX--");
    assertEquals(400, e.code());
    assertTrue(e.errorMessage().contains("closing quote"), e.errorMessage());
  }

  @Test
  void emptyFilenameIsStillAnUpload() throws IOException {
    Params p =
        parse(
            "--XX\r\nContent-Disposition: form-data; name=\"f\"; filename=\"\"\r\n\r\n\r\n--XX--\r\n");
    Part part = (Part) p.raw("f");
    assertEquals("", part.filename());
    assertEquals(0, part.size());
  }

  @Test
  void unnamedPartsGoUnderParts() throws IOException {
    Params p =
        parse(
            "--XX\r\n\r\nno headers\r\n--XX\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--XX--");
    assertEquals(List.of("no headers", "no name"), p.raw(MultipartParser.UNNAMED));
  }

  @Test
  void nonAsciiFieldsDecodeAsUtf8OrTheDeclaredCharset() throws IOException {
    Params p = parse(field("név", "árvíztűrő tükörfúrógép") + "--XX--");
    assertEquals("árvíztűrő tükörfúrógép", p.get("név"));
    byte[] latin =
        concat(
            bytes(
                "--XX\r\nContent-Disposition: form-data; name=a\r\nContent-Type: text/plain; charset=latin-1\r\n\r\n"),
            "café".getBytes(ISO_8859_1),
            bytes("\r\n--XX--"));
    assertEquals("café", parse(CT, latin, 0).get("a"));
  }

  @Test
  void undecodableFieldIsA400NamingTheCharsets() {
    byte[] body =
        concat(
            bytes("--XX\r\nContent-Disposition: form-data; name=a\r\n\r\n"),
            "café".getBytes(ISO_8859_1),
            bytes("\r\n--XX--"));
    HTTPError e = fails(CT, body, 0);
    assertEquals(400, e.code());
    assertEquals(
        "The request entity could not be decoded. The following charsets were attempted: ['us-ascii', 'utf-8']",
        e.errorMessage());
    byte[] declared =
        concat(
            bytes(
                "--XX\r\nContent-Disposition: form-data; name=a\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"),
            new byte[] {(byte) 0xc3, 0x28},
            bytes("\r\n--XX--"));
    assertTrue(fails(CT, declared, 0).errorMessage().endsWith("['utf-8', 'us-ascii']"));
  }

  @Test
  void uploadsAboveTheThresholdSpoolToATempFileThatDeleteAllRemoves() throws IOException {
    byte[] small = filled(MultipartParser.MAX_RAM_BYTES, 's');
    byte[] big = filled(MultipartParser.MAX_RAM_BYTES + 1, 'b');
    Params p =
        parse(CT, concat(upload("small", "s", small), upload("big", "b", big), bytes("--XX--")), 0);
    Part s = (Part) p.raw("small");
    assertTrue(s.inMemory());
    assertEquals(small.length, s.size());
    Part b = (Part) p.raw("big");
    Path file = b.file();
    assertNotNull(file);
    assertTrue(file.getFileName().toString().startsWith("jcherry-upload-"));
    assertTrue(file.getFileName().toString().endsWith(".part"));
    assertArrayEquals(big, Files.readAllBytes(file));
    assertArrayEquals(big, b.bytes());
    assertEquals(big.length, b.size());
    assertEquals(List.of(file), temps.paths());
    temps.deleteAll();
    assertFalse(Files.exists(file));
    assertTrue(temps.paths().isEmpty());
    temps.deleteAll();
  }

  @Test
  void largeBinaryUploadSurvivesAnyReadChunking() throws IOException {
    Random random = new Random(7);
    byte[] data = new byte[300_000];
    random.nextBytes(data);
    for (int i = 0; i < data.length; i += 97) {
      data[i] = (byte) (i % 2 == 0 ? '\r' : '\n');
    }
    byte[] body =
        concat(
            bytes("preamble\r\n"),
            upload("f", "r.bin", data),
            bytes(field("after", "ok") + "--XX--\r\nepilogue"));
    for (int maxChunk : new int[] {1, 2, 3, 7, 4096, 100_000}) {
      Params p = new Params();
      MultipartParser.parse(
          new ChunkedStream(body, maxChunk, random), HeaderElements.parse(CT), 0, p, temps);
      Part part = (Part) p.raw("f");
      assertArrayEquals(data, part.bytes(), "chunk " + maxChunk);
      assertEquals("ok", p.get("after"));
    }
  }

  @Test
  void truncatedBodiesAre400() {
    String opening = "--XX\r\nContent-Disposition: form-data; name=a\r\n";
    for (String body :
        List.of(
            opening,
            opening + "\r\nvalue",
            opening + "\r\nvalue\r\n",
            opening + "\r\nvalue\r\n--XX\r\n",
            "--XX\r\n")) {
      HTTPError e = fails(body);
      assertEquals(400, e.code(), body);
      assertTrue(e.errorMessage().contains("ended"), e.errorMessage());
    }
    assertEquals(400, fails("no delimiter at all").code());
  }

  /** CherryPy takes a delimiter that ends exactly at the end of the body as the end. */
  @Test
  void aDelimiterAtTheEndOfTheStreamClosesTheBody() throws IOException {
    String opening = "--XX\r\nContent-Disposition: form-data; name=a\r\n";
    Params p = parse(CT, bytes(opening + "\r\nvalue\r\n--XX"), 0);
    assertEquals("value", p.get("a"));
  }

  @Test
  void readFailureIsA400() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }
        };
    HTTPError e =
        assertThrows(
            HTTPError.class,
            () -> MultipartParser.parse(broken, HeaderElements.parse(CT), 0, new Params(), temps));
    assertEquals(400, e.code());
    assertTrue(e.errorMessage().contains("connection reset"), e.errorMessage());
  }

  @Test
  void badBoundariesAre400() {
    byte[] body = bytes("--XX--");
    for (String ct :
        List.of(
            "multipart/form-data",
            "multipart/form-data; boundary=",
            "multipart/form-data; boundary=\"ends with space \"",
            "multipart/form-data; boundary=" + "a".repeat(202),
            "multipart/form-data; boundary=caf\u00e9")) {
      HTTPError e = fails(ct, body, 0);
      assertEquals(400, e.code(), ct);
      assertTrue(
          e.errorMessage().startsWith("Invalid boundary in multipart form"), e.errorMessage());
    }
  }

  @Test
  void quotedAndLongestBoundariesWork() throws IOException {
    Params p =
        parse("multipart/form-data; boundary=\"a b:c\"", bytes("--a b:c\r\n\r\nv\r\n--a b:c--"), 0);
    assertEquals("v", p.get("parts"));
    String longest = "b".repeat(201);
    Params q =
        parse(
            "multipart/form-data; boundary=" + longest,
            bytes("--" + longest + "\r\n\r\nw\r\n--" + longest + "--"),
            0);
    assertEquals("w", q.get("parts"));
  }

  @Test
  void oversizeBodyIs413AndItsSpoolFilesAreDeleted() {
    byte[] body =
        concat(
            upload("f", "big", filled(5000, 'x')),
            upload("g", "more", filled(200_000, 'y')),
            bytes("--XX--"));
    HTTPError e = fails(CT, body, 100_000);
    assertEquals(413, e.code());
    assertEquals("Entity is too large", e.errorMessage());
    assertFalse(temps.paths().isEmpty());
    for (Path p : temps.paths()) {
      assertFalse(Files.exists(p), p.toString());
    }
  }

  @Test
  void bodyOfExactlyMaxBytesIsAccepted() throws IOException {
    byte[] body = bytes(field("a", "1") + "--XX--\r\n");
    assertEquals("1", parse(CT, body, body.length).get("a"));
    assertEquals(413, fails(CT, body, body.length - 1).code());
  }

  @Test
  void epilogueCountsTowardsMaxBytes() {
    byte[] body = bytes(field("a", "1") + "--XX--\r\n" + "e".repeat(1000));
    assertEquals(413, fails(CT, body, 500).code());
  }

  @Test
  void tooManyPartsIs400() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append(field("p" + i, "v"));
    }
    HTTPError e = fails(sb.append("--XX--").toString());
    assertEquals(400, e.code());
    assertEquals("The multipart body has more than 1000 parts.", e.errorMessage());
  }

  @Test
  void partCountAtTheLimitIsAccepted() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < MultipartParser.MAX_PARTS; i++) {
      sb.append(field("p", "v"));
    }
    assertEquals(
        MultipartParser.MAX_PARTS,
        ((List<?>) parse(sb.append("--XX--").toString()).raw("p")).size());
  }

  @Test
  void headerLimitsAre400() {
    String longLine =
        "--XX\r\nX-Long: " + "h".repeat(MultipartParser.MAX_HEADER_LINE) + "\r\n\r\nv\r\n--XX--";
    assertTrue(fails(longLine).errorMessage().contains("longer than"));
    StringBuilder many = new StringBuilder("--XX\r\n");
    for (int i = 0; i < 400; i++) {
      many.append("X-H").append(i).append(": ").append("v".repeat(50)).append("\r\n");
    }
    assertTrue(
        fails(many.append("\r\nv\r\n--XX--").toString())
            .errorMessage()
            .contains("bytes of headers"));
    StringBuilder total = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      total.append("--XX\r\nX-Pad: ").append("p".repeat(8000)).append("\r\n\r\nv\r\n");
    }
    assertTrue(
        fails(total.append("--XX--").toString()).errorMessage().contains("bytes of part headers"));
    assertEquals(400, fails("--XX\r\nno colon here\r\n\r\nv\r\n--XX--").code());
    assertEquals(400, fails("--XX\r\n folded first\r\n\r\nv\r\n--XX--").code());
  }

  @Test
  void foldedHeaderLinesAreJoined() throws IOException {
    Params p =
        parse("--XX\r\nContent-Disposition: form-data;\r\n\tname=\"folded\"\r\n\r\nv\r\n--XX--");
    assertEquals("v", p.get("folded"));
  }

  @Test
  void preambleAndEpilogueAreIgnored() throws IOException {
    Params p =
        parse(
            "This is the preamble.\r\n--XX is not it\r\n"
                + field("a", "1")
                + "--XX--\r\nThis is the epilogue.\r\n"
                + field("b", "2"));
    assertEquals(List.of("a"), List.copyOf(p.names()));
  }

  @Test
  void emptyBodyAndCloseOnlyHaveNoParts() throws IOException {
    assertTrue(parse("").isEmpty());
    assertTrue(parse("--XX--\r\n").isEmpty());
  }

  @Test
  void transportPaddingAndACloseWithoutLineBreakAreAccepted() throws IOException {
    Params p = parse("--XX \t\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--XX--  ");
    assertEquals("1", p.get("a"));
  }

  /**
   * CherryPy accepts a bare LF before and after a delimiter, but refuses one ending a part header.
   */
  @Test
  void bareLfIsToleratedAroundDelimitersButNotInHeaders() throws IOException {
    Params p = parse("--XX\nContent-Disposition: form-data; name=a\r\n\r\nline1\nline2\n--XX--\n");
    assertEquals("line1\nline2", p.get("a"));
    HTTPError e = fails("--XX\nContent-Disposition: form-data; name=a\n\nhello\n--XX--\n");
    assertEquals(400, e.code());
    assertTrue(e.errorMessage().contains("CRLF"), e.errorMessage());
  }

  @Test
  void tooManyFieldBytesIs413() {
    int half = (int) (MultipartParser.MAX_FIELD_BYTES / 2) + 1;
    byte[] body =
        concat(
            bytes(field("a", "")),
            bytes("--XX\r\nContent-Disposition: form-data; name=b\r\n\r\n"),
            filled(half, 'x'),
            bytes("\r\n--XX\r\nContent-Disposition: form-data; name=c\r\n\r\n"),
            filled(half, 'y'),
            bytes("\r\n--XX--"));
    HTTPError e = fails(CT, body, 0);
    assertEquals(413, e.code());
    assertTrue(e.errorMessage().contains("file uploads"), e.errorMessage());
  }
}
