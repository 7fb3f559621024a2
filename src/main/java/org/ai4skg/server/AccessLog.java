package org.ai4skg.server;

import java.util.function.Consumer;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;

/**
 * One line per request, {@code METHOD path status ms}, written by Jetty's {@link CustomRequestLog} to the
 * {@code org.ai4skg.server.access} logger or a given sink. The format names the method, the path without its query
 * string, the status and the time taken: never a header (so no credentials or cookies), a query string or a body.
 */
final class AccessLog {
    static final String LOGGER = "org.ai4skg.server.access";

    /** Jetty's format codes: method, URL path (no query), status, time taken in milliseconds. */
    static final String FORMAT = "%m %U %s %{ms}Tms";

    private AccessLog() {
    }

    /** The request log writing to {@code sink}, or to the {@value #LOGGER} logger when {@code sink} is null. */
    static RequestLog create(Consumer<String> sink) {
        if (sink != null) {
            return new CustomRequestLog(sink::accept, FORMAT);
        }
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(LOGGER);
        return new CustomRequestLog(writer, FORMAT);
    }
}
