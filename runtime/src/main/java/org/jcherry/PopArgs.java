package org.jcherry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * CherryPy's {@code popargs}: takes leading path segments as named parameters when no attribute of
 * the node answers them. Three forms, as in CherryPy:
 *
 * <ul>
 *   <li>On a class: {@code @PopArgs({"year", "month"}) class Blog} pops up to two segments into the
 *       request parameters {@code year} and {@code month}; dispatch then continues on the same
 *       node, so {@code /blog/2024/05/} calls {@code Blog.index(year, month)}.
 *   <li>On a public field or getter: {@code @PopArgs("year") public final Year years = new Year();}
 *       pops the segments into parameters and continues on that child node (CherryPy's {@code
 *       popargs(..., handler=instance)}). The child is not reachable by its own name.
 *   <li>On a public method: {@code @PopArgs({"year"}) public Year year(String year)} calls the
 *       method with the popped segments as its arguments and continues on the node it returns
 *       (CherryPy's {@code popargs(..., handler=callable)}); the values are not added to the
 *       parameters.
 * </ul>
 *
 * <p>Real attributes win: a segment naming a child or handler of the node is never popped.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface PopArgs {
  /** The names to pop, in path order. */
  String[] value();
}
