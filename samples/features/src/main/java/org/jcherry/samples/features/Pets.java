package org.jcherry.samples.features;

import org.jcherry.Expose;

/** {@code /pets/...}: the runtime class of a child picks its table, as CherryPy's getattr would. */
public class Pets {
  public final Animal pet = new Dog();

  /** A node type whose instances may be of a subclass. */
  public static class Animal {
    @Expose
    public String speak() {
      return "...";
    }
  }

  /** Has its own table: {@code /pets/pet/speak} answers here, and so does {@code fetch}. */
  public static class Dog extends Animal {
    @Expose
    @Override
    public String speak() {
      return "woof";
    }

    @Expose
    public String fetch() {
      return "fetched";
    }
  }
}
