package org.jcherry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a handler parameter takes when the request does not supply it, written as it would
 * appear in a query string: {@code @Default("1") int times}. The processor checks at compile time
 * that the text converts to the parameter's type.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PARAMETER)
public @interface Default {
  String value();
}
