package demo;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.Route;
import org.jcherry.internal.PageHandler;
import org.jcherry.internal.Signature;

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
  private static final Signature PROFILE_SIGNATURE = Signature.builder().build();

  /**
   * {@code /profile}: {@link Member#profile()}
   */
  static final PageHandler<Member> PROFILE = PageHandler.of("Member.profile", Map.of(), (node, call) -> {
    call.bind(PROFILE_SIGNATURE);
    return node.profile();
  });

  /**
   * Creates the table; {@link java.util.ServiceLoader} calls it.
   */
  public Member_Dispatch() {
  }

  @Override
  public Class<Member> nodeType() {
    return Member.class;
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
    return List.of("profile");
  }

  @Override
  public List<Route> routes() {
    return List.of(
            Route.handler("/profile", "profile()"));
  }
}
