package org.jcherry.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import org.jcherry.processor.model.HandlerClassReader;

/**
 * Finds the handler classes of a round. A class of this compilation is one when
 *
 * <ul>
 *   <li>it carries a JCherry annotation (on itself, a superclass, a member or a parameter), or
 *   <li>a handler class reaches it through a child (or popargs member) and it has children of its
 *       own: an intermediate node such as {@code root.api} in {@code root.api.v1}, or
 *   <li>one of its children is a handler class: a container such as an application root that only
 *       holds sub-applications.
 * </ul>
 *
 * Classes that merely hold other objects (a bean with {@code getCustomer()}) are none of these.
 * Classes on the classpath are not considered: they were compiled with their tables.
 */
final class HandlerDiscovery {
  private final HandlerClassReader reader;
  private final Set<String> sourceTypes = new HashSet<>();

  HandlerDiscovery(HandlerClassReader reader) {
    this.reader = reader;
  }

  /** The handler classes among {@code roots}, and those they reach, after {@code deferred}. */
  List<TypeElement> find(Collection<? extends Element> roots, Collection<TypeElement> deferred) {
    List<TypeElement> types = new ArrayList<>();
    for (Element root : roots) {
      collectTypes(root, types);
    }
    types.forEach(t -> sourceTypes.add(t.getQualifiedName().toString()));

    Map<TypeElement, List<TypeElement>> reached = new HashMap<>();
    Set<TypeElement> found = new LinkedHashSet<>(deferred);
    for (TypeElement t : types) {
      if (reader.carriesAnnotations(t)) {
        found.add(t);
      }
    }
    for (boolean grew = true; grew; ) {
      grew = false;
      for (TypeElement t : new ArrayList<>(found)) {
        for (TypeElement r : reached(t, reached)) {
          if (isSourceClass(r) && !found.contains(r) && !reached(r, reached).isEmpty()) {
            grew |= found.add(r);
          }
        }
      }
      for (TypeElement t : types) {
        if (isSourceClass(t) && !found.contains(t) && leadsTo(found, reached(t, reached))) {
          grew |= found.add(t);
        }
      }
    }
    return new ArrayList<>(found);
  }

  private List<TypeElement> reached(TypeElement type, Map<TypeElement, List<TypeElement>> cache) {
    return cache.computeIfAbsent(type, reader::reachedTypes);
  }

  private static boolean leadsTo(Set<TypeElement> handlers, List<TypeElement> children) {
    for (TypeElement child : children) {
      if (handlers.contains(child)) {
        return true;
      }
    }
    return false;
  }

  private boolean isSourceClass(TypeElement type) {
    return type.getKind() == ElementKind.CLASS
        && sourceTypes.contains(type.getQualifiedName().toString());
  }

  private static void collectTypes(Element element, List<TypeElement> out) {
    if (element instanceof TypeElement) {
      out.add((TypeElement) element);
      for (Element member : element.getEnclosedElements()) {
        collectTypes(member, out);
      }
    }
  }
}
