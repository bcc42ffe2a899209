package org.jcherry.tools.statics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a static tool finds its files, worked out once at mount: {@code tools.staticdir.dir} and
 * {@code tools.staticfile.filename} are an absolute path, {@code ~/...} (the home directory), a
 * class-path location {@code classpath:/static} (assets packed into the jar or under {@code
 * target/classes}), or a path relative to {@code root}, which is itself absolute or a class-path
 * location. The working directory is never guessed, as in CherryPy.
 *
 * <p>A class-path location is found once, when it is first mounted, with the thread's context class
 * loader (the app's, also when autoreload mounts new classes), the first class-path entry that has
 * it winning as for {@code getResource}. In a directory it is a plain file path; in a jar it is a
 * path of the jar's zip file system (opened once per jar, kept open), so {@link FileServer} serves
 * it with {@code Last-Modified}, conditional requests and ranges as any file. A directory inside a
 * jar is found only when the jar has an entry for it, as Maven's jar plugin writes.
 */
public final class StaticLocation {
  /** The prefix of a class-path location. */
  public static final String CLASSPATH = "classpath:";

  private static final Map<Path, FileSystem> JARS = new ConcurrentHashMap<>();

  /**
   * Class-path locations found so far: plans are made again after a config change, on request
   * threads whose context class loader may not be the one that mounted the app.
   */
  private static final Map<String, Path> FOUND = new ConcurrentHashMap<>();

  private StaticLocation() {}

  /**
   * {@code name} (the value of {@code key}) as an absolute, normalised path, relative names taken
   * below {@code root} (the value of {@code rootKey}, {@code ""} when unset).
   *
   * @throws IllegalArgumentException naming the key when the location cannot be used: a relative
   *     name without a root, a relative root, or a class-path location that is not there
   */
  public static Path resolve(String key, String name, String rootKey, String root) {
    if (name.startsWith(CLASSPATH)) {
      return classPath(key, name);
    }
    String n = name.startsWith("~") ? System.getProperty("user.home") + name.substring(1) : name;
    Path p = Path.of(n);
    if (p.isAbsolute()) {
      return p.normalize();
    }
    if (root.isEmpty()) {
      throw new IllegalArgumentException(
          key
              + " = '"
              + name
              + "' is a relative path: set "
              + rootKey
              + " to the directory it is in (an absolute path or "
              + CLASSPATH
              + "/...), or make it absolute; the working directory is never guessed");
    }
    Path base;
    if (root.startsWith(CLASSPATH)) {
      base = classPath(rootKey, root);
    } else {
      base = Path.of(root);
      if (!base.isAbsolute()) {
        throw new IllegalArgumentException(
            rootKey + " = '" + root + "' must be an absolute path or a " + CLASSPATH + " location");
      }
    }
    return base.resolve(n).normalize();
  }

  /** Whether {@code value} is a location of the class path rather than of the file system. */
  public static boolean onClassPath(String value) {
    return value.startsWith(CLASSPATH);
  }

  private static Path classPath(String key, String location) {
    Path found = FOUND.get(location);
    if (found == null) {
      found = find(key, location);
      FOUND.put(location, found);
    }
    return found;
  }

  private static Path find(String key, String location) {
    String resource = location.substring(CLASSPATH.length());
    while (resource.startsWith("/")) {
      resource = resource.substring(1);
    }
    while (resource.endsWith("/")) {
      resource = resource.substring(0, resource.length() - 1);
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = StaticLocation.class.getClassLoader();
    }
    URL url = resource.isEmpty() ? null : loader.getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException(
          key
              + " = '"
              + location
              + "': no class-path entry has '"
              + resource
              + "' (put it under src/main/resources/"
              + resource
              + ")");
    }
    try {
      if (url.getProtocol().equals("file")) {
        return Path.of(url.toURI()).normalize();
      }
      if (url.getProtocol().equals("jar")) {
        String spec = url.toURI().getRawSchemeSpecificPart(); // file:/x/app.jar!/static
        int bang = spec.indexOf("!/");
        Path jar = Path.of(URI.create(spec.substring(0, bang)));
        return jar(jar).getPath(URI.create(spec.substring(bang + 1)).getPath());
      }
    } catch (URISyntaxException | UncheckedIOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          key + " = '" + location + "': cannot open " + url + ": " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        key + " = '" + location + "': cannot serve files from " + url);
  }

  private static FileSystem jar(Path jar) {
    return JARS.computeIfAbsent(
        jar.toAbsolutePath().normalize(),
        j -> {
          try {
            return FileSystems.newFileSystem(j);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
