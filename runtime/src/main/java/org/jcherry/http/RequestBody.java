package org.jcherry.http;

import java.util.List;
import java.util.Set;

/** The request's body entity, CherryPy's {@code request.body}. */
public final class RequestBody {
  private Set<String> paramNames = Set.of();
  private List<String> attemptCharsets = List.of("utf-8");

  /**
   * The charsets a form body is decoded with, in order, after the one it declares (CherryPy's
   * {@code attempt_charsets}; the decode tool changes them).
   */
  public List<String> attemptCharsets() {
    return attemptCharsets;
  }

  public void setAttemptCharsets(List<String> attemptCharsets) {
    this.attemptCharsets = List.copyOf(attemptCharsets);
  }

  /** Names of the parameters read from the body. */
  public Set<String> paramNames() {
    return paramNames;
  }

  public void setParamNames(Set<String> paramNames) {
    this.paramNames = Set.copyOf(paramNames);
  }
}
