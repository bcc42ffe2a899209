package org.jcherry.tools.builtin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jcherry.http.Bodies;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookCallback;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.flatten} (before_finalize): a body whose chunks are themselves iterables (nested
 * generators) becomes one flat sequence of chunks, produced lazily.
 */
final class Flatten implements HookCallback {
  Flatten(ToolArgs args) {
    args.bool("debug", false);
  }

  @Override
  public void run(Request request, Response response) {
    if (Bodies.isIterable(response.body())) {
      response.setBody(flat(Bodies.iterator(response.body())));
    }
  }

  private static Iterator<Object> flat(Iterator<Object> top) {
    Deque<Iterator<Object>> stack = new ArrayDeque<>();
    stack.push(top);
    return new Iterator<>() {
      private Object next;
      private boolean ready;

      @Override
      public boolean hasNext() {
        while (!ready && !stack.isEmpty()) {
          Iterator<Object> it = stack.peek();
          if (!it.hasNext()) {
            stack.pop();
            continue;
          }
          Object o = it.next();
          if (Bodies.isIterable(o)) {
            stack.push(Bodies.iterator(o));
          } else {
            next = o;
            ready = true;
          }
        }
        return ready;
      }

      @Override
      public Object next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ready = false;
        return next;
      }
    };
  }
}
