package org.jcherry.server;

/** The JDK 21+ {@link VirtualThreadFactory}: {@link Thread#ofVirtual()}. */
public final class VirtualThreadStarter implements VirtualThreadFactory {
  @Override
  public Thread start(String name, Runnable task) {
    return Thread.ofVirtual().name(name).start(task);
  }
}
