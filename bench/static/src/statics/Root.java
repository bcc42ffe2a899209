package statics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.Expose;

/**
 * The static-file benchmark's app (bench/static.sh): the files of {@code DIR} under {@code
 * /static/} through {@code tools.staticdir}, with its defaults otherwise. Run as {@code Root PORT
 * DIR}.
 */
public class Root {
  @Expose
  public String index() {
    return "static files under /static/";
  }

  public static void main(String[] args) {
    Map<String, Object> global = new LinkedHashMap<>();
    global.put("server.socket_port", Integer.parseInt(args[0]));
    global.put("log.screen", false);
    Map<String, Object> statics = new LinkedHashMap<>();
    statics.put("tools.staticdir.on", true);
    statics.put("tools.staticdir.dir", args[1]);
    Cherry.quickstart(new Root(), "", Map.of("global", global, "/static", statics));
  }
}
