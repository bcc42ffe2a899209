package org.jcherry.processor.validate;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;
import org.jcherry.processor.model.Annotations;

/**
 * Reports JCherry annotations inside local and anonymous classes. Annotation processing never sees
 * those classes (they are not elements), so without this check such an annotation would silently do
 * nothing. It reads javac's trees; under another compiler it does nothing.
 */
public final class LocalClassScanner {
  private final Trees trees;
  private final Set<CompilationUnitTree> scanned = new HashSet<>();

  private LocalClassScanner(Trees trees) {
    this.trees = trees;
  }

  public static LocalClassScanner create(ProcessingEnvironment env) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException e) {
      trees = null; // Not javac.
    }
    return new LocalClassScanner(trees);
  }

  /** Scans the compilation units of {@code roots}, each once. */
  public void scan(Set<? extends Element> roots) {
    if (trees == null) {
      return;
    }
    for (Element root : roots) {
      TreePath path = trees.getPath(root);
      if (path != null && scanned.add(path.getCompilationUnit())) {
        new Scanner(path.getCompilationUnit()).scan(path.getCompilationUnit(), null);
      }
    }
  }

  private final class Scanner extends TreePathScanner<Void, Void> {
    private final CompilationUnitTree unit;
    private final Set<String> imported = new HashSet<>();
    private int localDepth;

    Scanner(CompilationUnitTree unit) {
      this.unit = unit;
      boolean samePackage =
          unit.getPackageName() != null && unit.getPackageName().toString().equals("org.jcherry");
      for (String name : Annotations.ALL) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (samePackage || imports(name)) {
          imported.add(simple);
        }
      }
    }

    private boolean imports(String qualifiedName) {
      for (ImportTree i : unit.getImports()) {
        String imp = i.getQualifiedIdentifier().toString();
        if (!i.isStatic() && (imp.equals(qualifiedName) || imp.equals("org.jcherry.*"))) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Void visitClass(ClassTree node, Void unused) {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      boolean local = !(parent instanceof ClassTree || parent instanceof CompilationUnitTree);
      localDepth += local ? 1 : 0;
      try {
        return super.visitClass(node, unused);
      } finally {
        localDepth -= local ? 1 : 0;
      }
    }

    @Override
    public Void visitAnnotation(AnnotationTree node, Void unused) {
      if (localDepth > 0 && isJCherry(node.getAnnotationType().toString())) {
        trees.printMessage(
            Kind.ERROR,
            "@"
                + simpleName(node.getAnnotationType().toString())
                + " has no effect in a local or"
                + " anonymous class: JCherry only sees top-level classes and public static nested"
                + " classes; declare the class as one of those",
            node,
            unit);
      }
      return super.visitAnnotation(node, unused);
    }

    private boolean isJCherry(String written) {
      return written.contains(".") ? Annotations.ALL.contains(written) : imported.contains(written);
    }
  }

  private static String simpleName(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
