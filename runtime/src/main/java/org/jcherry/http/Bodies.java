package org.jcherry.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The shapes a handler's return value may take, brought to a list or iterator of chunks. */
public final class Bodies {
  public static final String UNICODE_ERROR =
      "Page handlers MUST return bytes. Use tools.encode if you wish to return unicode.";

  private Bodies() {}

  /**
   * Whether {@code body} is produced piece by piece (an Iterable, Iterator or Stream). A {@code
   * Path} is an Iterable of its names, but as a body it is a file.
   */
  public static boolean isIterable(Object body) {
    return (body instanceof Iterable && !(body instanceof Path))
        || body instanceof Iterator
        || body instanceof Stream;
  }

  /** The chunks of an iterable body, in order, without collecting them. */
  @SuppressWarnings("unchecked")
  public static Iterator<Object> iterator(Object body) {
    if (body instanceof Iterable && !(body instanceof Path)) {
      return ((Iterable<Object>) body).iterator();
    }
    if (body instanceof Iterator) {
      return (Iterator<Object>) body;
    }
    if (body instanceof Stream) {
      return ((Stream<Object>) body).iterator();
    }
    List<Object> one = new ArrayList<>(1);
    if (body != null) {
      one.add(body);
    }
    return one.iterator();
  }

  /** The whole body as bytes, read and closed (CherryPy's {@code collapse_body}). */
  public static byte[] collect(Object body) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    if (body instanceof byte[]) {
      return (byte[]) body;
    }
    if (body instanceof String) {
      throw new IllegalStateException(UNICODE_ERROR);
    }
    if (body instanceof InputStream) {
      try (InputStream in = (InputStream) body) {
        return in.readAllBytes();
      }
    }
    if (body instanceof Path) {
      return Files.readAllBytes((Path) body);
    }
    if (!Bodies.isIterable(body)) {
      throw new IllegalStateException(
          "A page handler returned a "
              + body.getClass().getName()
              + "; return a String, byte[], an Iterable, Iterator or Stream of them, an InputStream, a Path or null.");
    }
    List<byte[]> parts = new ArrayList<>();
    int size = 0;
    Iterator<Object> it = Bodies.iterator(body);
    try {
      while (it.hasNext()) {
        byte[] b = toBytes(it.next());
        parts.add(b);
        size += b.length;
      }
    } finally {
      closeQuietly(body);
    }
    byte[] out = new byte[size];
    int pos = 0;
    for (byte[] b : parts) {
      System.arraycopy(b, 0, out, pos, b.length);
      pos += b.length;
    }
    return out;
  }

  /** One chunk of a body as bytes; text is an error, as a handler must have it encoded. */
  public static byte[] toBytes(Object o) {
    if (o instanceof byte[]) {
      return (byte[]) o;
    }
    if (o instanceof String) {
      throw new IllegalStateException(UNICODE_ERROR);
    }
    if (o == null) {
      return new byte[0];
    }
    if (isIterable(o)) {
      throw new IllegalStateException("A body chunk is itself iterable; turn on tools.flatten.");
    }
    throw new IllegalStateException(
        "A body chunk of type " + o.getClass().getName() + " cannot be sent.");
  }

  private static void closeQuietly(Object body) {
    if (body instanceof AutoCloseable) {
      try {
        ((AutoCloseable) body).close();
      } catch (Exception ignored) {
        // A body that fails to close has already delivered its content.
      }
    }
  }
}
