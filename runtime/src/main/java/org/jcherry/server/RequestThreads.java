package org.jcherry.server;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Where a server runs its requests after the IO thread hands them off: {@link WorkerPool}'s {@code
 * thread_pool} platform threads, or on JDK 21+ a virtual thread each, at most {@code thread_pool}
 * at once ({@link VirtualRequestThreads}).
 */
interface RequestThreads extends Executor {
  String NAME = "CP Server Thread";

  /**
   * Runs {@code task} later on a request thread.
   *
   * @throws RejectedExecutionException once {@link #stop} was called (Undertow answers 503)
   */
  @Override
  void execute(Runnable task);

  /** Takes no more requests; those already given run to their end. */
  void stop();

  static RequestThreads of(ServerSettings settings) {
    return settings.virtualThreads()
        ? new VirtualRequestThreads(settings.threadPool(), NAME)
        : new WorkerPool(settings.threadPool(), NAME);
  }
}
