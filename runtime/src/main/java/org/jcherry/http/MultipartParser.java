package org.jcherry.http;

import java.io.IOException;
import java.io.InputStream;
import org.jcherry.HTTPError;

/** Parses {@code multipart/form-data} bodies into fields (text) and file parts. */
final class MultipartParser {
  private MultipartParser() {}

  static void parse(InputStream in, HeaderElements.Element type, long maxBytes, Params into) throws IOException {
    throw new HTTPError(415, "multipart bodies are not supported yet");
  }
}
