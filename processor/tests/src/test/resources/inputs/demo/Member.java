package demo;

import org.jcherry.Expose;

/** One user, as Users.route finds it. */
public class Member {
  private final String name;

  public Member(String name) {
    this.name = name;
  }

  @Expose
  public String profile() {
    return "profile of " + name;
  }
}
