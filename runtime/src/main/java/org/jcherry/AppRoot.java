package org.jcherry;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the root class of an application. Besides its dispatch table, the processor then writes a
 * runnable {@code <Root>_Main} next to it, which mounts a new instance at {@link #scriptName()} and
 * serves it; the class needs a public no-argument constructor (unless {@link #main()} is false).
 *
 * <p>{@code java ... Root_Main --port 9090 --host 0.0.0.0} overrides the listening address.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface AppRoot {
  /** Where the application is mounted: {@code ""} for the site root, or {@code "/app"}. */
  String scriptName() default "";

  /**
   * Global config entries applied before start, {@code "key = value"} as in {@link CpConfig}, for
   * example {@code "environment = 'production'"}.
   */
  String[] config() default {};

  /**
   * Whether to write {@code <Root>_Main}. {@code false} for a root built by a main of your own (one
   * that passes it what it needs): the class then needs no no-argument constructor, and the
   * tree-wide files ({@code <Root>_Urls}, the OpenAPI document) are still written.
   */
  boolean main() default true;
}
