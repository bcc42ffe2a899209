package org.jcherry.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jcherry.HTTPError;
import org.jcherry.http.Bodies;
import org.jcherry.http.Response;
import org.jcherry.http.ResponseBody;

/**
 * CherryPy's {@code response.finalize()}: checks the status, drops the body where HTTP forbids one,
 * and either collects the body into bytes with a {@code Content-Length} (a file on disk keeps its
 * path, for the server to send without reading it) or, for a streamed response, leaves it as an
 * iterator of byte chunks.
 */
final class ResponseFinalizer {
  private static final int CHUNK = 64 * 1024;

  private ResponseFinalizer() {}

  static void finalizeResponse(Response response) throws IOException {
    if (response.invalidStatus() != null) {
      throw new HTTPError(
          500, "Illegal response status from server (" + response.invalidStatus() + ").");
    }
    int code = response.status();
    if (response.stream()) {
      response.finish(new ResponseBody.Chunks(chunks(response.body())));
    } else if (code < 200 || code == 204 || code == 205 || code == 304) {
      response.headers().remove("Content-Length");
      response.finish(ResponseBody.EMPTY);
    } else {
      long length = regularFileLength(response.body());
      ResponseBody body;
      if (length >= 0) {
        // Sent by the server straight from the disk, not read into the heap.
        body = new ResponseBody.File((Path) response.body(), length);
      } else {
        byte[] content = Bodies.collect(response.body());
        body = new ResponseBody.Bytes(content);
        length = content.length;
      }
      response.finish(body);
      if (response.headers().get("Content-Length") == null) {
        response.headers().put("Content-Length", Long.toString(length));
      }
    }
  }

  /**
   * The length of a body that is a regular file of the default file system, else -1: a file in a
   * jar (a zip file system) is read into bytes, and a directory or a missing file fails there as it
   * always did.
   */
  private static long regularFileLength(Object body) {
    if (!(body instanceof Path path) || path.getFileSystem() != FileSystems.getDefault()) {
      return -1;
    }
    try {
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
      return attrs.isRegularFile() ? attrs.size() : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** The body as byte chunks, produced as the server writes them. */
  static Iterator<byte[]> chunks(Object body) throws IOException {
    if (body == null || body instanceof byte[]) {
      List<byte[]> one = new ArrayList<>(1);
      if (body != null) {
        one.add((byte[]) body);
      }
      return one.iterator();
    }
    if (body instanceof String) {
      throw new IllegalStateException(Bodies.UNICODE_ERROR);
    }
    if (body instanceof Path) {
      return streamChunks(Files.newInputStream((Path) body));
    }
    if (body instanceof InputStream) {
      return streamChunks((InputStream) body);
    }
    Iterator<Object> it = Bodies.iterator(body);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public byte[] next() {
        return Bodies.toBytes(it.next());
      }
    };
  }

  private static Iterator<byte[]> streamChunks(InputStream in) {
    return new Iterator<>() {
      private byte[] next;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (next == null && !done) {
          try {
            byte[] buf = in.readNBytes(CHUNK);
            if (buf.length == 0) {
              done = true;
              in.close();
            } else {
              next = buf;
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return next != null;
      }

      @Override
      public byte[] next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        byte[] b = next;
        next = null;
        return b;
      }
    };
  }
}
