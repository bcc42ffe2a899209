package org.jcherry.server;

import java.util.concurrent.ThreadFactory;

/**
 * Starts virtual threads. Its one implementation is compiled only where the build runs on a JDK 21+
 * ({@code src/main/java21}, the {@code jdk21} profile), so the runtime still targets and runs on
 * 17; {@link VirtualThreads} finds it with {@link java.util.ServiceLoader}. Not user API.
 */
public interface VirtualThreadFactory {
  /** Makes unstarted virtual threads named {@code name}; made once per server, safe to share. */
  ThreadFactory named(String name);
}
