package org.jcherry.samples.wiki;

import java.time.Instant;

/** One edit of a page. */
record Revision(int rev, String body, String author, String comment, Instant createdAt) {}
