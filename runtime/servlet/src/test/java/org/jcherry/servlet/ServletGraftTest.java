package org.jcherry.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcherry.app.Tree;
import org.jcherry.config.GlobalConfig;
import org.jcherry.server.UndertowGraft;
import org.jcherry.testing.CherryServer;
import org.jcherry.testing.TestClient;
import org.jcherry.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Servlet application grafted at {@code /legacy} beside a JCherry tree at the site root and
 * another at {@code /legacy/new}, over a real socket: the script name is the context path, the rest
 * the servlet path and path info; headers, query string and body pass both ways; a path no servlet
 * maps is the container's 404; a taken script name fails naming both.
 */
class ServletGraftTest {
  /** Answers what it was asked, as a servlet sees it. */
  static final class Echo extends HttpServlet {
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      resp.setContentType("text/plain;charset=utf-8");
      resp.setHeader("X-Legacy", "yes");
      resp.getWriter()
          .print(
              String.join(
                  "|",
                  req.getMethod(),
                  req.getContextPath(),
                  req.getServletPath(),
                  String.valueOf(req.getPathInfo()),
                  String.valueOf(req.getQueryString()),
                  String.valueOf(req.getParameter("x")),
                  String.valueOf(req.getHeader("X-Asked")),
                  body));
    }
  }

  /** Marks every answer of the Servlet application, the container's own 404 too. */
  static final Filter MARK =
      (request, response, chain) -> {
        ((HttpServletResponse) response).setHeader("X-Filtered", "legacy");
        chain.doFilter(request, response);
      };

  @RegisterExtension
  static final CherryServer server =
      CherryServer.of(new Site("root"))
          .graft(
              ServletGraft.named("legacy")
                  .filter(MARK, "/*")
                  .servlet(new Echo(), "/echo/*")
                  .build(),
              "/legacy/")
          .mount(new Site("new"), "/legacy/new", Map.of());

  @Test
  void theServletSeesTheScriptNameAsItsContextPath(TestClient client) {
    TestResponse r =
        client.request(
            "POST",
            "/legacy/echo/a/b?x=1&y=%C3%A9",
            Map.of("X-Asked", "please", "Content-Type", "text/plain"),
            "the body".getBytes(StandardCharsets.UTF_8));
    assertEquals(200, r.status(), r::body);
    assertEquals("POST|/legacy|/echo|/a/b|x=1&y=%C3%A9|1|please|the body", r.body());
    assertEquals("yes", r.header("X-Legacy"));
    assertEquals("legacy", r.header("X-Filtered"));
    assertEquals("text/plain;charset=utf-8", r.header("Content-Type"));
    assertEquals("GET|/legacy|/echo|null|null|null|null|", client.get("/legacy/echo").body());
  }

  @Test
  void aPathNoServletMapsIsTheContainersNotFound(TestClient client) {
    TestResponse r = client.get("/legacy/nothing/here");
    assertEquals(404, r.status());
    assertEquals("legacy", r.header("X-Filtered"), "the Servlet application answered");
  }

  @Test
  void theTreesKeepWhatIsTheirs(TestClient client) {
    assertEquals("root index", client.get("/").body());
    assertEquals("new page 3", client.get("/legacy/new/page?id=3").body(), "the longer name wins");
    TestResponse outside = client.get("/legacyx/echo");
    assertEquals(404, outside.status());
    assertEquals(null, outside.header("X-Filtered"), "not under /legacy: the root tree's 404");
  }

  @Test
  void theServletsAreDestroyedWhenTheEngineExits() {
    AtomicInteger destroyed = new AtomicInteger();
    HttpServlet counted =
        new HttpServlet() {
          @Override
          public void destroy() {
            destroyed.incrementAndGet();
          }
        };
    CherryServer own =
        CherryServer.of(new Site("own"))
            .graft(ServletGraft.named("counted").servlet(counted, "/*").build(), "/counted")
            .start();
    assertEquals(0, destroyed.get());
    own.stop();
    assertEquals(1, destroyed.get());
  }

  @Test
  void aTakenScriptNameFailsNamingBoth() {
    Tree tree = new Tree(new GlobalConfig());
    tree.mount(new Site("shop"), "/shop", Map.of());
    UndertowGraft legacy = ServletGraft.named("legacy").servlet(new Echo(), "/*").build();
    IllegalStateException onApp =
        assertThrows(IllegalStateException.class, () -> tree.graft(legacy, "/shop"));
    assertEquals(
        "Cannot graft the Servlet application legacy at '/shop':"
            + " the application org.jcherry.servlet.Site is mounted there",
        onApp.getMessage());

    tree.graft(legacy, "/legacy");
    IllegalStateException onGraft =
        assertThrows(
            IllegalStateException.class, () -> tree.mount(new Site("x"), "/legacy/", Map.of()));
    assertEquals(
        "Cannot mount org.jcherry.servlet.Site at '/legacy':"
            + " the Servlet application legacy is grafted there",
        onGraft.getMessage());
    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> tree.graft(legacy, "/other"));
    assertEquals(
        "Cannot graft the Servlet application legacy at '/other': it is grafted at '/legacy',"
            + " and its context path is that script name",
        twice.getMessage());
  }
}
