package org.jcherry.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request's parameters, CherryPy's {@code request.params}: query string and body fields merged in
 * arrival order. A value is a {@code String}, a {@code List} when the name came more than once, or
 * a {@link Part} for a file upload. Handlers normally receive them as method arguments; tools may
 * edit them before the handler runs.
 */
public final class Params {
  private final Map<String, Object> map = new LinkedHashMap<>(8);

  /** Adds a value; a name given twice collects its values in a list, in arrival order. */
  @SuppressWarnings("unchecked")
  public void add(String name, Object value) {
    Object old = map.get(name);
    if (old == null) {
      map.put(name, value);
    } else if (old instanceof List) {
      ((List<Object>) old).add(value);
    } else {
      List<Object> list = new ArrayList<>(2);
      list.add(old);
      list.add(value);
      map.put(name, list);
    }
  }

  /** Sets a value, replacing any before it. */
  public void put(String name, Object value) {
    map.put(name, value);
  }

  public Object remove(String name) {
    return map.remove(name);
  }

  public boolean contains(String name) {
    return map.containsKey(name);
  }

  /** The raw value: String, List or Part; {@code null} when absent. */
  public Object raw(String name) {
    return map.get(name);
  }

  /** The first text value of {@code name}, or {@code null}. */
  public String get(String name) {
    Object v = map.get(name);
    if (v instanceof List) {
      v = ((List<?>) v).isEmpty() ? null : ((List<?>) v).get(0);
    }
    return v instanceof String ? (String) v : null;
  }

  /** Every text value of {@code name}; empty when absent. */
  public List<String> getAll(String name) {
    Object v = map.get(name);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : v instanceof List ? (List<?>) v : List.of(v)) {
      if (o instanceof String) {
        out.add((String) o);
      }
    }
    return out;
  }

  public Set<String> names() {
    return Collections.unmodifiableSet(map.keySet());
  }

  public int size() {
    return map.size();
  }

  public boolean isEmpty() {
    return map.isEmpty();
  }

  /** A read-only view, in arrival order. */
  public Map<String, Object> asMap() {
    return Collections.unmodifiableMap(map);
  }

  @Override
  public String toString() {
    return map.toString();
  }
}
