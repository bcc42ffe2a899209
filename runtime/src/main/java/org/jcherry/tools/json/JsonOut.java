package org.jcherry.tools.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HandlerWrapperTool;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.json_out} (wraps the handler at before_handler, priority 30): sends what the handler
 * returns (maps, lists, records, strings, numbers, ...) as JSON with {@code Content-Type:
 * content_type} (default {@code application/json}; {@code None} sends none). {@code handler} may be
 * a {@code Function<Object, Object>} that turns the value into the body instead of Jackson.
 */
public final class JsonOut implements HandlerWrapperTool.Wrapper {
  /** Python's {@code json.dumps} layout: {@code ", "} and {@code ": "} separators, ASCII only. */
  private static final ObjectWriter WRITER =
      JsonIn.MAPPER.writer(new PythonLayout()).with(JsonWriteFeature.ESCAPE_NON_ASCII);

  private final String contentType;
  private final Function<Object, Object> encoder;

  @SuppressWarnings("unchecked")
  public JsonOut(ToolArgs args) {
    this.contentType =
        args.has("content_type") ? args.string("content_type", null) : "application/json";
    this.encoder =
        args.value("handler", Function.class, (Function<Object, Object>) JsonOut::encode);
    args.bool("debug", false);
  }

  @Override
  public Object call(Callable<Object> next, Request request, Response response) throws Exception {
    if (contentType != null) {
      response.headers().put("Content-Type", contentType);
    }
    return encoder.apply(next.call());
  }

  private static Object encode(Object value) {
    try {
      return WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("json_out cannot encode a " + value.getClass().getName(), e);
    }
  }

  private static final class PythonLayout extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }
  }
}
