package org.jcherry.tools.statics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import org.jcherry.HTTPError;
import org.jcherry.NotFound;
import org.jcherry.http.Conditions;
import org.jcherry.http.HttpDates;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.http.Serving;

/**
 * Serves one file as the response, CherryPy's {@code lib.static.serve_file}: {@code Last-Modified}
 * and the conditional requests it allows, the type from the extension, an optional {@code
 * Content-Disposition}, and byte ranges (one range is a 206 with {@code Content-Range}, several a
 * {@code multipart/byteranges} 206, none satisfiable a 416).
 *
 * <p>Call it from a handler: {@code return FileServer.serve(path, null, null, null);}.
 */
public final class FileServer {
  private FileServer() {}

  /**
   * Serves {@code path} (absolute) for the current request and returns the body to return.
   *
   * @param contentType the type, or {@code null} to guess it from the extension
   * @param disposition {@code attachment} or {@code inline}, or {@code null} for no header
   * @param name the file name offered with the disposition, or {@code null} for the path's
   * @throws NotFound when the file does not exist or is a directory
   */
  public static Object serve(Path path, String contentType, String disposition, String name)
      throws IOException {
    Serving serving = Serving.now();
    Response response = serving.response();
    serve(serving.request(), response, path, contentType, disposition, name);
    return response.body();
  }

  /** As CherryPy's {@code serve_download}: an {@code application/x-download} attachment. */
  public static Object download(Path path, String name) throws IOException {
    return serve(path, "application/x-download", "attachment", name);
  }

  static void serve(
      Request request,
      Response response,
      Path path,
      String contentType,
      String disposition,
      String name)
      throws IOException {
    if (!path.isAbsolute()) {
      throw new IllegalArgumentException("'" + path + "' is not an absolute path.");
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException | InvalidPathException e) {
      throw new NotFound();
    }
    if (attrs.isDirectory()) {
      throw new NotFound();
    }
    response.headers().put("Last-Modified", HttpDates.format(attrs.lastModifiedTime().toInstant()));
    Conditions.validateSince(request, response);
    String type =
        contentType != null ? contentType : MimeTypes.guess(path.getFileName().toString());
    if (type != null) {
      response.headers().put("Content-Type", type);
    }
    if (disposition != null) {
      response
          .headers()
          .put(
              "Content-Disposition",
              contentDisposition(disposition, name != null ? name : path.getFileName().toString()));
    }
    long length = attrs.size();
    if (request.isHttp11()) {
      response.headers().put("Accept-Ranges", "bytes");
      List<ByteRanges.Span> ranges;
      try {
        ranges = ByteRanges.parse(request.headers().get("Range"), length);
      } catch (ByteRanges.Malformed e) {
        response.headers().put("Content-Range", "bytes */" + length);
        throw new HTTPError(416, e.getMessage());
      }
      if (ranges != null && ranges.isEmpty()) {
        response.headers().put("Content-Range", "bytes */" + length);
        throw new HTTPError(416, "Invalid Range (first-byte-pos greater than Content-Length)");
      }
      if (ranges != null) {
        response.setStatus(206);
        if (ranges.size() == 1) {
          ByteRanges.Span r = ranges.get(0);
          response
              .headers()
              .put("Content-Range", "bytes " + r.start() + "-" + (r.stop() - 1) + "/" + length);
          response.headers().put("Content-Length", Long.toString(r.length()));
          response.setBody(read(path, r));
        } else {
          String boundary = UUID.randomUUID().toString().replace("-", "");
          response.headers().put("Content-Type", "multipart/byteranges; boundary=" + boundary);
          response.headers().remove("Content-Length");
          response.setBody(multipart(path, ranges, boundary, type, length));
        }
        return;
      }
    }
    response.headers().put("Content-Length", Long.toString(length));
    response.setBody(path);
  }

  private static byte[] multipart(
      Path path, List<ByteRanges.Span> ranges, String boundary, String type, long length)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ascii("\r\n"));
    for (ByteRanges.Span r : ranges) {
      out.write(
          ascii(
              "--"
                  + boundary
                  + "\r\nContent-type: "
                  + type
                  + "\r\nContent-range: bytes "
                  + r.start()
                  + "-"
                  + (r.stop() - 1)
                  + "/"
                  + length
                  + "\r\n\r\n"));
      out.write(read(path, r));
      out.write(ascii("\r\n"));
    }
    out.write(ascii("--" + boundary + "--\r\n"));
    return out.toByteArray();
  }

  private static byte[] read(Path path, ByteRanges.Span r) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate((int) Math.min(r.length(), Integer.MAX_VALUE - 8));
      long pos = r.start();
      while (buf.hasRemaining()) {
        int n = ch.read(buf, pos);
        if (n < 0) {
          break;
        }
        pos += n;
      }
      byte[] out = new byte[buf.position()];
      buf.flip().get(out);
      return out;
    }
  }

  /**
   * RFC 6266 appendix D: an ASCII {@code filename}, plus {@code filename*} when the name is not
   * ASCII.
   */
  static String contentDisposition(String disposition, String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[^\\x00-\\x7F]", "");
    String header = disposition + "; filename=\"" + ascii + "\"";
    if (!ascii.equals(name)) {
      header +=
          "; filename*=UTF-8''"
              + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
    return header;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
