package demo;

import org.jcherry.PopArgs;

/** Popargs on a field: the popped year goes to the parameters, dispatch continues on years. */
public class Archive {
  @PopArgs("year")
  public final Year years = new Year();
}
