package org.jcherry.conformance;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Python's {@code gzip.decompress}: every member in turn, zero padding between members allowed, an
 * empty input is an empty output; a bad header, a truncated member or a wrong CRC or length is an
 * error with Python's message.
 */
final class Gzip {
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  private static final String TRUNCATED =
      "Compressed file ended before the end-of-stream marker was reached";

  /** A decompression error: Python's exception class name and message. */
  static final class GzipError extends Exception {
    private static final long serialVersionUID = 1L;

    GzipError(String message) {
      super(message);
    }
  }

  private Gzip() {}

  static byte[] decompress(byte[] data) throws GzipError {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      if (at >= data.length) {
        return out.toByteArray();
      }
      int p = header(data, at);
      Inflater inflater = new Inflater(true);
      ByteArrayOutputStream member = new ByteArrayOutputStream();
      CRC32 crc = new CRC32();
      try {
        inflater.setInput(data, p, data.length - p);
        byte[] buf = new byte[8192];
        while (!inflater.finished()) {
          int n = inflater.inflate(buf);
          if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
          member.write(buf, 0, n);
          crc.update(buf, 0, n);
        }
        if (!inflater.finished() || inflater.getRemaining() < 8) {
          throw new GzipError(TRUNCATED);
        }
        int trailer = data.length - inflater.getRemaining();
        long wantCrc = le32(data, trailer);
        long wantLength = le32(data, trailer + 4);
        if (wantCrc != crc.getValue()) {
          throw new GzipError("CRC check failed");
        }
        if (wantLength != (member.size() & 0xffffffffL)) {
          throw new GzipError("Incorrect length of data produced");
        }
        out.write(member.toByteArray(), 0, member.size());
        at = trailer + 8;
        while (at < data.length && data[at] == 0) {
          at++;
        }
      } catch (DataFormatException e) {
        throw new GzipError("Error -3 while decompressing data: " + e.getMessage());
      } finally {
        inflater.end();
      }
    }
  }

  /** Reads a member header at {@code at}; returns where the deflate stream starts. */
  private static int header(byte[] d, int at) throws GzipError {
    if (d.length - at < 2 || (d[at] & 0xff) != 0x1f || (d[at + 1] & 0xff) != 0x8b) {
      byte[] magic = java.util.Arrays.copyOfRange(d, at, Math.min(d.length, at + 2));
      throw new GzipError("Not a gzipped file (" + Py.repr(magic) + ")");
    }
    int p = at + 2;
    if (d.length - p < 8) {
      throw new GzipError(TRUNCATED);
    }
    int method = d[p] & 0xff;
    int flag = d[p + 1] & 0xff;
    p += 8;
    if (method != 8) {
      throw new GzipError("Unknown compression method");
    }
    if ((flag & FEXTRA) != 0) {
      if (d.length - p < 2) {
        throw new GzipError(TRUNCATED);
      }
      int len = (d[p] & 0xff) | (d[p + 1] & 0xff) << 8;
      p += 2;
      if (d.length - p < len) {
        throw new GzipError(TRUNCATED);
      }
      p += len;
    }
    if ((flag & FNAME) != 0) {
      while (p < d.length && d[p++] != 0) {
        // skip the file name
      }
    }
    if ((flag & FCOMMENT) != 0) {
      while (p < d.length && d[p++] != 0) {
        // skip the comment
      }
    }
    if ((flag & FHCRC) != 0) {
      if (d.length - p < 2) {
        throw new GzipError(TRUNCATED);
      }
      p += 2;
    }
    return p;
  }

  private static long le32(byte[] d, int at) {
    return (d[at] & 0xffL)
        | (d[at + 1] & 0xffL) << 8
        | (d[at + 2] & 0xffL) << 16
        | (d[at + 3] & 0xffL) << 24;
  }
}
