package org.jcherry.tools.caching;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcherry.http.HeaderMap;

/**
 * CherryPy's {@code MemoryCache}: whole responses by URL and, within a URL, by the values of the
 * request headers its response named in {@code Vary}. Entries older than {@code delay} seconds are
 * dropped when next looked at; a body over {@code maxobj_size} bytes is not kept, and past {@code
 * maxobjects} entries or {@code maxsize} bytes the oldest entries make room.
 */
public final class MemoryCache {
  /** One cached response. */
  public record Entry(String status, List<String[]> headers, byte[] body, long createdMillis) {}

  /** The variants of one URL and the request headers that select among them. */
  private static final class Variants {
    List<String> selectingHeaders = List.of();
    final Map<List<String>, Entry> byHeaders = new LinkedHashMap<>();
  }

  final long delaySeconds;
  private final int maxObjects;
  private final long maxObjectSize;
  private final long maxSize;
  private final LinkedHashMap<String, Variants> store = new LinkedHashMap<>();
  private long size;
  private int count;

  MemoryCache(long delaySeconds, int maxObjects, long maxObjectSize, long maxSize) {
    this.delaySeconds = delaySeconds;
    this.maxObjects = maxObjects;
    this.maxObjectSize = maxObjectSize;
    this.maxSize = maxSize;
  }

  synchronized Entry get(String uri, HeaderMap requestHeaders, long now) {
    Variants v = store.get(uri);
    if (v == null) {
      return null;
    }
    List<String> key = key(v.selectingHeaders, requestHeaders);
    Entry e = v.byHeaders.get(key);
    if (e != null && now - e.createdMillis() > delaySeconds * 1000) {
      remove(v, key);
      return null;
    }
    return e;
  }

  synchronized void put(
      String uri, List<String> selectingHeaders, HeaderMap requestHeaders, Entry entry) {
    if (entry.body().length > maxObjectSize) {
      return;
    }
    Variants v = store.computeIfAbsent(uri, u -> new Variants());
    v.selectingHeaders = selectingHeaders;
    List<String> key = key(selectingHeaders, requestHeaders);
    remove(v, key);
    v.byHeaders.put(key, entry);
    size += entry.body().length;
    count++;
    evict();
  }

  synchronized void delete(String uri) {
    Variants v = store.remove(uri);
    if (v != null) {
      for (Entry e : v.byHeaders.values()) {
        size -= e.body().length;
        count--;
      }
    }
  }

  private void remove(Variants v, List<String> key) {
    Entry old = v.byHeaders.remove(key);
    if (old != null) {
      size -= old.body().length;
      count--;
    }
  }

  private void evict() {
    Iterator<Map.Entry<String, Variants>> it = store.entrySet().iterator();
    while ((count > maxObjects || size > maxSize) && it.hasNext()) {
      Variants v = it.next().getValue();
      for (Entry e : v.byHeaders.values()) {
        size -= e.body().length;
        count--;
      }
      it.remove();
    }
  }

  private static List<String> key(List<String> selectingHeaders, HeaderMap requestHeaders) {
    List<String> values = new ArrayList<>(selectingHeaders.size());
    for (String h : selectingHeaders) {
      values.add(requestHeaders.get(h, ""));
    }
    values.sort(null);
    return values;
  }
}
