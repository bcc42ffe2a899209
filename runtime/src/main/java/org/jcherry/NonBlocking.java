package org.jcherry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an {@link Expose}d handler never blocks: it waits on no file, socket, database,
 * lock or other thread, and it reads no request body. Such a handler may be served on the server's
 * IO thread, the one that read the request, without the hand-off to a worker thread that blocking
 * handlers need (CherryPy's handlers all block; this is JCherry's own).
 *
 * <p>Whether a request really runs on the IO thread is decided once per handler, when its
 * application is mounted, and only when its whole plan allows it: every tool its config turns on
 * declares itself non-blocking ({@code Tool.blocks()}), its config adds no {@code hooks.*}, no
 * {@code request.error_response}, no error pages and no custom request namespace, and the walk to
 * it needs no popargs or {@code _cp_dispatch}. A request that carries a body, or meets anything
 * else that may block on the way (an internal redirect, a streamed answer), goes on to a worker as
 * before, where it is served exactly as it would have been. {@code --routes} prints which path each
 * handler takes.
 *
 * <p>The processor refuses it on a handler whose parameters need a blocking read: a {@code Part} (a
 * file upload), a {@code Session} (a store lookup), or {@code tools.json_in} in the method's own
 * config. Plain parameters are fine: on the IO thread they come from the query string.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface NonBlocking {}
