package sessions;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.Expose;
import org.jcherry.session.Session;

/**
 * The sessions benchmark's app (bench/sessions.sh): {@code /} adds one to the session's counter and
 * answers {@code count=N}, so every request loads and saves its session. Run as {@code Root PORT
 * none|ram|redis [REDIS_URL]}: without sessions (the handler then answers {@code count=0}), or with
 * {@code tools.sessions} on in RAM or in Redis, its defaults otherwise.
 */
public class Root {
  private final boolean sessions;

  Root(boolean sessions) {
    this.sessions = sessions;
  }

  @Expose
  public String index() {
    if (!sessions) {
      return "count=0";
    }
    Session session = Cherry.session();
    int count = session.getInt("count", 0) + 1;
    session.put("count", count);
    return "count=" + count;
  }

  public static void main(String[] args) {
    String storage = args[1];
    Map<String, Object> global = new LinkedHashMap<>();
    global.put("server.socket_port", Integer.parseInt(args[0]));
    global.put("log.screen", false);
    Map<String, Object> root = new LinkedHashMap<>();
    if (!storage.equals("none")) {
      root.put("tools.sessions.on", true);
      root.put("tools.sessions.storage_type", storage);
      if (storage.equals("redis")) {
        root.put("tools.sessions.redis_url", args[2]);
      }
    }
    Cherry.quickstart(new Root(!storage.equals("none")), "", Map.of("global", global, "/", root));
  }
}
