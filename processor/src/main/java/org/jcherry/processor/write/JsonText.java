package org.jcherry.processor.write;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Prints maps, lists, strings, numbers and booleans as indented JSON, the little the OpenAPI
 * document needs (the processor depends on no JSON library).
 */
final class JsonText {
  private JsonText() {}

  static String print(Object value) {
    StringBuilder sb = new StringBuilder();
    print(value, "", sb);
    return sb.append('\n').toString();
  }

  private static void print(Object value, String indent, StringBuilder sb) {
    if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      String inner = indent + "  ";
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append(inner);
        string(String.valueOf(e.getKey()), sb);
        sb.append(": ");
        print(e.getValue(), inner, sb);
        sb.append(++i < map.size() ? ",\n" : "\n");
      }
      sb.append(indent).append('}');
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      String inner = indent + "  ";
      for (int i = 0; i < list.size(); i++) {
        sb.append(inner);
        print(list.get(i), inner, sb);
        sb.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      sb.append(indent).append(']');
    } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
      sb.append(value);
    } else if (value instanceof BigDecimal) {
      sb.append(((BigDecimal) value).toPlainString());
    } else if (value == null) {
      sb.append("null");
    } else {
      string(value.toString(), sb);
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
