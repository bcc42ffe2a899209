package waiting;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.Expose;

/**
 * The waiting-handler benchmark's app (bench/waiting.sh): {@code /} sleeps 50 ms, as a handler
 * waiting on a database would. Run as {@code Root PORT [virtual_threads] [thread_pool]}.
 */
public class Root {
  @Expose
  public String index() throws InterruptedException {
    Thread.sleep(50);
    return "waited";
  }

  public static void main(String[] args) {
    Map<String, Object> global = new LinkedHashMap<>();
    global.put("server.socket_port", Integer.parseInt(args[0]));
    global.put("log.screen", false);
    if (args.length > 1 && !args[1].isEmpty()) {
      global.put("server.virtual_threads", Boolean.parseBoolean(args[1]));
    }
    if (args.length > 2 && !args[2].isEmpty()) {
      global.put("server.thread_pool", Integer.parseInt(args[2]));
    }
    Cherry.quickstart(new Root(), "", Map.of("global", global));
  }
}
