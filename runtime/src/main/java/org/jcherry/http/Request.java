package org.jcherry.http;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * The request being served, CherryPy's {@code cherrypy.request}: reach it as {@code
 * Cherry.request()} or declare a {@code Request} parameter on a handler. The server fills in what
 * came over the wire; the application fills in where it was dispatched and what the config says.
 */
public final class Request {
  // What came over the wire.
  private final String method;
  private final String rawPath;
  private final String queryString;
  private final String protocol;
  private final String scheme;
  private final HeaderMap headers;
  private final Host local;
  private Host remote;
  private final InputStream rfile;

  // Set by the pipeline only, through PipelineAccess.
  String scriptName = "";
  String pathInfo = "/";
  RequestPlan plan = RequestPlan.UNDISPATCHED;
  String stage = "";
  Object relativeUrls = Boolean.FALSE;
  Request prev;
  RequestBody body;
  Throwable error;
  boolean onIoThread;

  // Set by the pipeline, and by tools as CherryPy's tools set them.
  private String base;
  private final Params params = new Params();
  private List<String> args = List.of();
  private boolean isIndex;
  private String login;
  private boolean processRequestBody = true;
  private String uniqueId;
  private Map<String, Object> attributes;
  private Callable<Object> handler;
  private TempFiles tempFiles;
  private List<Runnable> closeActions;
  private Cookies cookies;

  public Request(
      String method,
      String rawPath,
      String queryString,
      String protocol,
      String scheme,
      HeaderMap headers,
      Host local,
      Host remote,
      InputStream rfile) {
    this.method = method;
    this.rawPath = rawPath;
    this.queryString = queryString == null ? "" : queryString;
    this.protocol = protocol;
    this.scheme = scheme;
    this.headers = headers;
    this.local = local;
    this.remote = remote;
    this.rfile = rfile;
  }

  /** The request method, any token the client sent ({@code GET}, {@code PROPFIND}). */
  public String method() {
    return method;
  }

  /**
   * Whether the request is being served on the server's IO thread, where nothing may block: only
   * ever for a {@code @NonBlocking} handler whose plan allows it, until something on the way needs
   * a worker.
   */
  public boolean onIoThread() {
    return onIoThread;
  }

  /** The request target's path as sent, still percent-encoded. */
  public String rawPath() {
    return rawPath;
  }

  /** The raw (undecoded) query string, {@code ""} when there is none. */
  public String queryString() {
    return queryString;
  }

  /** {@code HTTP/1.1} or {@code HTTP/1.0}. */
  public String protocol() {
    return protocol;
  }

  /** Whether the client speaks HTTP/1.1 or later. */
  public boolean isHttp11() {
    return !"HTTP/1.0".equals(protocol) && !"HTTP/0.9".equals(protocol);
  }

  /** {@code http} or {@code https}. */
  public String scheme() {
    return scheme;
  }

  public HeaderMap headers() {
    return headers;
  }

  /**
   * The cookies the client sent, CherryPy's {@code request.cookie}, read from every {@code Cookie}
   * header on first use.
   *
   * @throws org.jcherry.HTTPError 400 for a malformed cookie name or attribute
   */
  public Cookies cookies() {
    if (cookies == null) {
      cookies = Cookies.of(headers);
    }
    return cookies;
  }

  public Host local() {
    return local;
  }

  public Host remote() {
    return remote;
  }

  /** Replaces the client address, as the proxy tool does with {@code X-Forwarded-For}. */
  public void setRemote(Host remote) {
    this.remote = remote;
  }

  /** The raw body stream; read it when {@code request.process_request_body} is off. */
  public InputStream rfile() {
    return rfile;
  }

  /** The mount point of the application, {@code ""} for the root; never ends with {@code /}. */
  public String scriptName() {
    return scriptName;
  }

  /** The path below the script name, percent-decoded as UTF-8 ({@code %2F} stays encoded). */
  public String pathInfo() {
    return pathInfo;
  }

  /** {@code scheme://host[:port]} as the client addressed this server. */
  public String base() {
    return base;
  }

  /** {@code GET /a?b=1 HTTP/1.1}. */
  public String requestLine() {
    return method
        + " "
        + rawPath
        + (queryString.isEmpty() ? "" : "?" + queryString)
        + " "
        + protocol;
  }

