package org.jcherry.processor.model;

import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationValue;
import org.jcherry.common.Names;

/**
 * One name a handler or child answers: as written (a method name, a field name or an
 * {@code @Expose} alias) and as the dispatcher looks it up (punctuation translated to {@code _}).
 */
public final class RouteName {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.~-]+");

  private final String written;
  private final String key;
  private final AnnotationValue alias;

  private RouteName(String written, AnnotationValue alias) {
    this.written = written;
    this.key = Names.translate(written);
    this.alias = alias;
  }

  /** The name a member answers by itself: {@code default_} answers {@code default}. */
  public static RouteName ofMember(String memberName) {
    return new RouteName(memberName.equals("default_") ? "default" : memberName, null);
  }

  /** An {@code @Expose} alias. */
  public static RouteName ofAlias(String alias, AnnotationValue source) {
    return new RouteName(alias, source);
  }

  /** As written in the source. */
  public String written() {
    return written;
  }

  /** What {@code DispatchTable.handler(name)} and {@code child(node, name)} are asked for. */
  public String key() {
    return key;
  }

  /** The alias value this name came from; empty for a member's own name. */
  public Optional<AnnotationValue> alias() {
    return Optional.ofNullable(alias);
  }

  /**
   * The URL path this name answers, safe to print in a comment: {@code /} for {@code index}, {@code
   * /...} for {@code default}, else {@code /name} (the lookup key when the written name has
   * characters a comment should not carry).
   */
  public String path() {
    switch (key) {
      case "index":
        return "/";
      case "default":
        return "/...";
      default:
        return "/" + (PLAIN.matcher(written).matches() ? written : key);
    }
  }

  @Override
  public String toString() {
    return written;
  }
}
