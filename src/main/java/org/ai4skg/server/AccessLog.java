package org.ai4skg.server;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One line per request: {@code METHOD path status ms}, to the {@code org.ai4skg.server.access} logger or a given sink. */
final class AccessLog implements RequestLog {
    static final Logger LOG = LoggerFactory.getLogger("org.ai4skg.server.access");

    private final Consumer<String> sink;

    AccessLog(Consumer<String> sink) {
        this.sink = sink == null ? LOG::info : sink;
    }

    @Override
    public void log(Request request, Response response) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - request.getBeginNanoTime());
        sink.accept(request.getMethod() + " " + request.getHttpURI().getPath() + " " + response.getStatus() + " " + ms + "ms");
    }
}
