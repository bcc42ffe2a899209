package demo;

import java.util.List;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.Arguments;
import org.jcherry.internal.HandlerRow;
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
public final class Member_Dispatch implements DispatchTable<Member>, PageHandlers.Calls<Member> {
  /**
   * The handlers, one row per exposed method; a row's number is its position.
   */
  private final PageHandlers<Member> handlers = new PageHandlers<Member>(
      this,
      // 0: /profile
      HandlerRow.of("Member.profile", "profile"));

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
  @Override
  public Object call(int id, Member node, Invocation call, Arguments args) throws Exception {
    switch (id) {
      case 0: return node.profile(); // /profile
      default:
        throw new IllegalArgumentException("no handler " + id);
    }
  }

  @Override
  public PageHandler<Member> handler(String name) {
    return handlers.handler(name);
  }

  @Override
  public Object child(Member node, String name) {
    return null;
  }

  @Override
  public List<String> handlerNames() {
    return handlers.names();
  }

  @Override
  public List<Route> routes() {
    return Route.list(
            Route.handler("/profile", "profile()"));
  }
}
