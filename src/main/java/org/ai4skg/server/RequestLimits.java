package org.ai4skg.server;

/**
 * How large a request may be; past these it is refused with a 4xx before any work is done.
 *
 * @param headerBytes      the request line and headers together (Jetty's {@code requestHeaderSize}); past it {@code 431}
 *                         (or {@code 414} when the request line alone is too long)
 * @param queryStringBytes the query string of a URL; past it {@code 413}
 * @param bodyBytes        a request body (a SPARQL query or form sent by POST); past it {@code 413}
 */
public record RequestLimits(int headerBytes, int queryStringBytes, long bodyBytes) {
    /** 16 KiB of headers, 8 KiB of query string, 1 MiB of body. */
    public static final RequestLimits DEFAULT = new RequestLimits(16 * 1024, 8 * 1024, 1024 * 1024);

    public RequestLimits {
        if (headerBytes < 1024 || queryStringBytes < 1 || bodyBytes < 1) {
            throw new IllegalArgumentException("request limits: headers at least 1024 bytes, query string and body at least 1");
        }
    }
}
