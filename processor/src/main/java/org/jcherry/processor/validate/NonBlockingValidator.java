package org.jcherry.processor.validate;

import javax.lang.model.element.AnnotationMirror;
import org.jcherry.processor.model.ConfigEntry;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;
import org.jcherry.processor.model.ParameterBinding;

/**
 * Rules for {@code @NonBlocking}: a handler that may run on the IO thread must not need a blocking
 * read to be called, so it takes no file upload ({@code Part}), no {@code Session} (a store lookup)
 * and does not turn on {@code tools.json_in} (a body read) in its own or its class's config.
 */
final class NonBlockingValidator implements ClassValidator {
  private static final String JSON_IN = "tools.json_in.on";

  @Override
  public void validate(HandlerClassModel model, ClassErrors errors) {
    for (HandlerMethodModel h : model.handlers()) {
      h.nonBlocking().ifPresent(annotation -> check(model, h, annotation, errors));
    }
  }

  private static void check(
      HandlerClassModel model,
      HandlerMethodModel h,
      AnnotationMirror annotation,
      ClassErrors errors) {
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
    for (ConfigEntry e : h.config()) {
      if (turnsOnJsonIn(e)) {
        errors.error(jsonIn(h, "its"), e.element(), e.annotation(), e.source());
      }
    }
    for (ConfigEntry e : model.config()) {
      if (turnsOnJsonIn(e)) {
        errors.error(jsonIn(h, "its class's"), h.element(), annotation);
      }
    }
  }

  private static boolean turnsOnJsonIn(ConfigEntry e) {
    return JSON_IN.equals(e.key()) && Boolean.TRUE.equals(e.value());
  }

  private static String jsonIn(HandlerMethodModel h, String whose) {
    return "@NonBlocking "
        + h.methodName()
        + " cannot read a JSON body: "
        + whose
        + " config turns on "
        + JSON_IN
        + ", which reads the request body and may block; remove @NonBlocking or the entry";
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
