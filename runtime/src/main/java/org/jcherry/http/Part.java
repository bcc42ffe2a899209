package org.jcherry.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One part of a multipart body that carried a file (CherryPy's {@code Part}). Small parts stay in
 * memory (and are written to a temporary file only if {@link #file()} is asked for); larger ones
 * are spooled to a temporary file. Temporary files are deleted when the request ends.
 */
public final class Part {
  private final String name;
  private final String filename;
  private final String contentType;
  private final HeaderMap headers;
  private final byte[] bytes;
  private final long size;
  private final TempFiles temps;

  /** The spool file: the parser's for a large part, else written on the first {@link #file()}. */
  private Path file;

  public Part(
      String name,
      String filename,
      String contentType,
      HeaderMap headers,
      byte[] bytes,
      Path file,
      long size,
      TempFiles temps) {
    this.name = name;
    this.filename = filename;
    this.contentType = contentType;
    this.headers = headers;
    this.bytes = bytes;
    this.file = file;
    this.size = size;
    this.temps = temps;
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
    return bytes == null ? Files.newInputStream(file) : new java.io.ByteArrayInputStream(bytes);
  }

  /** The whole content as bytes. */
  public byte[] bytes() throws IOException {
    return bytes == null ? Files.readAllBytes(file) : bytes.clone();
  }

  /** The whole content decoded with {@code charset}. */
  public String text(Charset charset) throws IOException {
    return new String(bytes(), charset);
  }

  /**
   * The content as a file, never {@code null} (CherryPy's {@code part.file} is always a readable
   * file): a large part's spool file, or for a small one kept in memory a temporary file written on
   * the first call. Either is deleted when the request ends; move or copy it to keep it.
   *
   * @throws UncheckedIOException when the temporary file cannot be written
   */
  public synchronized Path file() {
    if (file == null) {
      try {
        Path f = Files.createTempFile("jcherry-upload-", ".part");
        if (temps != null) {
          temps.add(f);
        }
        Files.write(f, bytes);
        file = f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /** Whether the content is in memory (a small part whose {@link #file()} was not asked for). */
  public synchronized boolean inMemory() {
    return bytes != null && file == null;
  }
}
