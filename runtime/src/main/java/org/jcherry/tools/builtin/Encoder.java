package org.jcherry.tools.builtin;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jcherry.HTTPError;
import org.jcherry.http.Bodies;
import org.jcherry.http.Charsets;
import org.jcherry.http.HeaderElements;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HandlerWrapperTool;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.encode} (on by default; wraps the handler at before_handler, priority 70): encodes
 * the text a handler returns for a {@code text/*} response in a charset the client accepts, and
 * names that charset in {@code Content-Type}. A handler answering another type must return bytes
 * (or turn {@code text_only} off), as in CherryPy.
 */
final class Encoder implements HandlerWrapperTool.Wrapper {
  private final Settings s;

  /** Looked up once: the default charset and the Content-Type a plain text/html answer gets. */
  private final Charset defaultCharset;

  private final String defaultHtmlType;

  Encoder(ToolArgs args) {
    this.s =
        new Settings(
            args.string("encoding", null),
            args.string("default_encoding", "utf-8"),
            args.string("errors", "strict"),
            args.bool("text_only", true),
            args.bool("add_charset", true));
    args.bool("debug", false);
    this.defaultCharset = Charsets.lookup(s.defaultEncoding());
    this.defaultHtmlType = "text/html;charset=" + s.defaultEncoding();
  }

  @Override
  public Object call(Callable<Object> next, Request request, Response response) throws Exception {
    return encode(s, next.call(), request, response);
  }

  private record Settings(
      String encoding,
      String defaultEncoding,
      String errors,
      boolean textOnly,
      boolean addCharset) {}

  private Object encode(Settings s, Object body, Request request, Response response) {
    String ct = response.headers().get("Content-Type");
    if (ct == null || !s.addCharset()) {
      return body;
    }
    if (ct.equals("text/html")
        && body instanceof String
        && s.encoding() == null
        && !response.stream()
        && request.headers().get("Accept-Charset") == null) {
      // The common case, decided without parsing or negotiating: what choose() would pick.
      byte[] bytes =
          defaultCharset == null ? null : encodeChunk((String) body, defaultCharset, s.errors());
      if (bytes != null) {
        response.headers().put("Content-Type", defaultHtmlType);
        response.headers().remove("Content-Length");
        return bytes;
      }
    }
    HeaderElements.Element type = HeaderElements.parse(ct);
    if (type == null
        || (s.textOnly() && !type.value().toLowerCase(Locale.ROOT).startsWith("text/"))) {
      return body;
    }
    Negotiation n = new Negotiation(s, body, response.stream());
    String charset = n.choose(request);
    Map<String, String> params = new LinkedHashMap<>(type.params());
    params.put("charset", charset);
    response.headers().put("Content-Type", HeaderElements.format(type.value(), params));
    if (!response.stream()) {
      response.headers().remove("Content-Length");
    }
    return n.encoded;
  }

  /**
   * CherryPy's {@code find_acceptable_charset}: the forced charset, else the client's preferences.
   */
  private static final class Negotiation {
    private final Settings s;
    private final Object body;
    private final boolean stream;
    private final Set<String> attempted = new TreeSet<>();
    private List<Object> chunks;
    private Object encoded;

    Negotiation(Settings s, Object body, boolean stream) {
      this.s = s;
      this.body = body;
      this.stream = stream;
    }

    String choose(Request request) {
      List<HeaderElements.Element> encs = HeaderElements.of(request.headers(), "Accept-Charset");
      List<String> charsets = new ArrayList<>();
      for (HeaderElements.Element e : encs) {
        charsets.add(e.value().toLowerCase(Locale.ROOT));
      }
      if (s.encoding() != null) {
        String enc = s.encoding().toLowerCase(Locale.ROOT);
        if ((charsets.isEmpty() || charsets.contains("*") || charsets.contains(enc))
            && tryEncode(enc)) {
          return enc;
        }
      } else if (encs.isEmpty()) {
        if (tryEncode(s.defaultEncoding())) {
          return s.defaultEncoding();
        }
        throw new HTTPError(500, "The response could not be encoded with " + s.defaultEncoding());
      } else {
        for (HeaderElements.Element e : encs) {
          if (e.q() > 0) {
            String enc = e.value().equals("*") ? s.defaultEncoding() : e.value();
            if (tryEncode(enc)) {
              return enc;
            }
          }
        }
        if (!charsets.contains("*")
            && !charsets.contains("iso-8859-1")
            && tryEncode("iso-8859-1")) {
          return "iso-8859-1";
        }
      }
      String ac = request.headers().get("Accept-Charset");
      String msg =
          ac == null
              ? "Your client did not send an Accept-Charset header."
              : "Your client sent this Accept-Charset header: " + ac + ".";
      throw new HTTPError(
          406, msg + " We tried these charsets: " + String.join(", ", attempted) + ".");
    }

    /** The body's chunks, read once: a one-shot iterator may be tried with several charsets. */
    private List<Object> chunks() {
      if (chunks == null) {
        chunks = new ArrayList<>();
        Bodies.iterator(body).forEachRemaining(chunks::add);
      }
      return chunks;
    }

    private boolean tryEncode(String name) {
      attempted.add(name);
      Charset cs = Charsets.lookup(name);
      if (cs == null) {
        return false;
      }
      if (stream) {
        encoded = lazily(Bodies.iterator(body), cs, s.errors());
        return true;
      }
      List<Object> out = new ArrayList<>();
      // Only text is encoded; bytes, files and nested iterables (for tools.flatten) pass as they
      // are.
      for (Object chunk : chunks()) {
        if (chunk instanceof String) {
          byte[] b = encodeChunk((String) chunk, cs, s.errors());
          if (b == null) {
            return false;
          }
          out.add(b);
        } else {
          out.add(chunk);
        }
      }
      encoded = out.size() == 1 ? out.get(0) : out;
      return true;
    }
  }

  private static Iterator<Object> lazily(Iterator<Object> chunks, Charset cs, String errors) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return chunks.hasNext();
      }

      @Override
      public Object next() {
        Object c = chunks.next();
        if (c instanceof String) {
          byte[] b = encodeChunk((String) c, cs, errors);
          return b != null ? b : ((String) c).getBytes(cs);
        }
        return c;
      }
    };
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] encodeChunk(String text, Charset cs, String errors) {
    if (cs.equals(StandardCharsets.UTF_8) && !hasSurrogate(text)) {
      // Without surrogates every char has a UTF-8 form: the JDK's fast path is exact here.
      return text.getBytes(StandardCharsets.UTF_8);
    }
    CharsetEncoder enc = cs.newEncoder();
    CodingErrorAction action =
        "strict".equals(errors)
            ? CodingErrorAction.REPORT
            : "ignore".equals(errors) ? CodingErrorAction.IGNORE : CodingErrorAction.REPLACE;
    enc.onMalformedInput(action).onUnmappableCharacter(action);
    try {
      ByteBuffer buf = enc.encode(CharBuffer.wrap(text));
      byte[] out = new byte[buf.remaining()];
      buf.get(out);
      return out;
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
