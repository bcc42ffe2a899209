package bodies;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Expose;
import org.jcherry.NonBlocking;
import org.jcherry.http.Part;
import org.jcherry.tools.json.JsonIn;

/**
 * The bodies benchmark's app (bench/bodies.sh): {@code POST /upload} reads a multipart file part as
 * a stream and answers its size; {@code POST /echo} answers the JSON it was sent (json_in, then
 * json_out), on the IO thread: its 1 KB body is whole in memory when the request starts ({@code
 * POST /worker/echo}: the same on a worker). Run as {@code Root PORT}.
 */
public class Root {
  public final Worker worker = new Worker();

  @Expose
  public String upload(Part file) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long size = 0;
    try (InputStream in = file.open()) {
      for (int n; (n = in.read(buf)) >= 0; ) {
        size += n;
      }
    }
    return Long.toString(size);
  }

  @Expose
  @NonBlocking
  @CpConfig({"tools.json_in.on = True", "tools.json_out.on = True"})
  public Object echo() {
    return JsonIn.json(Cherry.request());
  }

  public static void main(String[] args) {
    Map<String, Object> global = new LinkedHashMap<>();
    global.put("server.socket_port", Integer.parseInt(args[0]));
    global.put("log.screen", false);
    Cherry.quickstart(new Root(), "", Map.of("global", global));
  }
}
