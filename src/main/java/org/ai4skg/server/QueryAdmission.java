package org.ai4skg.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How many SPARQL queries run at once and how much query time each client gets: the model of the Wikidata Query
 * Service. Past {@code maxConcurrent} running queries a request waits in a queue of at most {@code queue} requests, for
 * at most {@code maxWait}; past that it gets {@code 503}. A client that has used {@code timePerMinute} of query time in
 * the last minute gets {@code 429} until enough of it is a minute old.
 *
 * @param maxConcurrent the most queries running at once (at least 1)
 * @param queue         the most requests waiting for a running query to end (0: none wait)
 * @param maxWait       the longest a request waits in the queue
 * @param timePerMinute the query time one client may use in any minute
 * @param perClient     the most queries one client may have running or waiting at once; past it {@code 429}
 */
public record QueryAdmission(int maxConcurrent, int queue, Duration maxWait, Duration timePerMinute, int perClient) {
    /** The longest a request waits in the queue by default. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    public QueryAdmission {
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(timePerMinute, "timePerMinute");
        if (perClient < 1) {
            throw new IllegalArgumentException("query admission: at least 1 query per client");
        }
        if (maxConcurrent < 1 || queue < 0 || maxWait.isNegative() || timePerMinute.isNegative()
                || timePerMinute.isZero()) {
            throw new IllegalArgumentException("query admission: at least 1 query at once, a queue of 0 or more, "
                    + "a wait of 0 s or more and a positive query time per minute");
        }
    }

    /** Without a limit of queries per client (only the shared slots and queue bound them). */
    public QueryAdmission(int maxConcurrent, int queue, Duration maxWait, Duration timePerMinute) {
        this(maxConcurrent, queue, maxWait, timePerMinute, Integer.MAX_VALUE);
    }

    /**
     * max(2, cores) queries at once, twice as many waiting up to 5 s, 60 s of query time per client per minute, and one
     * client at most one query fewer than the slots running or waiting at once ({@link #defaultPerClient}), so that one
     * client alone never holds every slot. Behind a proxy every client is the proxy's address unless the proxy is trusted.
     */
    public static QueryAdmission defaults() {
        int concurrent = defaultConcurrent();
        return new QueryAdmission(concurrent, 2 * concurrent, DEFAULT_WAIT, Duration.ofSeconds(60),
                defaultPerClient(concurrent));
    }

    /** One query fewer than {@code concurrent} (at least 1): what one client may have running or waiting by default. */
    public static int defaultPerClient(int concurrent) {
        return Math.max(1, concurrent - 1);
    }

    /** max(2, the processors available). */
    public static int defaultConcurrent() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
