package org.jcherry.http;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** The shapes a handler's return value may take, brought to a list or iterator of chunks. */
public final class Bodies {
  private Bodies() {}

  /** Whether {@code body} is produced piece by piece (an Iterable, Iterator or Stream). */
  public static boolean isIterable(Object body) {
    return body instanceof Iterable || body instanceof Iterator || body instanceof Stream;
  }

  /** Whether {@code body} is read from a stream or file rather than held in memory. */
  public static boolean isFileLike(Object body) {
    return body instanceof InputStream || body instanceof Path;
  }

  /** The chunks of an iterable body, in order, without collecting them. */
  @SuppressWarnings("unchecked")
  public static Iterator<Object> iterator(Object body) {
    if (body instanceof Iterable) {
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

  /** CherryPy's {@code prepare_iter}: every body as a list of chunks (String or byte[] or other). */
  public static List<Object> chunks(Object body) {
    List<Object> out = new ArrayList<>();
    Iterator<Object> it = iterator(body);
    while (it.hasNext()) {
      Object o = it.next();
      if (isIterable(o)) {
        throw new IllegalStateException("a body chunk is itself iterable; turn on tools.flatten");
      }
      out.add(o);
    }
    return out;
  }
}
