package org.jcherry.app;

import org.jcherry.config.Setting;
import org.jcherry.dispatch.Dispatcher;
import org.jcherry.dispatch.ObjectTreeDispatcher;

/** Which dispatcher serves a path: {@code request.dispatch} from the app config, else the walk. */
final class DispatcherChoice {
  private static final Setting<Dispatcher> DISPATCH =
      Setting.instanceOf(
          "request.dispatch", Dispatcher.class, "a Dispatcher", ObjectTreeDispatcher.INSTANCE);

  private final AppConfig config;

  DispatcherChoice(AppConfig config) {
    this.config = config;
  }

  Dispatcher forPath(String pathInfo) {
    if (!config.configuresDispatch()) {
      return ObjectTreeDispatcher.INSTANCE;
    }
    return DISPATCH.read(
        config.find(pathInfo, DISPATCH.key(), null), "the app config of " + pathInfo);
  }
}
