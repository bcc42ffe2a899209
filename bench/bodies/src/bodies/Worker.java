package bodies;

import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Expose;
import org.jcherry.tools.json.JsonIn;

/**
 * {@code POST /worker/echo}: {@link Root#echo}'s JSON echo without {@code @NonBlocking}, so it is
 * served on a worker thread, as every handler is unless it declares it never blocks.
 */
public class Worker {
  @Expose
  @CpConfig({"tools.json_in.on = True", "tools.json_out.on = True"})
  public Object echo() {
    return JsonIn.json(Cherry.request());
  }
}
