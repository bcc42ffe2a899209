package org.jcherry.samples.features;

/** {@code /mid/leaf/...}: a node with no handlers of its own, on the way to {@link Leaf}. */
public class Mid {
  public final Leaf leaf = new Leaf();
}
