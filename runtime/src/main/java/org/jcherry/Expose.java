package org.jcherry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as a page handler, as CherryPy's {@code @cherrypy.expose} does.
 *
 * <p>The method answers the URL segment of its own name, and of every alias given here
 * ({@code @Expose({"hi", "salut"})}). As in CherryPy, a request segment is matched after every
 * ASCII punctuation character in it is turned into {@code _}, so {@code /page.html} reaches a
 * method named {@code page_html}, and an alias {@code "alias.two"} answers {@code /alias.two} and
 * {@code /alias-two}.
 *
 * <p>Two names have a special meaning: {@code index} answers the node itself ({@code /shop/}), and
 * {@code default_} (CherryPy's {@code default}, a Java keyword) answers any path below the node
 * that nothing else answers, receiving the remaining segments as positional arguments.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface Expose {
  /** Further names (aliases) this handler answers, besides the method's own name. */
  String[] value() default {};
}
