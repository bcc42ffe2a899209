package org.jcherry.samples.wiki;

/** A file attached to a page: its bytes are stored under {@code id}, never under {@code name}. */
record Attachment(long id, String name, String contentType, long size, String uploader) {}
