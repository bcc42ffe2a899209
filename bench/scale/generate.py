#!/usr/bin/env python3
"""Writes a JCherry application of N handlers for the scaling benchmark (bench/scale.sh).

The tree is a root with `index` and one child node per 100 handlers (a class can hold only so
many: a class's static initializer is one method, at most 64 KiB of bytecode). The handlers cycle
through the shapes real handlers have: no parameters, a text parameter, an int and a defaulted
text, varargs. Usage: generate.py N OUT_DIR [PACKAGE] (OUT_DIR/src gets the sources, in the
package `scale` unless named: bench/scale/pom.xml puts two sizes side by side in one build).
"""
import os
import sys

PER_NODE = 100


def handler(i):
    shape = i % 4
    if shape == 0:
        return f'  @Expose\n  public String h{i}() {{\n    return "h{i}";\n  }}\n'
    if shape == 1:
        return (f'  @Expose\n  public String h{i}(String name) {{\n'
                f'    return "h{i} " + name;\n  }}\n')
    if shape == 2:
        return (f'  @Expose\n  public String h{i}(int id, @Default("x") String tag) {{\n'
                f'    return "h{i} " + id + tag;\n  }}\n')
    return (f'  @Expose\n  public String h{i}(String... rest) {{\n'
            f'    return "h{i} " + rest.length;\n  }}\n')


def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    package = sys.argv[3] if len(sys.argv) > 3 else "scale"
    src = os.path.join(out, "src", *package.split("."))
    os.makedirs(src, exist_ok=True)
    rest = n - 1  # the root's index is one
    nodes = (rest + PER_NODE - 1) // PER_NODE
    fields = "".join(f"  public final Node{k} n{k} = new Node{k}();\n" for k in range(nodes))
    with open(os.path.join(src, "Root.java"), "w") as f:
        f.write(f"package {package};\n\nimport org.jcherry.AppRoot;\nimport org.jcherry.Expose;\n\n"
                f'@AppRoot(config = "log.screen = False")\npublic class Root {{\n{fields}\n'
                f'  @Expose\n  public String index() {{\n    return "Hello, world!";\n  }}\n}}\n')
    for k in range(nodes):
        first = 1 + k * PER_NODE
        body = "\n".join(handler(i) for i in range(first, min(n, first + PER_NODE)))
        with open(os.path.join(src, f"Node{k}.java"), "w") as f:
            f.write(f"package {package};\n\nimport org.jcherry.Default;\nimport org.jcherry.Expose;\n\n"
                    f"public class Node{k} {{\n{body}}}\n")


if __name__ == "__main__":
    main()
