package org.jcherry.http;

import java.nio.file.Path;
import java.util.Iterator;

/**
 * A finalised response's body, as the server writes it: bytes with a known length, a file the
 * server sends from the disk without copying it through the heap, or chunks produced while they are
 * written (a streamed response). Whatever a handler returned (a String, an Iterable, a Path...) has
 * become one of these once the application finalised the response.
 */
public sealed interface ResponseBody {
  /** No body: a HEAD-less 204 or 304, or an empty page. */
  Bytes EMPTY = new Bytes(new byte[0]);

  /** The body as it was before it became this one, for {@link Response#body()}. */
  Object value();

  /** A body of known length. */
  record Bytes(byte[] bytes) implements ResponseBody {
    @Override
    public Object value() {
      return bytes;
    }
  }

  /**
   * A file of the default file system, {@code length} bytes from its start: the server hands it to
   * the kernel ({@code sendfile}) rather than reading it into memory.
   */
  record File(Path path, long length) implements ResponseBody {
    @Override
    public Object value() {
      return path;
    }
  }

  /** A streamed body, produced chunk by chunk as the server writes it. */
  record Chunks(Iterator<byte[]> chunks) implements ResponseBody {
    @Override
    public Object value() {
      return chunks;
    }
  }
}
