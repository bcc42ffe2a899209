package org.jcherry.samples.hello;

import org.jcherry.PopArgs;

/**
 * {@code /blog/2024/05/hello?x=1}: the first two segments are taken as the {@code year} and {@code
 * month} parameters (CherryPy's {@code popargs}), then {@link Entries} answers the rest.
 */
public class Blog {
  @PopArgs({"year", "month"})
  public final Entries entries = new Entries();
}
