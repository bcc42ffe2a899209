package org.jcherry.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * The request's body entity, CherryPy's {@code request.body}. When the body was processed (a method
 * of {@code request.methods_with_bodies} and {@code request.process_request_body} on), forms and
 * multipart bodies are already parameters and any other body waits here to be read; otherwise only
 * {@link Request#rfile()} gives the bytes.
 */
public final class RequestBody {
  private final long maxBytes;
  private Set<String> paramNames = Set.of();
  private InputStream fp;
  private List<String> attemptCharsets;

  /** A body entity of a request read under {@code maxBytes}, trying {@code attemptCharsets}. */
  RequestBody(long maxBytes, List<String> attemptCharsets) {
    this.maxBytes = maxBytes;
    this.attemptCharsets = List.copyOf(attemptCharsets);
  }

  /**
   * {@code request.body.maxbytes}: the most bytes of body read for this request (a 413 beyond), 0
   * for no limit. A tool that reads the body itself (json_in) holds to it too.
   */
  public long maxBytes() {
    return maxBytes;
  }

  /** Names of the parameters read from the body. */
  public Set<String> paramNames() {
    return paramNames;
  }

  public void setParamNames(Set<String> paramNames) {
    this.paramNames = Set.copyOf(paramNames);
  }

  /** Whether the body was processed, so {@link #read()} may be used. */
  public boolean processed() {
    return fp != null;
  }

  /**
   * The charsets {@link #fullvalue()} tries, in order: the Content-Type's own, then {@code
   * request.body.attempt_charsets}, then ISO-8859-1 for {@code text/*}. Before the body is read:
   * the configured charsets as the request processor set them, or as a tool changed them.
   */
  public List<String> attemptCharsets() {
    return attemptCharsets;
  }

  /**
   * Before the body is read, sets the charsets to try instead of {@code
   * request.body.attempt_charsets} (the decode tool does, at before_request_body).
   */
  public void setAttemptCharsets(List<String> attemptCharsets) {
    this.attemptCharsets = List.copyOf(attemptCharsets);
  }

  /**
   * The rest of the body's bytes ({@code b""} once a form or multipart body has been parsed).
   *
   * @throws IllegalStateException when the body was not processed (read {@link Request#rfile()})
   * @throws org.jcherry.HTTPError 413 past {@code request.body.maxbytes}
   */
  public byte[] read() throws IOException {
    if (fp == null) {
      throw new IllegalStateException(
          "The request body was not processed (request.process_request_body is off or the method is not in"
              + " request.methods_with_bodies); read Request.rfile() instead.");
    }
    return fp.readAllBytes();
  }

  /**
   * The rest of the body as text, decoded with the first of {@link #attemptCharsets()} that fits.
   *
   * @throws org.jcherry.HTTPError 400 when none does
   */
  public String fullvalue() throws IOException {
    return Charsets.decode(read(), attemptCharsets);
  }

  /** Called by the body reader when it processes the body. */
  void open(InputStream fp, List<String> attemptCharsets) {
    this.fp = fp;
    this.attemptCharsets = List.copyOf(attemptCharsets);
  }
}
