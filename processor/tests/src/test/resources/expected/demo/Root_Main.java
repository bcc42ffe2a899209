package demo;

import java.util.Map;
import javax.annotation.processing.Generated;
import org.jcherry.boot.AppMain;
import org.jcherry.boot.Launcher;

/**
 * Serves {@link Root} at {@code /shop}: generated from its {@code @AppRoot}. Run it with
 *
 * <pre>
 *   java -cp ... demo.Root_Main [-c FILE]... [-e ENV] [-p PIDFILE] [--host H] [--port P]
 *       [--routes | --check | --help]
 * </pre>
 * as CherryPy's {@code cherryd}; {@code --help} says what each option does.
 */
@Generated("org.jcherry.processor.JCherryProcessor")
public final class Root_Main implements AppMain {
  /**
   * For {@code ServiceLoader}: autoreload finds the app again in freshly compiled classes through it.
   */
  public Root_Main() {
  }

  /**
   * Applies the global config compiled in, then the config files, {@code -e}, {@code --host} and {@code --port}, mounts a new {@link Root} and serves it until the process is stopped (or lists its routes, or checks its config).
   */
  public static void main(String[] args) {
    Launcher.run(args, new Root_Main());
  }

  @Override
  public Class<?> rootType() {
    return Root.class;
  }

  @Override
  public Object newRoot() {
    return new Root();
  }

  @Override
  public String scriptName() {
    return "/shop";
  }

  /**
   * The global config of {@code @AppRoot(config)}.
   */
  @Override
  public Map<String, Object> globalConfig() {
    return Map.ofEntries(
            Map.entry("environment", "production"),
            Map.entry("server.socket_port", 9090L));
  }
}
