package org.jcherry.internal;

/** Where {@code popargs} and dispatch methods put the values they take from the path. */
@FunctionalInterface
public interface ParamSink {
  void put(String name, String value);
}
