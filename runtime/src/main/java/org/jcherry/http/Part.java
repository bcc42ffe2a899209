package org.jcherry.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One part of a multipart body that carried a file (CherryPy's {@code Part}). Small parts stay in
 * memory; larger ones are spooled to a temporary file that is deleted when the request ends.
 */
public final class Part {
  private final String name;
  private final String filename;
  private final String contentType;
  private final HeaderMap headers;
  private final byte[] bytes;
  private final Path file;
  private final long size;

  public Part(
      String name,
      String filename,
      String contentType,
      HeaderMap headers,
      byte[] bytes,
      Path file,
      long size) {
    this.name = name;
    this.filename = filename;
    this.contentType = contentType;
    this.headers = headers;
    this.bytes = bytes;
    this.file = file;
    this.size = size;
  }

  /** The form field name. */
  public String name() {
    return name;
  }

  /** The file name the client gave, or {@code null}. */
  public String filename() {
    return filename;
  }

  public String contentType() {
    return contentType;
  }

  public HeaderMap headers() {
    return headers;
  }

  /** Size in bytes. */
  public long size() {
    return size;
  }

  /** The content, read from memory or the spool file. */
  public InputStream open() throws IOException {
    return file != null ? Files.newInputStream(file) : new java.io.ByteArrayInputStream(bytes);
  }

  /** The whole content as bytes. */
  public byte[] bytes() throws IOException {
    return file != null ? Files.readAllBytes(file) : bytes.clone();
  }

  /** The whole content decoded with {@code charset}. */
  public String text(Charset charset) throws IOException {
    return new String(bytes(), charset);
  }

  /** The spool file, or {@code null} while the part is in memory. */
  public Path file() {
    return file;
  }
}
