package org.jcherry.http;

import java.util.Set;

/** The request's body entity, CherryPy's {@code request.body}. */
public final class RequestBody {
  private Set<String> paramNames = Set.of();

  /** Names of the parameters read from the body. */
  public Set<String> paramNames() {
    return paramNames;
  }

  public void setParamNames(Set<String> paramNames) {
    this.paramNames = Set.copyOf(paramNames);
  }
}
