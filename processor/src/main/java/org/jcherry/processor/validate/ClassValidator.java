package org.jcherry.processor.validate;

import org.jcherry.processor.model.HandlerClassModel;

/** One family of rules over a handler class; reports every problem it finds. */
interface ClassValidator {
  void validate(HandlerClassModel model, ClassErrors errors);
}
