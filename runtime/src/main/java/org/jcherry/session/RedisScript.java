package org.jcherry.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script of the Redis store, sent by its SHA-1 ({@code EVALSHA}) so a command carries 40
 * characters instead of the script. A Redis that does not know it (restarted, or its script cache
 * flushed) answers NOSCRIPT; then the text is sent ({@code EVAL}), which also caches it for the
 * next time.
 */
final class RedisScript {
  private final String text;
  private final String sha;

  RedisScript(String text) {
    this.text = text;
    this.sha = sha1(text);
  }

  /**
   * Runs the script on {@code redis}. NOSCRIPT means it did not run, so sending the text then runs
   * it once; a connection failure is raised as it is, for {@link RedisCommands} to handle.
   */
  Object run(RedisClient redis, List<String> keys, List<String> args) {
    try {
      return redis.evalsha(sha, keys, args);
    } catch (JedisNoScriptException e) {
      return redis.eval(text, keys, args);
    }
  }

  /** The SHA-1 that Redis names the script by: of its UTF-8 bytes, in lower-case hex. */
  static String sha1(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-1", e);
    }
  }
}
