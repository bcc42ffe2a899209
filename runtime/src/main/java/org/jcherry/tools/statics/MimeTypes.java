package org.jcherry.tools.statics;

import java.util.Locale;
import java.util.Map;

/**
 * Content types by file extension, as Python's {@code mimetypes} table (with CherryPy's additions)
 * gives them for the files a web site serves; an unknown extension gets no Content-Type.
 */
public final class MimeTypes {
  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("txt", "text/plain"),
          Map.entry("text", "text/plain"),
          Map.entry("html", "text/html"),
          Map.entry("htm", "text/html"),
          Map.entry("css", "text/css"),
          Map.entry("csv", "text/csv"),
          Map.entry("xml", "text/xml"),
          Map.entry("js", "application/javascript"),
          Map.entry("mjs", "application/javascript"),
          Map.entry("json", "application/json"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"),
          Map.entry("gz", "application/x-gzip"),
          Map.entry("tar", "application/x-tar"),
          Map.entry("bin", "application/octet-stream"),
          Map.entry("exe", "application/octet-stream"),
          Map.entry("wasm", "application/wasm"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("webp", "image/webp"),
          Map.entry("bmp", "image/bmp"),
          Map.entry("mp3", "audio/mpeg"),
          Map.entry("wav", "audio/x-wav"),
          Map.entry("mp4", "video/mp4"),
          Map.entry("webm", "video/webm"),
          Map.entry("woff", "font/woff"),
          Map.entry("woff2", "font/woff2"));

  private MimeTypes() {}

  /** The type of {@code fileName} by its extension, or {@code null}. */
  public static String guess(String fileName) {
    return BY_EXTENSION.get(extension(fileName).toLowerCase(Locale.ROOT));
  }

  /** The extension of {@code fileName} without the dot, {@code ""} when it has none. */
  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return dot < 0 || dot < slash ? "" : fileName.substring(dot + 1);
  }
}
