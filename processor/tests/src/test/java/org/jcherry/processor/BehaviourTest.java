package org.jcherry.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jcherry.HTTPError;
import org.jcherry.dispatch.DispatchTable;
import org.jcherry.dispatch.TestPaths;
import org.jcherry.dispatch.VirtualPath;
import org.jcherry.http.HeaderMap;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.internal.BoundHandler;
import org.jcherry.internal.Invocation;
import org.jcherry.internal.PageHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles the golden fixtures, loads the generated tables and drives them as the dispatcher does:
 * handler lookup, argument binding, children, popargs and {@code _cp_dispatch}, config.
 */
class BehaviourTest {
  @TempDir static Path classes;
  private static URLClassLoader loader;

  @BeforeAll
  static void compileAndLoad() throws Exception {
    Compilation c = Fixtures.javac().compile(Fixtures.goldenSources());
    loader = GeneratedClasses.load(c, classes);
  }

  @AfterAll
  static void close() throws Exception {
    loader.close();
  }

  @Test
  void handlerAnswersItsNameAndEveryTranslatedAlias() throws Exception {
    DispatchTable<Object> root = table("Root");
    PageHandler<Object> greet = root.handler("greet");
    assertThat(greet.name()).isEqualTo("Root.greet");
    assertThat(root.handler("hi")).isSameInstanceAs(greet);
    assertThat(root.handler("salut_html")).isSameInstanceAs(greet);
    assertThat(root.handler("who_am_i")).isSameInstanceAs(root.handler("whoami"));
    assertThat(root.handler("salut.html")).isNull(); // the dispatcher translates before asking
    assertThat(root.handler("nothing")).isNull();
    assertThat(root.defaultHandler()).isSameInstanceAs(root.handler("default"));
  }

  @Test
  void bindsNamedParametersAndDefaults() throws Exception {
    Object root = node("Root");
    PageHandler<Object> greet = table("Root").handler("greet");
    assertThat(greet.call(root, call(Map.of("name", "Ann", "times", "2"))))
        .isEqualTo("Hello Ann! Hello Ann! ");
    assertThat(greet.call(root, call(Map.of("name", "Ann")))).isEqualTo("Hello Ann! ");
    assertThat(greet.call(root, call(Map.of(), "Bob"))).isEqualTo("Hello Bob! ");
  }

  @Test
  void mismatchesAreCherryPyStatusCodes() throws Exception {
    Object root = node("Root");
    PageHandler<Object> greet = table("Root").handler("greet");
    HTTPError missing = assertThrows(HTTPError.class, () -> greet.call(root, call(Map.of())));
    assertThat(missing.code()).isEqualTo(404);
    assertThat(missing.errorMessage()).contains("Missing parameters: name");
    HTTPError notInt =
        assertThrows(
            HTTPError.class, () -> greet.call(root, call(Map.of("name", "a", "times", "x"))));
    assertThat(notInt.code()).isEqualTo(404);
    HTTPError surplus =
        assertThrows(HTTPError.class, () -> greet.call(root, call(Map.of(), "a", "1", "extra")));
    assertThat(surplus.code()).isEqualTo(404);
    HTTPError unexpected =
        assertThrows(
            HTTPError.class,
            () -> table("Root").handler("index").call(root, call(Map.of("q", "1"))));
    assertThat(unexpected.errorMessage()).contains("Unexpected query string parameters: q");
  }

  @Test
  void bindsEnumsOptionalsListsAndPrimitiveArrays() throws Exception {
    Object root = node("Root");
    PageHandler<Object> paint = table("Root").handler("paint");
    Request request = request();
    request.params().add("color", "GREEN");
    request.params().add("tag", "a");
    request.params().add("tag", "b");
    request.params().add("sizes", "10");
    request.params().add("sizes", "20");
    Object out = paint.call(root, new Invocation(request, new Response()));
    assertThat(out).isEqualTo("GREEN 0 [a, b] 2 2.5");
    assertThat(paint.config())
        .containsExactly("tools.caching.on", false, "response.headers.X-Tags", List.of("a", "b"));
    HTTPError badColour =
        assertThrows(HTTPError.class, () -> paint.call(root, call(Map.of("color", "PINK"))));
    assertThat(badColour.code()).isEqualTo(404);
  }

  @Test
  void injectsTheRequestAndCollectsKeywords() throws Exception {
    Object out = table("Root").handler("whoami").call(node("Root"), call(Map.of("x", "1")));
    assertThat(out).isEqualTo("GET {x=1}");
  }

  @Test
  void voidHandlerReturnsNull() throws Exception {
    assertThat(table("Root").handler("ping").call(node("Root"), call(Map.of()))).isNull();
  }

  @Test
  void defaultTakesThePathSegmentsAsVarargs() throws Exception {
    Object out = table("Root").defaultHandler().call(node("Root"), call(Map.of(), "a", "b"));
    assertThat(out).isEqualTo("default a/b");
  }

