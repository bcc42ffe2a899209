package org.jcherry.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import org.jcherry.processor.model.Annotations.Text;

/** What {@code @AppRoot} asks for: a runnable {@code <Root>_Main} mounting the class. */
public final class AppRootModel {
  private final AnnotationMirror annotation;
  private final ClassName mainClass;
  private final Text scriptName;
  private final List<ConfigEntry> globalConfig;
  private final boolean writesMain;

  public AppRootModel(
      AnnotationMirror annotation,
      ClassName mainClass,
      Text scriptName,
      List<ConfigEntry> globalConfig,
      boolean writesMain) {
    this.annotation = annotation;
    this.mainClass = mainClass;
    this.scriptName = scriptName;
    this.globalConfig = List.copyOf(globalConfig);
    this.writesMain = writesMain;
  }

  /** {@code @AppRoot(main = ...)}: whether {@link #mainClass()} is written. */
  public boolean writesMain() {
    return writesMain;
  }

  public AnnotationMirror annotation() {
    return annotation;
  }

  /** The class to generate, {@code demo.Root_Main}. */
  public ClassName mainClass() {
    return mainClass;
  }

  /** Where the application is mounted: {@code ""} or {@code "/app"}. */
  public Text scriptName() {
    return scriptName;
  }

  /** The global config entries applied before start. */
  public List<ConfigEntry> globalConfig() {
    return globalConfig;
  }
}
