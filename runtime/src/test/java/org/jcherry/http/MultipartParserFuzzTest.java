package org.jcherry.http;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jcherry.HTTPError;

/**
 * Jazzer fuzzing of {@link MultipartParser}. An input is a Content-Type value, a line feed, and the
 * body ({@code MultipartParserFuzzTestInputs/}); {@code mvn verify} replays the kept inputs, {@code
 * JAZZER_FUZZ=1} fuzzes (see bench/fuzz.sh). Checked on every input: only an {@link HTTPError} 400
 * or 413 is thrown; a failed parse leaves no spool file; and the outcome is the same whether the
 * body arrives in one read or a few bytes at a time.
 */
class MultipartParserFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void parsesOrRefusesWith4xx(byte[] input) throws IOException {
    int nl = indexOf(input, (byte) '\n');
    String contentType = new String(input, 0, nl < 0 ? input.length : nl, ISO_8859_1);
    byte[] body = nl < 0 ? new byte[0] : Arrays.copyOfRange(input, nl + 1, input.length);
    HeaderElements.Element type = HeaderElements.parse(contentType);
    if (type == null) {
      return;
    }
    String whole = outcome(type, new ByteArrayInputStream(body), 0);
    assertEquals(whole, outcome(type, new ChunkedStream(body, 5, new Random(body.length)), 0));
    // With a limit below the body's size, the answer is a 413 or the same refusal.
    if (body.length > 1) {
      String limited = outcome(type, new ByteArrayInputStream(body), body.length - 1);
      assertTrue(limited.startsWith("413") || limited.startsWith("400"), limited);
    }
  }

  private static String outcome(HeaderElements.Element type, InputStream body, long maxBytes)
      throws IOException {
    TempFiles temps = new TempFiles();
    Params params = new Params();
    try {
      MultipartParser.parse(body, type, maxBytes, params, temps);
      StringBuilder sb = new StringBuilder("ok");
      for (String name : params.names()) {
        Object v = params.raw(name);
        for (Object one : v instanceof List ? (List<?>) v : List.of(v)) {
          sb.append(' ').append(name).append('=').append(describe(one));
        }
      }
      return sb.toString();
    } catch (HTTPError e) {
      assertTrue(e.code() == 400 || e.code() == 413, e::getMessage);
      for (Path p : temps.paths()) {
        assertFalse(Files.exists(p), "a failed parse left its spool file " + p);
      }
      return e.code() + " " + e.errorMessage();
    } finally {
      temps.deleteAll();
    }
  }

  private static String describe(Object value) throws IOException {
    if (value instanceof Part) {
      Part p = (Part) value;
      byte[] bytes = p.bytes();
      assertEquals(p.size(), bytes.length);
      return "Part(" + p.filename() + "," + p.contentType() + "," + Arrays.hashCode(bytes) + ")";
    }
    return String.valueOf(value);
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
