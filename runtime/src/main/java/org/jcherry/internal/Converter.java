package org.jcherry.internal;

/**
 * Turns one request value (text) into a parameter's type. Generated code passes method references
 * such as {@code Integer::valueOf} or {@code Color::valueOf}; any exception means the value does
 * not convert, which the binder reports as a mismatch (404, or 400 for a body value).
 */
@FunctionalInterface
public interface Converter<V> {
  V convert(String text) throws Exception;
}
