package org.jcherry.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * How the file and Redis stores keep session data: as a JSON object. A value may be {@code null}, a
 * {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code Double}, or a {@code List}
 * or {@code Map<String, ?>} of those. Read back, a whole number is an {@code Integer} when it fits
 * one and a {@code Long} otherwise (so read counters with {@link Session#getInt} or {@link
 * Session#getLong}), lists are {@code ArrayList}s and maps {@code LinkedHashMap}s.
 */
final class JsonValues {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private JsonValues() {}

  static String encode(Map<String, Object> data) {
    try {
      return MAPPER.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("session data is not JSON: " + e.getMessage(), e);
    }
  }

  /** The data in {@code json}; text that is not a JSON object is a store failure. */
  static Map<String, Object> decode(String json) {
    try {
      return MAPPER.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new SessionStoreException("Stored session data is unreadable.", e);
    }
  }

  /** Refuses a value {@link #encode} cannot write back as it was, naming the key. */
  static void check(String store, String key, Object value) {
    if (!supported(value)) {
      throw new IllegalArgumentException(
          "Session value '"
              + key
              + "' is a "
              + value.getClass().getName()
              + "; the "
              + store
              + " session store keeps JSON values: null, String, Boolean, Integer, Long, Double,"
              + " and Lists and Map<String, ?> of those");
    }
  }

  private static boolean supported(Object v) {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof Integer
        || v instanceof Long
        || v instanceof Double) {
      return true;
    }
    if (v instanceof List) {
      return ((List<?>) v).stream().allMatch(JsonValues::supported);
    }
    if (v instanceof Map) {
      return ((Map<?, ?>) v)
          .entrySet().stream()
              .allMatch(e -> e.getKey() instanceof String && supported(e.getValue()));
    }
    return false;
  }
}
