package org.jcherry.http;

/** One end of the connection: CherryPy's {@code request.remote} and {@code request.local}. */
public record Host(String ip, int port, String name) {}