  /** Query string and body parameters, merged. */
  public Params params() {
    return params;
  }

  /** The path segments given to the handler as positional arguments. */
  public List<String> args() {
    return args;
  }

  /** Whether the handler was found as an index (so the path should end with {@code /}). */
  public boolean isIndex() {
    return isIndex;
  }

  /** The merged config in effect for this request. */
  public Map<String, Object> config() {
    return plan.config();
  }

  /** What the config of the handler says, worked out once for every request it serves. */
  RequestPlan plan() {
    return plan;
  }

  /** {@code false}, {@code true} or {@code "server"}: the app's {@code relative_urls}. */
  Object relativeUrls() {
    return relativeUrls;
  }

  /** The request this one was internally redirected from, or {@code null}. */
  public Request prev() {
    return prev;
  }

  /** The authenticated user name set by an auth tool, or {@code null}. */
  public String login() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  /** The processing stage, for error reports ({@code before_handler}, {@code handler}, ...). */
  public String stage() {
    return stage;
  }

  /** {@code request.show_tracebacks}: whether error pages show the stack trace. */
  public boolean showTracebacks() {
    return plan.showTracebacks();
  }

  /** {@code request.show_mismatched_params}: whether a 404/400 names the parameters. */
  public boolean showMismatchedParams() {
    return plan.showMismatchedParams();
  }

  public boolean processRequestBody() {
    return processRequestBody;
  }

  /** The body entity, once the application has decided how to read it; may be {@code null}. */
  public RequestBody body() {
    return body;
  }

  /** Names of the parameters that came from the body. */
  public Set<String> bodyParamNames() {
    return body == null ? Set.of() : body.paramNames();
  }

  /** A random id for this request, made on first use (CherryPy's {@code unique_id}). */
  public String uniqueId() {
    if (uniqueId == null) {
      uniqueId = UUID.randomUUID().toString();
    }
    return uniqueId;
  }

  /**
   * The handler call the dispatcher chose, bound to its arguments; {@code null} once a tool has
   * answered the request itself. Tools may wrap or replace it before the handler stage.
   */
  public Callable<Object> handler() {
    return handler;
  }

  public void setHandler(Callable<Object> handler) {
    this.handler = handler;
  }

  /** The unexpected exception being handled, while the error response is made. */
  public Throwable error() {
    return error;
  }

  /**
   * The temporary files made while serving this request (upload spool files); the server deletes
   * them after the response has been written.
   */
  public TempFiles tempFiles() {
    if (tempFiles == null) {
      tempFiles = new TempFiles();
    }
    return tempFiles;
  }

  /** Runs {@code action} when the request is closed, after its response was written. */
  public void onClose(Runnable action) {
    if (closeActions == null) {
      closeActions = new ArrayList<>(2);
    }
    closeActions.add(action);
  }

  /**
   * Closes the request once its response has been written (CherryPy's {@code request.close()}):
   * runs the close actions, such as on_end_request hooks, then deletes the temporary files.
   */
  public void close() {
    try {
      if (closeActions != null) {
        closeActions.forEach(Runnable::run);
      }
    } finally {
      if (tempFiles != null) {
        tempFiles.deleteAll();
      }
    }
  }

  /** Per-request values for tools and hooks. */
  public Object attribute(String name) {
    return attributes == null ? null : attributes.get(name);
  }

  public void setAttribute(String name, Object value) {
    if (attributes == null) {
      attributes = new HashMap<>();
    }
    attributes.put(name, value);
  }

  /** The request's base, as the proxy tool sets it from {@code X-Forwarded-Host}. */
  public void setBase(String base) {
    this.base = base;
  }

  /** The positional arguments the handler is called with. */
  public void setArgs(List<String> args) {
    this.args = List.copyOf(args);
  }

  /** Whether the handler is an index, as a tool that answers for a directory says. */
  public void setIndex(boolean isIndex) {
    this.isIndex = isIndex;
  }

  /**
   * CherryPy's {@code request.process_request_body}: a tool may turn body processing off for this
   * request before the body is read (json_in reads it itself).
   */
  public void setProcessRequestBody(boolean processRequestBody) {
    this.processRequestBody = processRequestBody;
  }

  @Override
  public String toString() {
    return requestLine();
  }
}