  @Test
  void childrenComeFromFieldsAndGetters() throws Exception {
    DispatchTable<Object> table = table("Root");
    Object root = node("Root");
    Object blog = table.child(root, "blog");
    assertThat(blog.getClass().getName()).isEqualTo("demo.Blog");
    assertThat(table.child(root, "blog")).isSameInstanceAs(blog);
    assertThat(table.child(root, "archive").getClass().getName()).isEqualTo("demo.Archive");
    assertThat(table.child(root, "users").getClass().getName()).isEqualTo("demo.Users");
    assertThat(table.child(root, "greet")).isNull();
    assertThat(table.child(root, "nothing")).isNull();
  }

  @Test
  void tableKnowsItsClassAndConfig() throws Exception {
    DispatchTable<Object> table = table("Root");
    assertThat(table.nodeType().getName()).isEqualTo("demo.Root");
    assertThat(table.config())
        .containsExactly(
            "tools.encode.encoding",
            "iso-8859-1",
            "tools.gzip.on",
            true,
            "tools.sessions.timeout",
            1440L);
    assertThat(table.dispatches()).isFalse();
    assertThat(table("Blog").config()).isEmpty();
  }

  @Test
  void classPopArgsPopsIntoParamsThenLooksTheRestUp() throws Exception {
    DispatchTable<Object> table = table("Blog");
    Object blog = node("Blog");
    assertThat(table.dispatches()).isTrue();

    Map<String, String> params = new HashMap<>();
    VirtualPath path = TestPaths.of("2024", "05", "create");
    Object next = table.dispatch(blog, path, params::put);
    assertThat(params).containsExactly("year", "2024", "month", "05");
    assertThat(next).isInstanceOf(BoundHandler.class);
    assertThat(((BoundHandler<?>) next).handler()).isSameInstanceAs(table.handler("create"));
    assertThat(path.isEmpty()).isTrue();

    params.clear();
    assertThat(table.dispatch(blog, TestPaths.of("2024"), params::put)).isSameInstanceAs(blog);
    assertThat(params).containsExactly("year", "2024");
  }

  @Test
  void fieldPopArgsContinuesOnTheField() throws Exception {
    Object archive = node("Archive");
    Map<String, String> params = new HashMap<>();
    VirtualPath path = TestPaths.of("2020", "delete");
    Object next = table("Archive").dispatch(archive, path, params::put);
    assertThat(next.getClass().getName()).isEqualTo("demo.Year");
    assertThat(params).containsExactly("year", "2020");
    assertThat(path.peek()).isEqualTo("delete");
  }

  @Test
  void methodPopArgsCallsTheMethodByNameAndLeavesParamsAlone() throws Exception {
    Map<String, String> params = new HashMap<>();
    Object month =
        table("Calendar").dispatch(node("Calendar"), TestPaths.of("2024", "05"), params::put);
    assertThat(params).isEmpty();
    assertThat(table("Month").handler("index").call(month, call(Map.of()))).isEqualTo("2024/05");
  }

  @Test
  void cpDispatchReturnsWhatTheMethodReturns() throws Exception {
    VirtualPath path = TestPaths.of("bob", "profile");
    Object member = table("Users").dispatch(node("Users"), path, (k, v) -> {});
    assertThat(table("Member").handler("profile").call(member, call(Map.of())))
        .isEqualTo("profile of bob");
    assertThat(path.peek()).isEqualTo("profile");
  }

  @Test
  void serviceLoaderFindsEveryTable() {
    List<String> types = new ArrayList<>();
    for (DispatchTable<?> t : ServiceLoader.load(DispatchTable.class, loader)) {
      types.add(t.nodeType().getSimpleName());
    }
    assertThat(types)
        .containsExactly("Archive", "Blog", "Calendar", "Member", "Month", "Root", "Users", "Year");
  }

  @Test
  void mainIsRunnableAndFoundByServiceLoaderForAutoreload() throws Exception {
    Class<?> main = loader.loadClass("demo.Root_Main");
    assertThat(main.getMethod("main", String[].class).getReturnType()).isEqualTo(void.class);
    List<String> found = new ArrayList<>();
    for (org.jcherry.boot.AppMain m : ServiceLoader.load(org.jcherry.boot.AppMain.class, loader)) {
      found.add(m.rootType().getName() + " at " + m.scriptName() + ": " + m.newRoot().getClass());
    }
    assertThat(found).containsExactly("demo.Root at /shop: class demo.Root");
  }

  @SuppressWarnings("unchecked")
  private static DispatchTable<Object> table(String node) throws Exception {
    return (DispatchTable<Object>)
        loader.loadClass("demo." + node + "_Dispatch").getConstructor().newInstance();
  }

  private static Object node(String name) throws Exception {
    return loader.loadClass("demo." + name).getConstructor().newInstance();
  }

  private static Request request() {
    return new Request(
        "GET",
        "/",
        "",
        "HTTP/1.1",
        "http",
        new HeaderMap(),
        null,
        null,
        InputStream.nullInputStream());
  }

  /** An invocation with query parameters {@code params} and positional arguments {@code args}. */
  private static Invocation call(Map<String, String> params, String... args) {
    Request request = request();
    params.forEach(request.params()::add);
    request.setArgs(List.of(args));
    return new Invocation(request, new Response());
  }
}
