package org.jcherry.server;

import java.util.concurrent.ThreadFactory;

/** The JDK 21+ {@link VirtualThreadFactory}: {@link Thread#ofVirtual()}. */
public final class VirtualThreadStarter implements VirtualThreadFactory {
  @Override
  public ThreadFactory named(String name) {
    // A factory, unlike a builder, may be used by many threads at once: the IO threads.
    return Thread.ofVirtual().name(name).factory();
  }
}
