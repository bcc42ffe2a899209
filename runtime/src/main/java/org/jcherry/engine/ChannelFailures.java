package org.jcherry.engine;

import java.util.List;

/**
 * The failures of one channel's listeners, raised after every listener of the channel ran, as
 * CherryPy's {@code ChannelFailures}; each failure is also a suppressed exception of this one.
 */
public final class ChannelFailures extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String channel;

  ChannelFailures(String channel, List<Exception> failures) {
    super("listeners of '" + channel + "' failed: " + summary(failures), failures.get(0));
    this.channel = channel;
    for (Exception e : failures.subList(1, failures.size())) {
      addSuppressed(e);
    }
  }

  public String channel() {
    return channel;
  }

  private static String summary(List<Exception> failures) {
    StringBuilder sb = new StringBuilder();
    for (Exception e : failures) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(e.getMessage() == null ? e.toString() : e.getMessage());
    }
    return sb.toString();
  }
}
