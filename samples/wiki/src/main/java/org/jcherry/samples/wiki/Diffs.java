package org.jcherry.samples.wiki;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** The unified diff between two revisions' texts, line by line, as java-diff-utils makes it. */
final class Diffs {
  private Diffs() {}

  static List<String> unified(String name, Revision from, Revision to) {
    List<String> a = from.body().lines().toList();
    List<String> b = to.body().lines().toList();
    return UnifiedDiffUtils.generateUnifiedDiff(
        name + " r" + from.rev(), name + " r" + to.rev(), a, DiffUtils.diff(a, b), 3);
  }

  /** The CSS class of a diff line: added, removed, hunk header or context. */
  static String kind(String line) {
    if (line.startsWith("+++") || line.startsWith("---")) {
      return "file";
    }
    return line.startsWith("+")
        ? "add"
        : line.startsWith("-") ? "del" : line.startsWith("@@") ? "hunk" : "ctx";
  }
}
