package org.jcherry.server;

import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Whether this JVM and this build of the runtime have virtual threads: a JDK 21+ at run time, and
 * the {@link VirtualThreadFactory} that only a JDK 21+ build compiles. Looked up once.
 */
final class VirtualThreads {
  private static final VirtualThreadFactory FACTORY = find();

  private VirtualThreads() {}

  static boolean available() {
    return FACTORY != null;
  }

  static VirtualThreadFactory factory() {
    if (FACTORY == null) {
      throw new IllegalStateException("no virtual threads: " + why());
    }
    return FACTORY;
  }

  /** Why there are none, for the message of a {@code virtual_threads = True} that cannot be. */
  static String why() {
    if (Runtime.version().feature() < 21) {
      return "this JVM is " + Runtime.version().feature();
    }
    return FACTORY == null ? "this runtime was built with a JDK below 21" : "they are there";
  }

  private static VirtualThreadFactory find() {
    // The version check first: on 17 the class of a JDK 21 build must not even be loaded.
    if (Runtime.version().feature() < 21) {
      return null;
    }
    try {
      Iterator<VirtualThreadFactory> it =
          ServiceLoader.load(VirtualThreadFactory.class, VirtualThreads.class.getClassLoader())
              .iterator();
      return it.hasNext() ? it.next() : null;
    } catch (ServiceConfigurationError e) {
      return null;
    }
  }
}
