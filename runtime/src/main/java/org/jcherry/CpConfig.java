package org.jcherry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Config entries for a handler class or method, CherryPy's {@code _cp_config}: each string is
 * {@code "namespace.key = value"}, the value written as in a CherryPy config file (a quoted string,
 * a number, {@code True}/{@code False}/{@code None}, or a list). Bare words are taken as strings.
 *
 * <pre>{@code @CpConfig({"tools.encode.encoding = 'iso-8859-1'", "tools.gzip.on = True"})}</pre>
 *
 * <p>The processor parses every entry at compile time and writes it into the class's generated
 * dispatch table as a literal map; a malformed entry is a compile error.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CpConfig {
  String[] value();
}
