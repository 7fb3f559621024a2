package org.ai4skg.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How large a request may be, and how slowly a client may send it or read its answer; past these it is refused with
 * a 4xx before any work is done, or its connection is closed.
 *
 * @param headerBytes      the request line and headers together (Jetty's {@code requestHeaderSize}); past it {@code 431}
 *                         (or {@code 414} when the request line alone is too long)
 * @param queryStringBytes the query string of a URL; past it {@code 413}
 * @param bodyBytes        a request body (a SPARQL query or form sent by POST); past it {@code 413}
 * @param headerTimeout    the longest a connection may take to send a whole request line and headers, from its opening
 *                         or from the end of its previous answer; past it the connection is closed (slowloris, unused
 *                         kept-alive connections); also the longest a request body may take after its headers,
 *                         past which {@code 408} and the connection closed (a POST body dribbled)
 * @param idleTimeout      the longest a connection may go without sending or taking a byte, e.g. a client that stops
 *                         reading a large answer; past it the connection is closed and the answer abandoned
 */
public record RequestLimits(int headerBytes, int queryStringBytes, long bodyBytes, Duration headerTimeout,
                            Duration idleTimeout) {
    /** The shortest header or idle timeout allowed. */
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    /** 10 s to send a request head. */
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    /** 30 s without a byte either way. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** 16 KiB of headers, 8 KiB of query string, 1 MiB of body, the default timeouts. */
    public static final RequestLimits DEFAULT = new RequestLimits(16 * 1024, 8 * 1024, 1024 * 1024);

    public RequestLimits {
        if (headerBytes < 1024 || queryStringBytes < 1 || bodyBytes < 1) {
            throw new IllegalArgumentException("request limits: headers at least 1024 bytes, query string and body at least 1");
        }
        Objects.requireNonNull(headerTimeout, "headerTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (headerTimeout.compareTo(MIN_TIMEOUT) < 0 || idleTimeout.compareTo(MIN_TIMEOUT) < 0) {
            throw new IllegalArgumentException("request limits: header and idle timeouts at least " + MIN_TIMEOUT.toSeconds() + " s");
        }
    }

    /** These sizes with the default timeouts. */
    public RequestLimits(int headerBytes, int queryStringBytes, long bodyBytes) {
        this(headerBytes, queryStringBytes, bodyBytes, DEFAULT_HEADER_TIMEOUT, DEFAULT_IDLE_TIMEOUT);
    }

    /** These limits with other timeouts. */
    public RequestLimits withTimeouts(Duration header, Duration idle) {
        return new RequestLimits(headerBytes, queryStringBytes, bodyBytes, header, idle);
    }
}
