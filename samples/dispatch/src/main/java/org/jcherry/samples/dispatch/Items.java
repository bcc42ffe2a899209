package org.jcherry.samples.dispatch;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jcherry.Cherry;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.NotFound;

/** {@code /api/items[/ID]}: a REST collection answering from a fixed table. */
public class Items {
  private static final Map<String, String> ITEMS =
      new TreeMap<>(Map.of("1", "apple", "2", "banana", "3", "cherry"));

  @Expose
  public String GET(Optional<String> item_id) {
    if (item_id.isEmpty()) {
      return ITEMS.entrySet().stream()
          .map(e -> e.getKey() + ":" + e.getValue())
          .collect(Collectors.joining(","));
    }
    String name = ITEMS.get(item_id.get());
    if (name == null) {
      throw new NotFound();
    }
    return "item " + item_id.get() + " is " + name;
  }

  @Expose
  public String POST(@Default("unnamed") String name) {
    Cherry.response().setStatus(201);
    Cherry.response().headers().put("Location", Cherry.url("/items/4"));
    return "created " + name;
  }

  @Expose
  public String PUT(String item_id, @Default("unnamed") String name) {
    return "replaced " + item_id + " with " + name;
  }

  @Expose
  public void DELETE(String item_id) {
    if (!ITEMS.containsKey(item_id)) {
      throw new NotFound();
    }
    Cherry.response().setStatus(204);
  }
}
