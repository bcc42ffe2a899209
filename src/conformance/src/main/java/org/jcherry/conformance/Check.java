package org.jcherry.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line, check.py's {@code main}: replays case files against a running server.
 *
 * <pre>
 * java -cp jcherry-conformance.jar:jackson-*.jar org.jcherry.conformance.Check \
 *     --base http://127.0.0.1:8080 [--only ID]... [-v] CASEFILE...
 * </pre>
 *
 * Prints one {@code FAIL id: difference; difference...} line per failing case ({@code ok id} for
 * passing ones with {@code -v}) and, last, exactly one line {@code N passed, N failed}. Exit status
 * 0 when all passed, 1 when some failed, 2 on bad usage or an unreadable case file.
 */
public final class Check {
  private static final String USAGE =
      "usage: Check --base BASE [--only ONLY] [--verbose] casefiles [casefiles ...]";

  private Check() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String base = null;
    List<String> only = new ArrayList<>();
    boolean verbose = false;
    List<String> files = new ArrayList<>();
    boolean optionsDone = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (optionsDone || !a.startsWith("-") || a.equals("-")) {
        files.add(a);
      } else if (a.equals("--")) {
        optionsDone = true;
      } else if (a.equals("--base") || a.equals("--only")) {
        if (i + 1 >= args.length) {
          return usage(err, "argument " + a + ": expected one argument");
        }
        if (a.equals("--base")) {
          base = args[++i];
        } else {
          only.add(args[++i]);
        }
      } else if (a.startsWith("--base=")) {
        base = a.substring("--base=".length());
      } else if (a.startsWith("--only=")) {
        only.add(a.substring("--only=".length()));
      } else if (a.equals("--verbose") || a.equals("-v")) {
        verbose = true;
      } else if (a.equals("--help") || a.equals("-h")) {
        out.println(USAGE);
        return 0;
      } else {
        return usage(err, "unrecognized arguments: " + a);
      }
    }
    if (base == null || files.isEmpty()) {
      return usage(
          err, "the following arguments are required: " + (base == null ? "--base" : "casefiles"));
    }
    BaseUrl ctx;
    try {
      ctx = BaseUrl.parse(base);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    CaseRunner runner = new CaseRunner(ctx);
    int passed = 0;
    int failed = 0;
    for (String path : files) {
      CaseFile file;
      try {
        file = CaseFile.read(Path.of(path));
      } catch (IOException | RuntimeException e) {
        err.println("cannot read " + path + ": " + e.getMessage());
        return 2;
      }
      for (CaseFile.Case c : file.cases()) {
        if (!only.isEmpty() && !only.contains(c.id())) {
          continue;
        }
        List<String> diffs;
        try {
          diffs = runner.run(c);
        } catch (RuntimeException e) {
          diffs = List.of("bad case: " + e);
        }
        if (diffs.isEmpty()) {
          passed++;
          if (verbose) {
            out.println("ok   " + c.id());
          }
        } else {
          failed++;
          out.println("FAIL " + c.id() + ": " + String.join("; ", diffs));
        }
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    return failed > 0 ? 1 : 0;
  }

  private static int usage(PrintStream err, String message) {
    err.println(USAGE);
    err.println("Check: error: " + message);
    return 2;
  }
}
