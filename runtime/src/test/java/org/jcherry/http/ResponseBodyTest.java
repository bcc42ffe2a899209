package org.jcherry.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the server writes of a response: its finalised body, typed. */
class ResponseBodyTest {
  @Test
  void theFinalisedBodyIsWhatIsWrittenAndWhatBodyReturns() {
    Response r = new Response();
    r.setBody("text");
    byte[] bytes = {1, 2};
    r.finish(new ResponseBody.Bytes(bytes));
    assertSame(bytes, r.body());
    assertArrayEquals(bytes, ((ResponseBody.Bytes) r.written()).bytes());

    Iterator<byte[]> chunks = List.of(bytes).iterator();
    r.finish(new ResponseBody.Chunks(chunks));
    assertSame(chunks, r.body());
    assertSame(chunks, ((ResponseBody.Chunks) r.written()).chunks());
  }

  @Test
  void bytesSetAfterFinalisingAreWrittenAndAnythingElseIsNoBody() {
    Response r = new Response();
    r.finish(ResponseBody.EMPTY);
    byte[] late = {3};
    r.setBody(late);
    assertArrayEquals(late, assertInstanceOf(ResponseBody.Bytes.class, r.written()).bytes());
    r.setBody("not finalised");
    assertSame(ResponseBody.EMPTY, r.written());
    assertArrayEquals(
        "x".getBytes(), ((ResponseBody.Bytes) Response.plainText(400, "x").written()).bytes());
  }
}
