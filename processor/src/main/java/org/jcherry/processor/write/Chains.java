package org.jcherry.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.List;

/**
 * A call chain as generated code writes it: on one line when it is short ({@code
 * HandlerRow.of(...).required("id")}), else one call a line, so that a long one still reads down
 * the page.
 */
final class Chains {
  /** At most this many calls after the start stay on its line. */
  private static final int ON_ONE_LINE = 2;

  private Chains() {}

  /**
   * {@code start} followed by {@code calls} (each a {@code .method(...)}), as the value of a
   * statement, which indents its own continuation lines.
   */
  static CodeBlock of(CodeBlock start, List<CodeBlock> calls) {
    return chain(start, calls, "\n$L");
  }

  /** As {@link #of}, for an element of a list: the chain indents its continuation lines. */
  static CodeBlock indented(CodeBlock start, List<CodeBlock> calls) {
    return chain(start, calls, "$>$>\n$L$<$<");
  }

  private static CodeBlock chain(CodeBlock start, List<CodeBlock> calls, String nextLine) {
    CodeBlock.Builder chain = CodeBlock.builder().add("$L", start);
    boolean oneLine = calls.size() <= ON_ONE_LINE;
    calls.forEach(c -> chain.add(oneLine ? "$L" : nextLine, c));
    return chain.build();
  }
}
