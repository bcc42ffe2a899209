package org.jcherry.tools.builtin;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jcherry.http.Request;
import org.jcherry.http.Response;
import org.jcherry.tools.HookMap;
import org.jcherry.tools.HookPoint;
import org.jcherry.tools.Tool;
import org.jcherry.tools.ToolArgs;

/**
 * {@code tools.cpstats}: request statistics, CherryPy's {@code cpstats} (its "CherryPy
 * Applications" table). The request is timed from on_start_resource to on_end_request; requests
 * slower than {@code slow_queries} seconds are kept (the last {@code slow_queries_count}), and with
 * {@code uriset} the handler's times are also summed under that name. {@link #snapshot()} gives the
 * figures as plain maps and numbers, for a page that returns them as JSON for a monitoring system:
 *
 * <pre>{@code
 * @Expose @CpConfig("tools.json_out.on = True")
 * public Object stats() { return StatsTool.of(Cherry.request()).snapshot(); }
 * }</pre>
 */
public final class StatsTool implements Tool {
  private static final String STARTED = "cpstats.started";
  private static final String TOOL = "cpstats.tool";

  private final long startMillis = System.currentTimeMillis();
  private final AtomicLong current = new AtomicLong();
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong bytesWritten = new AtomicLong();
  private final AtomicLong totalNanos = new AtomicLong();
  private final Map<String, UriSet> uriSets = new ConcurrentHashMap<>();
  private final Deque<Map<String, Object>> slow = new ArrayDeque<>();

  /**
   * The statistics {@code request} is counted in: those of its application's {@code tools.cpstats}.
   *
   * @throws IllegalStateException when {@code tools.cpstats} is not on for the request's path
   */
  public static StatsTool of(Request request) {
    Object tool = request.attribute(TOOL);
    if (tool == null) {
      throw new IllegalStateException("tools.cpstats is not on for " + request.pathInfo());
    }
    return (StatsTool) tool;
  }

  @Override
  public String name() {
    return "cpstats";
  }

  @Override
  public void attach(HookMap.Builder hooks, ToolArgs args) {
    String uriset = args.string("uriset", null);
    double slowSeconds = args.number("slow_queries", 1.0);
    int slowCount = args.integer("slow_queries_count", 100);
    args.bool("debug", false);
    double priority = args.priority(50);
    args.checkNoOthers();
    hooks.attach(
        HookPoint.ON_START_RESOURCE,
        0,
        "cpstats.start",
        (request, response) -> {
          current.incrementAndGet();
          request.setAttribute(TOOL, this);
          request.setAttribute(STARTED, System.nanoTime());
        });
    hooks.attach(
        HookPoint.ON_END_REQUEST,
        priority,
        "cpstats",
        (request, response) -> stop(request, response, uriset, slowSeconds, slowCount));
  }

  private void stop(
      Request request, Response response, String uriset, double slowSeconds, int slowCount) {
    Object started = request.attribute(STARTED);
    if (started == null) {
      return;
    }
    long nanos = System.nanoTime() - (Long) started;
    current.decrementAndGet();
    total.incrementAndGet();
    totalNanos.addAndGet(nanos);
    Object body = response.body();
    String length = response.headers().get("Content-Length");
    bytesWritten.addAndGet(
        body instanceof byte[] ? ((byte[]) body).length : length == null ? 0 : parse(length));
    double seconds = nanos / 1e9;
    if (uriset != null) {
      uriSets.computeIfAbsent(uriset, u -> new UriSet()).add(seconds);
    }
    if (seconds > slowSeconds) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("Request-Line", request.requestLine());
      entry.put("Status", response.statusLine());
      entry.put("Processing Time", seconds);
      synchronized (slow) {
        slow.addLast(entry);
        while (slow.size() > slowCount) {
          slow.removeFirst();
        }
      }
    }
  }

  /** The figures now: totals, rates, uri sets and slow requests, as JSON-ready values. */
  public Map<String, Object> snapshot() {
    double uptime = (System.currentTimeMillis() - startMillis) / 1000.0;
    long requests = total.get();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Enabled", true);
    out.put("Start Time", Instant.ofEpochMilli(startMillis).toString());
    out.put("Uptime", uptime);
    out.put("Current Requests", current.get());
    out.put("Total Requests", requests);
    out.put("Total Bytes Written", bytesWritten.get());
    out.put("Total Time", totalNanos.get() / 1e9);
    out.put("Requests/Second", uptime > 0 ? requests / uptime : 0.0);
    out.put("Bytes Written/Request", requests > 0 ? (double) bytesWritten.get() / requests : 0.0);
    Map<String, Object> sets = new LinkedHashMap<>();
    uriSets.forEach((name, set) -> sets.put(name, set.snapshot()));
    out.put("URI Set Tracking", sets);
    synchronized (slow) {
      out.put("Slow Queries", new ArrayList<>(slow));
    }
    return out;
  }

  private static long parse(String length) {
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Count, min, max and sum of the times of one uri set. */
  private static final class UriSet {
    private long count;
    private double min = Double.MAX_VALUE;
    private double max;
    private double sum;

    synchronized void add(double seconds) {
      count++;
      min = Math.min(min, seconds);
      max = Math.max(max, seconds);
      sum += seconds;
    }

    synchronized Map<String, Object> snapshot() {
      return Map.of(
          "Count", count, "Min", min, "Max", max, "Sum", sum, "Avg", count > 0 ? sum / count : 0.0);
    }
  }
}
