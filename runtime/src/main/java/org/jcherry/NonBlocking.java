package org.jcherry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an {@link Expose}d handler never blocks: it waits on no file, socket, database,
 * lock or other thread, and reads a request body only as the server hands it over. Such a handler
 * may be served on the server's IO thread, the one that read the request, without the hand-off to a
 * worker thread that blocking handlers need (CherryPy's handlers all block; this is JCherry's own).
 *
 * <p>Whether a request really runs on the IO thread is decided once per handler, when its
 * application is mounted, and only when its whole plan allows it: every tool its config turns on
 * declares itself non-blocking ({@code Tool.blocks()}), its config adds no {@code hooks.*}, no
 * {@code request.error_response}, no error pages and no custom request namespace, and the walk to
 * it needs no popargs or {@code _cp_dispatch}. The body is checked per request: a request with no
 * body, or one whose body the IO thread already holds whole in memory (a declared {@code
 * Content-Length} of at most 64 KiB, arrived with the head or read without waiting soon after), is
 * served there, so {@code tools.json_in} and form parameters read it without blocking. A larger
 * body, a chunked one, one behind {@code Expect: 100-continue} and a multipart one (its uploads may
 * be spooled to files) go to a worker, as does a request that meets anything else that may block on
 * the way (an internal redirect, a streamed answer); there it is served exactly as it would have
 * been. {@code request.body.maxbytes} and {@code server.max_request_body_size} answer 413 on either
 * path. {@code --routes} prints which path each handler takes.
 *
 * <p>The processor refuses it on a handler whose parameters need a blocking read: a {@code Part} (a
 * file upload) or a {@code Session} (a store lookup). Plain parameters and {@code tools.json_in}
 * are fine: on the IO thread they come from the query string or the body in memory.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface NonBlocking {}
