package org.jcherry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * CherryPy's {@code _cp_dispatch}: a public method {@code Object name(VirtualPath vpath)} that the
 * dispatcher calls when a segment names nothing on this node and more segments remain. It may take
 * segments from the front of {@code vpath} (see {@link org.jcherry.dispatch.VirtualPath}) and set
 * request parameters, and returns the next node (or {@code null} for none). If it takes no segment,
 * the current one is consumed anyway, as in CherryPy. The method must not be {@link Expose}d.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
public @interface CpDispatch {}
