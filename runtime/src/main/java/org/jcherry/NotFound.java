package org.jcherry;

/** A 404 whose message names the path: {@code The path '/x' was not found.} */
public class NotFound extends HTTPError {
  private static final long serialVersionUID = 1L;

  /** The current request's path (script name and path info). */
  public NotFound() {
    this(Cherry.currentPath());
  }

  public NotFound(String path) {
    super(404, "The path '" + path + "' was not found.");
  }
}
