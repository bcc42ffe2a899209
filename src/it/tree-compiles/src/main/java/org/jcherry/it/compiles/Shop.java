package org.jcherry.it.compiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jcherry.CpConfig;
import org.jcherry.Expose;

/** Typed parameters, converted by generated code: enums, boxes, dates, lists, keyword maps. */
public class Shop {
  /** A colour a request names. */
  public enum Color {
    RED,
    GREEN
  }

  @Expose
  @CpConfig("tools.caching.on = False")
  public String item(
      UUID id,
      Optional<Integer> qty,
      List<String> tag,
      LocalDate since,
      BigDecimal price,
      Color color) {
    return id + " " + qty.orElse(1) + " " + tag + " " + since + " " + price + " " + color;
  }

  @Expose("search.json")
  public String search(long[] ids, Map<String, String> rest) {
    return ids.length + " " + rest;
  }
}
