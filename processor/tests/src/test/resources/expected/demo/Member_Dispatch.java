package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.Invocation;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.PageHandlers;

/**
 * Dispatch table for {@link Member}, written by the JCherry annotation processor.
 * It serves:
 *
 * <pre>
 *   /profile    profile()
 * </pre>
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Member_Dispatch implements DispatchTable<Member> {
  private static final PageHandlers<Member> HANDLERS = new PageHandlers<>(Member_Dispatch::call);

  /**
   * {@code /profile}: {@link Member#profile()}
   */
  static final PageHandler<Member> PROFILE = HANDLERS.row(0, "Member.profile", PageHandlers.NO_CONFIG);

  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Member_Dispatch() {
  }

  @Override
  public Class<Member> nodeType() {
    return Member.class;
  }

  /**
   * Calls the method of row {@code id} on {@code node} with its bound arguments.
   */
  private static Object call(int id, Member node, Invocation call, Arguments args) throws
      Exception {
    switch (id) {
      case 0: // /profile
        return node.profile();
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Member> handler(String name) {
    switch (name) {
      case "profile": return PROFILE; // /profile
      default: return null;
    }
  }

  @Override
  public Object child(Member node, String name) {
    return null;
  }

  @Override
  public List<String> handlerNames() {
    return PageHandlers.names("profile");
  }

  @Override
  public List<Route> routes() {
    return List.of(
            Route.handler("/profile", "profile()"));
  }
}
