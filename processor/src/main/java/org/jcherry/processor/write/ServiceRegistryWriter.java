package org.jcherry.processor.write;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes a {@code META-INF/services} list that {@code ServiceLoader} reads: {@link #PATH}, every
 * generated table, and {@link #MAINS}, every generated {@code <Root>_Main} (autoreload finds the
 * app's root again in freshly compiled classes through it). Entries already in the class output are
 * kept, so an incremental compile that regenerates a few classes does not lose the others.
 */
public final class ServiceRegistryWriter {
  public static final String PATH = "META-INF/services/org.jcherry.dispatch.DispatchTable";

  public static final String MAINS = "META-INF/services/org.jcherry.boot.AppMain";

  private final Filer filer;
  private final String path;

  /** A writer of the registry at {@code path} ({@link #PATH} or {@link #MAINS}). */
  public ServiceRegistryWriter(Filer filer, String path) {
    this.filer = filer;
    this.path = path;
  }

  /** Writes the registry with {@code classes} and the entries already there, sorted. */
  public void write(Collection<String> classes) throws IOException {
    SortedSet<String> all = merge(existing(), classes);
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
    try (Writer out = new OutputStreamWriter(file.openOutputStream(), UTF_8)) {
      for (String name : all) {
        out.write(name);
        out.write('\n');
      }
    }
  }

  /**
   * The class names of a registry's lines (comments and blanks dropped) together with {@code
   * tables}.
   */
  static SortedSet<String> merge(List<String> existingLines, Collection<String> tables) {
    SortedSet<String> all = new TreeSet<>(tables);
    for (String line : existingLines) {
      int hash = line.indexOf('#');
      String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (!name.isEmpty()) {
        all.add(name);
      }
    }
    return all;
  }

  private List<String> existing() {
    List<String> lines = new ArrayList<>();
    try {
      FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(file.openInputStream(), UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // No registry yet (a clean build), or the filer cannot read it back: start empty.
    }
    return lines;
  }
}
