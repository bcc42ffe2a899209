package org.jcherry.boot;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * A fresh class loader over the app's class directories, for autoreload: a class or resource found
 * in them is loaded anew from them (child first), everything else (JCherry, the libraries, the JDK)
 * comes from {@code parent} as before, so new handler classes run on the same framework classes.
 */
final class ReloadedClasses extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  ReloadedClasses(List<Path> dirs, ClassLoader parent) {
    super("jcherry-autoreload", urls(dirs), parent);
  }

  private static URL[] urls(List<Path> dirs) {
    URL[] out = new URL[dirs.size()];
    for (int i = 0; i < out.length; i++) {
      try {
        out[i] = dirs.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null && findResource(name.replace('.', '/') + ".class") != null) {
        c = findClass(name);
      }
      if (c == null) {
        return super.loadClass(name, resolve);
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }

  @Override
  public URL getResource(String name) {
    URL own = findResource(name);
    return own != null ? own : super.getResource(name);
  }
}
