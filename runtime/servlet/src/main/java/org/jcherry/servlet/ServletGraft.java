package org.jcherry.servlet;

import io.undertow.servlet.Servlets;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.DeploymentManager;
import io.undertow.servlet.api.FilterInfo;
import io.undertow.servlet.api.ServletInfo;
import io.undertow.servlet.util.ImmediateInstanceFactory;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import org.jcherry.server.UndertowGraft;

/**
 * A Jakarta Servlet application grafted beside the JCherry tree, CherryPy's {@code
 * tree.graft(wsgi_app, "/legacy")} for a Servlet application:
 *
 * <pre>{@code
 * Cherry.tree().graft(
 *     ServletGraft.named("legacy")
 *         .filter(new AuditFilter(), "/*")
 *         .servlet(new LegacyServlet(), "/*")
 *         .build(),
 *     "/legacy");
 * }</pre>
 *
 * <p>The tree routes to it by the same longest-prefix rule as a mount; the script name is the
 * application's context path ({@code getContextPath()}) and the rest of the path is matched against
 * the servlet mappings ({@code getServletPath()}, {@code getPathInfo()}), so a path no mapping
 * takes is the container's own 404. The application is deployed when grafted, on undertow-servlet,
 * serves on the JCherry request thread that took the request, and is undeployed (its servlets and
 * filters destroyed) when the engine exits. The servlets are the instances given (no class is
 * instantiated by reflection).
 */
public final class ServletGraft {
  private ServletGraft() {}

  /** Starts a Servlet application called {@code name} (its deployment name, and in messages). */
  public static Builder named(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A Servlet application needs a name");
    }
    return new Builder(name);
  }

  /**
   * Any undertow-servlet deployment, for what the {@link Builder} does not cover (listeners, init
   * parameters, welcome files, resources): its context path is set to the script name it is grafted
   * at.
   */
  public static UndertowGraft of(DeploymentInfo deployment) {
    if (deployment == null || deployment.getDeploymentName() == null) {
      throw new IllegalArgumentException("ServletGraft.of needs a deployment with a name");
    }
    DeploymentInfo info = deployment.clone();
    String description = "the Servlet application " + info.getDeploymentName();
    return UndertowGraft.deployedAt(description, scriptName -> deploy(info, scriptName));
  }

  private static UndertowGraft.Deployment deploy(DeploymentInfo info, String scriptName) {
    // The servlet spec's context path of the site root is "", which undertow-servlet spells "/".
    DeploymentInfo at = info.clone().setContextPath(scriptName.isEmpty() ? "/" : scriptName);
    DeploymentManager manager = Servlets.newContainer().addDeployment(at);
    manager.deploy();
    try {
      return new UndertowGraft.Deployment(manager.start(), () -> undeploy(manager));
    } catch (ServletException e) {
      throw new IllegalStateException(
          "The Servlet application "
              + info.getDeploymentName()
              + " did not start at '"
              + scriptName
              + "': "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Destroys the servlets and filters (their {@code destroy()}), as a container's shutdown does.
   */
  private static void undeploy(DeploymentManager manager) {
    try {
      manager.stop();
    } catch (ServletException e) {
      throw new IllegalStateException("A Servlet application did not stop: " + e.getMessage(), e);
    }
    manager.undeploy();
  }

  /** The servlets and filters of one application, mapped as in {@code web.xml}. */
  public static final class Builder {
    private final DeploymentInfo info;
    private int count;

    private Builder(String name) {
      info =
          Servlets.deployment()
              .setDeploymentName(name)
              .setClassLoader(ServletGraft.class.getClassLoader());
    }

    /**
     * Adds {@code servlet}, serving the URL patterns {@code mappings} ({@code "/*"}, {@code
     * "/api/*"}, {@code "*.jsp"}, {@code "/exact"}, relative to the script name).
     */
    public Builder servlet(Servlet servlet, String... mappings) {
      if (servlet == null || mappings.length == 0) {
        throw new IllegalArgumentException("A servlet needs an instance and at least one mapping");
      }
      String name = "servlet-" + ++count + " " + servlet.getClass().getName();
      info.addServlet(
          new ServletInfo(name, servlet.getClass(), new ImmediateInstanceFactory<>(servlet))
              .addMappings(mappings)
              .setLoadOnStartup(1));
      return this;
    }

    /**
     * Adds {@code filter} in front of requests to the URL patterns {@code urlPatterns}, in order.
     */
    public Builder filter(Filter filter, String... urlPatterns) {
      if (filter == null || urlPatterns.length == 0) {
        throw new IllegalArgumentException("A filter needs an instance and at least one pattern");
      }
      String name = "filter-" + ++count + " " + filter.getClass().getName();
      info.addFilter(
          new FilterInfo(name, filter.getClass(), new ImmediateInstanceFactory<>(filter)));
      for (String pattern : urlPatterns) {
        info.addFilterUrlMapping(name, pattern, DispatcherType.REQUEST);
      }
      return this;
    }

    /** The graft, for {@code Cherry.tree().graft(graft, scriptName)}. */
    public UndertowGraft build() {
      return of(info);
    }
  }
}
