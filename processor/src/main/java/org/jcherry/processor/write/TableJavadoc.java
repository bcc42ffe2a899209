package org.jcherry.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.jcherry.processor.model.Annotations.Text;
import org.jcherry.processor.model.ChildNode;
import org.jcherry.processor.model.DispatchHook;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerMethodModel;
import org.jcherry.processor.model.ParameterBinding;
import org.jcherry.processor.model.RouteName;

/** The javadoc of a generated table: the URL space it serves, one row a handler, child or hook. */
final class TableJavadoc {
  private TableJavadoc() {}

  static CodeBlock of(HandlerClassModel model) {
    List<String[]> rows = new ArrayList<>();
    for (HandlerMethodModel h : model.handlers()) {
      String method = h.methodName() + "(" + parameters(h) + ")";
      if (!h.declaringClass().equals(model.nodeType())) {
        method += ", inherited from " + String.join(".", h.declaringClass().simpleNames());
      }
      rows.add(new String[] {paths(h.names()), method});
    }
    for (ChildNode c : model.children()) {
      String type = c.type() instanceof ClassName ? ((ClassName) c.type()).simpleName() : "Object";
      rows.add(
          new String[] {
            c.name().path() + "/...",
            "child " + type + " (" + member(c.memberName(), c.isGetter()) + ")"
          });
    }
    model.hook().ifPresent(hook -> rows.add(hookRow(hook)));

    int width = 0;
    for (String[] row : rows) {
      width = Math.max(width, row[0].length());
    }
    StringBuilder table = new StringBuilder();
    for (String[] row : rows) {
      String left = row[0] + " ".repeat(width - row[0].length() + 4);
      table.append("  ").append(escape(left)).append(escape(row[1])).append('\n');
    }
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Dispatch table for {@link $T}, written by the JCherry annotation processor.\n",
                model.nodeType());
    if (rows.isEmpty()) {
      return doc.add("It serves no path of its own.\n").build();
    }
    return doc.add("It serves:\n\n<pre>\n$L</pre>\n", table.toString()).build();
  }

  private static String parameters(HandlerMethodModel h) {
    List<String> names = new ArrayList<>();
    for (ParameterBinding p : h.parameters()) {
      switch (p.kind()) {
        case REQUEST:
        case RESPONSE:
        case SESSION:
          break;
        case VARARGS:
          names.add(p.name() + "...");
          break;
        case KEYWORDS:
          names.add("**" + p.name());
          break;
        default:
          names.add(p.name());
      }
    }
    return String.join(", ", names);
  }

  private static String[] hookRow(DispatchHook hook) {
    StringBuilder path = new StringBuilder();
    List<String> names = new ArrayList<>();
    for (Text name : hook.names()) {
      path.append("/{").append(name.text()).append('}');
      names.add(name.text());
    }
    path.append("/...");
    String popped = String.join(", ", names);
    switch (hook.form()) {
      case CLASS_POPARGS:
        return new String[] {path.toString(), "popargs " + popped + ", then this node"};
      case NODE_POPARGS:
        return new String[] {
          path.toString(),
          "popargs " + popped + ", then " + member(hook.memberName(), hook.isGetter())
        };
      case CALL_POPARGS:
        String args = String.join(", ", hook.callArguments());
        return new String[] {
          path.toString(), hook.memberName() + "(" + args + ") gives the next node"
        };
      default:
        return new String[] {
          "/...", hook.memberName() + "(vpath) gives the next node (CherryPy's _cp_dispatch)"
        };
    }
  }

  private static String member(String name, boolean getter) {
    return getter ? "getter " + name + "()" : "field " + name;
  }

  private static String paths(List<RouteName> names) {
    List<String> out = new ArrayList<>();
    names.forEach(n -> out.add(n.path()));
    return String.join(", ", out);
  }

  /**
   * Text safe inside a javadoc {@code <pre>}: no HTML, no tags, no comment end, no unicode escape.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '@':
          out.append("&#64;");
          break;
        case '/':
          out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
          break;
        case '\\':
          out.append("&#92;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
