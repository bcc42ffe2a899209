package org.jcherry.session;

import java.time.Duration;

/**
 * What {@code tools.sessions} config says about one handler's sessions, read once per config scope:
 * the store, the cookie, the timeout (of data and cookie) and how long to wait for a session's
 * lock.
 */
record SessionOptions(
    SessionStore store, SessionCookie cookie, Duration timeout, Duration lockTimeout) {}
