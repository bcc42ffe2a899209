package org.jcherry.processor.validate;

import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;
import org.jcherry.processor.model.ParameterBinding;

/**
 * Rules for {@code @NonBlocking}: a handler that may run on the IO thread must not need a blocking
 * read to be called, so it takes no file upload ({@code Part}: spooled to a file) and no {@code
 * Session} (a store lookup). A JSON or form body is no such read: the server serves a request on
 * the IO thread only with its body whole in memory, so {@code tools.json_in} and plain parameters
 * from the body are allowed.
 */
final class NonBlockingValidator implements ClassValidator {

  @Override
  public void validate(HandlerClassModel model, ClassErrors errors) {
    for (HandlerMethodModel h : model.handlers()) {
      if (h.nonBlocking().isPresent()) {
        check(h, errors);
      }
    }
  }

  private static void check(HandlerMethodModel h, ClassErrors errors) {
    for (ParameterBinding p : h.parameters()) {
      String why = blockingRead(p.kind());
      if (why != null) {
        errors.error(
            "@NonBlocking "
                + h.methodName()
                + " cannot take "
                + p.name()
                + ": "
                + why
                + "; remove @NonBlocking (the handler then runs on a worker) or the parameter",
            p.element());
      }
    }
  }

  /** Why binding a parameter of {@code kind} may block, or {@code null} when it does not. */
  private static String blockingRead(ParameterBinding.Kind kind) {
    switch (kind) {
      case PART:
        return "a file upload is read from the request body, which may block";
      case SESSION:
        return "a session is loaded from its store, which may block";
      default:
        return null;
    }
  }
}
