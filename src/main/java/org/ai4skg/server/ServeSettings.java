package org.ai4skg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.ai4skg.publication.Layout;

/**
 * What {@link PublicationServer} serves and how.
 *
 * @param layout          the repository: its {@code ontology/} and {@code data/} are served (validated first) unless
 *                        {@code tdb2} is given; its {@code queries/} fill the query page's gallery
 * @param port            the HTTP port; 0 picks a free one
 * @param baseUrl         the public base URL, or null to take it from each request (and {@code http://localhost:PORT/}
 *                        in the dumps' VoID)
 * @param timeout         the longest a query may run
 * @param maxRows         the most rows a SELECT returns
 * @param maxTriples      the most triples a CONSTRUCT or DESCRIBE returns
 * @param requestLimits   how large a request's headers, query string and body may be
 * @param tdb2            a TDB2 store made by {@code ai4s load} to serve instead of the repository's files, or null
 * @param dumps           a folder made by {@code ai4s export} to serve at {@code /dumps/}, or null: the repository's
 *                        publication is then exported at start into {@code exportTo} (none when serving {@code tdb2})
 * @param exportTo        where the dumps are exported at start when {@code dumps} is null
 * @param context         the JSON-LD context file served at {@code /context.jsonld}, or null: the dumps folder's
 *                        {@code context.jsonld}, else the standard context the dumps are compacted with
 * @param allowedServices the only endpoints a federated {@code SERVICE} may call
 * @param pageSize        the most statements on one page of a description in RDF
 * @param accessLog       where access-log lines go, or null for the {@code org.ai4skg.server.access} logger
 * @param host            the address to listen on: {@code 127.0.0.1} (this machine only), {@code 0.0.0.0} (every
 *                        interface, e.g. behind a proxy on another machine) or one interface's address
 * @param trustProxy      whether a proxy is in front whose {@code Forwarded} / {@code X-Forwarded-*} headers are
 *                        honoured (base URL, https); otherwise they are ignored, whoever sends them
 * @param admission       how many queries run at once, how many wait, and each client's query time per minute
 * @param gracePeriod     how long requests in flight may finish once the server is stopped (SIGTERM, Ctrl-C); new
 *                        requests, {@code /$/ping} included, are refused meanwhile ({@code 503} on a connection
 *                        still open)
 */
public record ServeSettings(Layout layout, int port, String baseUrl, Duration timeout, long maxRows, long maxTriples,
                            RequestLimits requestLimits, Path tdb2, Path dumps, Path exportTo, Path context,
                            List<String> allowedServices, int pageSize, Consumer<String> accessLog, String host,
                            boolean trustProxy, QueryAdmission admission, Duration gracePeriod) {
    /** How long requests in flight may finish once the server is told to stop, by default. */
    public static final Duration DEFAULT_GRACE_PERIOD = Duration.ofSeconds(10);

    public ServeSettings {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(requestLimits, "requestLimits");
        allowedServices = List.copyOf(allowedServices);
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(admission, "admission");
        if (Objects.requireNonNull(gracePeriod, "gracePeriod").isNegative()) {
            throw new IllegalArgumentException("grace period: 0 s or more");
        }
    }

    /**
     * The defaults of {@code ai4s serve} for a repository: port 3030 on {@code 127.0.0.1}, no proxy trusted, 30 s,
     * 10,000 rows, 100,000 triples, the {@link RequestLimits#DEFAULT default request limits}, the
     * {@link QueryAdmission#defaults() default query admission}, dumps exported into
     * {@code target/served-dumps}, a grace period of 10 s.
     */
    public static ServeSettings of(Layout layout) {
        return new ServeSettings(layout, 3030, null, Duration.ofSeconds(30), 10_000, 100_000, RequestLimits.DEFAULT, null,
                null, layout.home().resolve("target/served-dumps"), null, ServiceGuard.DEFAULT_ALLOWED, 1000, null,
                "127.0.0.1", false, QueryAdmission.defaults(), DEFAULT_GRACE_PERIOD);
    }

    public ServeSettings withPort(int value) {
        return edit(copy -> copy.port = value);
    }

    public ServeSettings withBaseUrl(String value) {
        return edit(copy -> copy.baseUrl = value);
    }

    public ServeSettings withTimeout(Duration value) {
        return edit(copy -> copy.timeout = value);
    }

    public ServeSettings withMaxRows(long value) {
        return edit(copy -> copy.maxRows = value);
    }

    public ServeSettings withMaxTriples(long value) {
        return edit(copy -> copy.maxTriples = value);
    }

    public ServeSettings withRequestLimits(RequestLimits value) {
        return edit(copy -> copy.requestLimits = value);
    }

    public ServeSettings withTdb2(Path value) {
        return edit(copy -> copy.tdb2 = value);
    }

    public ServeSettings withDumps(Path value) {
        return edit(copy -> copy.dumps = value);
    }

    public ServeSettings withExportTo(Path value) {
        return edit(copy -> copy.exportTo = value);
    }

    public ServeSettings withContext(Path value) {
        return edit(copy -> copy.context = value);
    }

    public ServeSettings withAllowedServices(List<String> value) {
        return edit(copy -> copy.allowedServices = value);
    }

    public ServeSettings withPageSize(int value) {
        return edit(copy -> copy.pageSize = value);
    }

    public ServeSettings withAccessLog(Consumer<String> value) {
        return edit(copy -> copy.accessLog = value);
    }

    public ServeSettings withHost(String value) {
        return edit(copy -> copy.host = value);
    }

    public ServeSettings withTrustProxy(boolean value) {
        return edit(copy -> copy.trustProxy = value);
    }

    public ServeSettings withAdmission(QueryAdmission value) {
        return edit(copy -> copy.admission = value);
    }

    public ServeSettings withGracePeriod(Duration value) {
        return edit(copy -> copy.gracePeriod = value);
    }

    /** These settings with one changed: each {@code with…} names the one it changes. */
    private ServeSettings edit(Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.settings();
    }

    /** A mutable copy of the settings, for {@link #edit}. */
    private static final class Copy {
        private Layout layout;
        private int port;
        private String baseUrl;
        private Duration timeout;
        private long maxRows;
        private long maxTriples;
        private RequestLimits requestLimits;
        private Path tdb2;
        private Path dumps;
        private Path exportTo;
        private Path context;
        private List<String> allowedServices;
        private int pageSize;
        private Consumer<String> accessLog;
        private String host;
        private boolean trustProxy;
        private QueryAdmission admission;
        private Duration gracePeriod;

        Copy(ServeSettings settings) {
            this.layout = settings.layout;
            this.port = settings.port;
            this.baseUrl = settings.baseUrl;
            this.timeout = settings.timeout;
            this.maxRows = settings.maxRows;
            this.maxTriples = settings.maxTriples;
            this.requestLimits = settings.requestLimits;
            this.tdb2 = settings.tdb2;
            this.dumps = settings.dumps;
            this.exportTo = settings.exportTo;
            this.context = settings.context;
            this.allowedServices = settings.allowedServices;
            this.pageSize = settings.pageSize;
            this.accessLog = settings.accessLog;
            this.host = settings.host;
            this.trustProxy = settings.trustProxy;
            this.admission = settings.admission;
            this.gracePeriod = settings.gracePeriod;
        }

        ServeSettings settings() {
            return new ServeSettings(layout, port, baseUrl, timeout, maxRows, maxTriples, requestLimits, tdb2, dumps, exportTo, context, allowedServices, pageSize, accessLog, host, trustProxy, admission, gracePeriod);
        }
    }
}
