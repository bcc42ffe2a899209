package org.jcherry.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.jcherry.processor.model.Annotations;
import org.jcherry.processor.model.HandlerClassModel;
import org.jcherry.processor.model.HandlerClassReader;
import org.jcherry.processor.model.RouteTree;
import org.jcherry.processor.validate.ErrorReporter;
import org.jcherry.processor.validate.HandlerValidators;
import org.jcherry.processor.validate.LocalClassScanner;
import org.jcherry.processor.write.DispatchTableWriter;
import org.jcherry.processor.write.GeneratedFiles;
import org.jcherry.processor.write.MainWriter;
import org.jcherry.processor.write.OpenApiWriter;
import org.jcherry.processor.write.ServiceRegistryWriter;
import org.jcherry.processor.write.UrlsWriter;

/**
 * JCherry's annotation processor. Each round it finds the handler classes, reads each into a model,
 * validates it (reporting every problem on the element it concerns) and, when it is valid, writes
 * its {@code <Class>_Dispatch} table and, for an {@code @AppRoot}, its {@code <Class>_Main}. A
 * class whose types are not all known yet waits for the next round. When processing is over it
 * writes the {@code ServiceLoader} registry of every table, merged with the one already in the
 * class output.
 *
 * <p>No exception escapes into javac: a bug here is reported as a compile error.
 */
@AutoService(Processor.class)
public final class JCherryProcessor extends AbstractProcessor {
  private Elements elements;
  private ErrorReporter reporter;
  private HandlerClassReader reader;
  private HandlerDiscovery discovery;
  private LocalClassScanner localClasses;
  private final HandlerValidators validators = new HandlerValidators();
  private DispatchTableWriter tableWriter;
  private MainWriter mainWriter;
  private ServiceRegistryWriter registryWriter;
  private UrlsWriter urlsWriter;
  private OpenApiWriter openApiWriter;

  /**
   * Application roots whose tree-wide files ({@code _Urls}) wait for a class on their tree that is
   * not complete yet.
   */
  private final List<HandlerClassModel> waitingRoots = new ArrayList<>();

  /** Classes left for a later round because some type they use is not generated yet. */
  private final Set<String> deferred = new LinkedHashSet<>();

  /** Classes already read (valid or not), by qualified name. */
  private final Set<String> done = new HashSet<>();

  /** Every table written in this compilation, for the registry. */
  private final SortedSet<String> tables = new TreeSet<>();

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    elements = env.getElementUtils();
    reporter = new ErrorReporter(env.getMessager());
    reader = new HandlerClassReader(elements, env.getTypeUtils());
    discovery = new HandlerDiscovery(reader);
    localClasses = LocalClassScanner.create(env);
    GeneratedFiles files = GeneratedFiles.create(env.getFiler(), elements);
    tableWriter = new DispatchTableWriter(files);
    mainWriter = new MainWriter(files);
    registryWriter = new ServiceRegistryWriter(env.getFiler());
    urlsWriter = new UrlsWriter(files, reporter);
    openApiWriter = new OpenApiWriter(env.getFiler());
  }

  /**
   * The JCherry annotations, and {@code @Generated}: the files this processor writes carry it, and
   * javac's {@code -Xlint:processing} warns about every annotation no processor claims, which would
   * break builds using {@code -Xlint:all -Werror}.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // Only ours: claiming @Generated (or "*") would hide those from every other processor. Once
    // javac has called a processor it calls it on every later round, so deferred classes still
    // get their turn.
    return new HashSet<>(Annotations.ALL);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /** Claims the JCherry annotations: they are this processor's alone. */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        finish();
      } else {
        processRound(round);
      }
    } catch (Exception | AssertionError e) {
      reporter.error(internalError(e));
    }
    return true;
  }

  private static String internalError(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return "JCherry internal error; please report it with this trace: " + trace;
  }

  private void processRound(RoundEnvironment round) {
    localClasses.scan(round.getRootElements());
    List<TypeElement> waiting = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      if (type != null) {
        waiting.add(type);
      }
    }
    deferred.clear();
    for (TypeElement type : discovery.find(round.getRootElements(), waiting)) {
      processClass(type);
    }
    List<HandlerClassModel> roots = new ArrayList<>(waitingRoots);
    waitingRoots.clear();
    for (HandlerClassModel root : roots) {
      writeTreeFiles(root);
    }
  }

  /**
   * The files written from a root's whole tree ({@code _Urls}, the OpenAPI document), once every
   * class on it is complete.
   */
  private void writeTreeFiles(HandlerClassModel root) {
    try {
      RouteTree tree = RouteTree.walk(root, reader, WellFormedness::isWellFormed);
      urlsWriter.write(root, tree);
      openApiWriter.write(root, tree);
    } catch (RouteTree.NotReady e) {
      waitingRoots.add(root);
    } catch (IOException e) {
      reporter.error(
          "JCherry could not write the URL class or OpenAPI document of " + root + ": " + e,
          root.element(),
          null,
          null);
    } catch (RuntimeException | AssertionError e) {
      reporter.error(internalError(e), root.element(), null, null);
    }
  }

  private void processClass(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (done.contains(name)) {
      return;
    }
    if (!WellFormedness.isWellFormed(type)) {
      deferred.add(name);
      return;
    }
    done.add(name);
    try {
      HandlerClassModel model = reader.read(type);
      if (validators.validate(model, reporter)) {
        write(model);
      }
    } catch (IOException e) {
      reporter.error("JCherry could not write the files for " + name + ": " + e, type, null, null);
    } catch (RuntimeException | AssertionError e) {
      // A bug must not cost the other classes their tables.
      reporter.error(internalError(e), type, null, null);
    }
  }

  private void write(HandlerClassModel model) throws IOException {
    if (model.generatesTable()) {
      tableWriter.write(model);
      tables.add(model.tableType().canonicalName());
    }
    if (model.appRoot().isPresent()) {
      if (model.appRoot().get().writesMain()) {
        mainWriter.write(model);
      }
      waitingRoots.add(model);
    }
  }

  private void finish() {
    for (String name : deferred) {
      TypeElement type = elements.getTypeElement(name);
      String message =
          "JCherry wrote no dispatch table for "
              + name
              + " because some types it uses were never found; fix the errors about those types";
      if (type == null) {
        reporter.error(message);
      } else {
        reporter.error(message, type, null, null);
      }
    }
    if (!tables.isEmpty()) {
      try {
        registryWriter.write(tables);
      } catch (IOException e) {
        reporter.error("JCherry could not write " + ServiceRegistryWriter.PATH + ": " + e);
      }
    }
  }
}
