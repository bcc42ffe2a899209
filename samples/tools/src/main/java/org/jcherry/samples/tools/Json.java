package org.jcherry.samples.tools;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jcherry.Cherry;
import org.jcherry.CpConfig;
import org.jcherry.Default;
import org.jcherry.Expose;
import org.jcherry.tools.json.JsonIn;

/** {@code /json/...}: json_in and json_out. */
public class Json {
  @Expose
  @CpConfig({"tools.json_in.on = True", "tools.json_out.on = True"})
  public Object echo() {
    Object data = JsonIn.json(Cherry.request());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("received", data);
    out.put("kind", pythonTypeName(data));
    return out;
  }

  @Expose
  @CpConfig("tools.json_out.on = True")
  public Object out(@Default("2") String n) {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < Integer.parseInt(n.strip()); i++) {
      numbers.add(i);
    }
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("ok", true);
    nested.put("none", null);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("numbers", numbers);
    out.put("label", "caf\u00e9");
    out.put("nested", nested);
    return out;
  }

  /**
   * Python's {@code ','.join(sorted(request.json))}: the keys of an object, or the items of a list
   * of strings.
   */
  @Expose
  @CpConfig("tools.json_in.on = True")
  public String keys() {
    Object data = JsonIn.json(Cherry.request());
    List<String> items = new ArrayList<>();
    Iterable<?> source = data instanceof Map ? ((Map<?, ?>) data).keySet() : (Iterable<?>) data;
    for (Object o : source) {
      if (!(o instanceof String)) {
        throw new IllegalArgumentException("sequence item: expected str instance");
      }
      items.add((String) o);
    }
    return "keys=" + items.stream().sorted().collect(Collectors.joining(","));
  }

  /** The name Python gives the type of a decoded JSON value. */
  static String pythonTypeName(Object v) {
    if (v == null) {
      return "NoneType";
    }
    if (v instanceof Map) {
      return "dict";
    }
    if (v instanceof List) {
      return "list";
    }
    if (v instanceof String) {
      return "str";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
      return "int";
    }
    return "float";
  }
}
