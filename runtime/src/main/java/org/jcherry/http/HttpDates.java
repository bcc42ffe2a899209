package org.jcherry.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * HTTP dates ({@code Sun, 06 Nov 1994 08:49:37 GMT}), as CherryPy's {@code httputil.HTTPDate}
 * writes them.
 */
public final class HttpDates {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private HttpDates() {}

  public static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** The date {@code seconds} from now. */
  public static String fromNow(long seconds) {
    return format(Instant.now().plusSeconds(seconds));
  }
}
