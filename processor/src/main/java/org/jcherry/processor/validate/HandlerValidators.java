package org.jcherry.processor.validate;

import java.util.List;
import org.jcherry.processor.model.HandlerClassModel;

/** Runs every rule family over a handler class. */
public final class HandlerValidators {
  private final List<ClassValidator> validators =
      List.of(
          new ClassShapeValidator(),
          new ExposeValidator(),
          new ParameterValidator(),
          new NonBlockingValidator(),
          new NameValidator(),
          new DispatchHookValidator(),
          new ConfigValidator(),
          new AppRootValidator());

  /**
   * Reports every problem of {@code model}; true when there is none and its files may be written.
   */
  public boolean validate(HandlerClassModel model, ErrorReporter reporter) {
    ClassErrors errors = reporter.forClass(model.element());
    for (ClassValidator v : validators) {
      v.validate(model, errors);
    }
    return !errors.failed();
  }
}
