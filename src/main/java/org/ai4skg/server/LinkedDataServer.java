package org.ai4skg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.ai4skg.store.StoreSummary;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.prometheus.PrometheusMetricsProvider;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The linked-data server: an embedded Fuseki serving one dataset read-only at {@code /sparql} (SPARQL 1.1 query only,
 * with honest limits and a {@code SERVICE} allow-list), plus the dereferenceable IRIs of the namespace, the dumps, VoID,
 * the JSON-LD context, {@code /$/ping} and {@code /$/metrics}. Built with {@link #create()}.
 *
 * <p>Stopping is graceful: the listening socket is closed at once (new connections are refused), a request that comes
 * on a connection already open, {@code /$/ping} included, gets {@code 503}, and the requests in flight may finish
 * within the grace period; then every connection is closed, cutting what still runs.
 */
public final class LinkedDataServer {
    /** Where the SPARQL endpoint is. */
    public static final String SPARQL_PATH = "/sparql";
    /** How many rendered descriptions are kept in memory. */
    private static final int CACHE_SIZE = 20_000;
    /** How long the threads of requests cut at the end of the grace period get to end. */
    private static final long CUT_THREADS_MILLIS = 1000;

    private final FusekiServer fuseki;
    private final String configuredBaseUrl;
    private final GracefulHandler inFlight;
    private final Duration gracePeriod;
    /** Once stopped: whether every request in flight finished within the grace period (guarded by this). */
    private Boolean finishedInTime;

    private LinkedDataServer(FusekiServer fuseki, String configuredBaseUrl, GracefulHandler inFlight, Duration gracePeriod) {
        this.fuseki = fuseki;
        this.configuredBaseUrl = configuredBaseUrl;
        this.inFlight = inFlight;
        this.gracePeriod = gracePeriod;
    }

    /** Whether Jetty's one shutdown thread will stop this server when the JVM ends (true while it runs). */
    boolean stopsAtJvmShutdown() {
        return org.eclipse.jetty.util.thread.ShutdownThread.isRegistered(fuseki.getJettyServer());
    }

    /** A builder with the defaults: port 3030, 30 s timeout, 10,000 rows, Wikidata and DBpedia allowed for SERVICE. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Binds the listening socket without answering yet, so that the real port (of a server built with port 0) is
     * known before {@link #start()}; returns it. Connections made before the start wait in the socket's backlog.
     */
    public int open() {
        try {
            connector().open();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot listen on port " + fuseki.getPort() + ": " + e.getMessage(), e);
        }
        return port();
    }

    /** Starts answering (binding first if {@link #open()} was not called); returns this server. */
    public LinkedDataServer start() {
        fuseki.start();
        return this;
    }

    /**
     * Stops the server: refuses new connections and requests at once, lets the requests in flight finish within the
     * grace period, cuts what still runs after it; returns once stopped (a second call, from any thread, waits for the
     * first). Returns whether every request in flight finished within the grace period.
     */
    public synchronized boolean stop() {
        if (finishedInTime == null) {
            Server jetty = fuseki.getJettyServer();
            boolean drained = !jetty.isStarted() || drain(jetty);
            // Drained, or out of time: no second wait, every connection is closed now; the threads of requests cut
            // get a second to end (as in Jetty's own graceful stop), then are interrupted and left.
            jetty.setStopTimeout(0);
            if (jetty.getThreadPool() instanceof QueuedThreadPool threads) {
                threads.setStopTimeout(CUT_THREADS_MILLIS);
            }
            fuseki.stop();
            finishedInTime = drained;
        }
        return finishedInTime;
    }

    /**
     * Closes the listening socket, turns new requests away with {@code 503} and waits for those in flight, up to the
     * grace period; whether they all ended. Connections that stay open (kept alive, idle) do not hold the stop: they
     * are closed with the rest after it.
     */
    private boolean drain(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof NetworkConnector listening) {
                listening.close();
            }
        }
        try {
            inFlight.shutdown().get(gracePeriod.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port listened on (the real one when built with port 0, once open). */
    public int port() {
        int local = connector().getLocalPort();
        return local > 0 ? local : fuseki.getPort();
    }

    private ServerConnector connector() {
        return (ServerConnector) fuseki.getJettyServer().getConnectors()[0];
    }

    /** The base URL the server answers at: the configured one, else {@code http://localhost:PORT/}. */
    public String baseUrl() {
        return configuredBaseUrl != null ? configuredBaseUrl : "http://localhost:" + port() + "/";
    }

    /** Settings of a {@link LinkedDataServer}; one method per setting. */
    public static final class Builder {
        private int port = 3030;
        private DatasetGraph dataset;
        private String baseUrl;
        private boolean trustProxy;
        private String host = "127.0.0.1";
        private Duration timeout = Duration.ofSeconds(30);
        private long maxRows = 10_000;
        private long maxTriples = 100_000;
        private RequestLimits requestLimits = RequestLimits.DEFAULT;
        private QueryAdmission admission = QueryAdmission.defaults();
        private Duration gracePeriod = Duration.ofSeconds(10);
        private Path dumps;
        private Path jsonLdContext;
        private List<String> allowedServices = ServiceGuard.DEFAULT_ALLOWED;
        private ResourceHtmlRenderer htmlRenderer;
        private Supplier<Graph> voidDescription = () -> null;
        private int pageSize = 1000;
        private Instant lastModified;
        private StoreSummary summary;
        private Consumer<String> accessLog;
        private final Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        private final List<Map.Entry<String, Filter>> filters = new ArrayList<>();

        private Builder() {
        }

        /** The HTTP port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The data to serve (read-only; its default graph is described at the namespace's IRIs). */
        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The public base URL (e.g. {@code https://example.org/ai4s-kg/}); default: per request, from {@code Host} (or a trusted proxy's headers). */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl == null ? null : BaseUrl.withSlash(baseUrl);
            return this;
        }

        /**
         * Whether a proxy in front is trusted: its {@code Forwarded} or {@code X-Forwarded-*} headers then give the base
         * URL (when none is configured) and say whether clients came over https. Default: false, the headers ignored.
         */
        public Builder trustProxy(boolean trusted) {
            this.trustProxy = trusted;
            return this;
        }

        /** The address to listen on: default {@code 127.0.0.1} (this machine only); {@code 0.0.0.0} for every interface. */
        public Builder host(String address) {
            this.host = Objects.requireNonNull(address, "host");
            return this;
        }

        /** The longest a query may run. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The most rows a SELECT returns; more are cut and the response says so with {@value ReadOnlyQueryProcessor#ROW_CAP_HEADER}. */
        public Builder maxRows(long maxRows) {
            this.maxRows = maxRows;
            return this;
        }

        /**
         * The most triples a CONSTRUCT or DESCRIBE returns; more are cut and the response says so with
         * {@value ReadOnlyQueryProcessor#TRIPLE_CAP_HEADER}.
         */
        public Builder maxTriples(long maxTriples) {
            this.maxTriples = maxTriples;
            return this;
        }

        /** How large a request's headers, query string and body may be. */
        public Builder requestLimits(RequestLimits limits) {
            this.requestLimits = Objects.requireNonNull(limits);
            return this;
        }

        /** How many queries run at once, how many wait, and each client's query time per minute. */
        public Builder admission(QueryAdmission admission) {
            this.admission = Objects.requireNonNull(admission);
            return this;
        }

        /** How long requests in flight may finish once the server is stopped (default 10 s; 0: they are cut at once). */
        public Builder gracePeriod(Duration gracePeriod) {
            this.gracePeriod = Objects.requireNonNull(gracePeriod);
            return this;
        }

        /** The folder served at {@code /dumps/}. */
        public Builder dumps(Path dumps) {
            this.dumps = dumps;
            return this;
        }

        /**
         * The VoID description and DCAT catalogue exported with the dumps, served at {@code /.well-known/void} as they
         * are; asked at each request, so it may be set after {@link #build()} and before the server starts. Default
         * (or when it gives null): a description of the served data naming the endpoint where the server answers.
         */
        public Builder voidDescription(Supplier<Graph> exported) {
            this.voidDescription = Objects.requireNonNull(exported);
            return this;
        }

        /** The JSON-LD context file served at {@code /context.jsonld}; default: the standard context of the dumps. */
        public Builder jsonLdContext(Path file) {
            this.jsonLdContext = file;
            return this;
        }

        /** The only endpoints a federated {@code SERVICE} may call. */
        public Builder allowedServices(List<String> endpoints) {
            this.allowedServices = List.copyOf(endpoints);
            return this;
        }

        /** Renders the HTML of the namespace's IRIs (the pages for people; required). */
        public Builder htmlRenderer(ResourceHtmlRenderer renderer) {
            this.htmlRenderer = Objects.requireNonNull(renderer);
            return this;
        }

        /** The most statements on one page of a description. */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** When the data last changed ({@code Last-Modified}); default: the start time. */
        public Builder lastModified(Instant lastModified) {
            this.lastModified = lastModified;
            return this;
        }

        /**
         * The data's version hash and size counted before (by {@code ai4s load}, or at start for data in memory);
         * default: counted at build, reading every quad.
         */
        public Builder summary(StoreSummary counted) {
            this.summary = counted;
            return this;
        }

        /** Where access-log lines go (default: the {@code org.ai4skg.server.access} logger). */
        public Builder accessLog(Consumer<String> sink) {
            this.accessLog = sink;
            return this;
        }

        /**
         * Adds a servlet (home page, search, query UI, timeline, static assets ...) at a servlet path spec, e.g.
         * {@code "/search"} or {@code "/static/*"}; {@code "/"} (or {@code ""}) is the home page, the exact root. Passed
         * through to {@link FusekiServer.Builder#addServlet}.
         */
        public Builder addServlet(String pathSpec, HttpServlet servlet) {
            // "/" would be the catch-all default servlet, which Fuseki keeps (its 404); the home page is the exact root "".
            servlets.put("/".equals(pathSpec) ? "" : pathSpec, servlet);
            return this;
        }

        /** Adds a servlet filter at a path spec; passed through to {@link FusekiServer.Builder#addFilter}. */
        public Builder addFilter(String pathSpec, Filter filter) {
            filters.add(Map.entry(pathSpec, filter));
            return this;
        }

        /** Builds the server (not started). */
        public LinkedDataServer build() {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(htmlRenderer, "htmlRenderer");
            BaseUrl publicUrl = BaseUrl.of(baseUrl, trustProxy);
            Instant modified = lastModified == null ? Instant.now() : lastModified;
            DataVersion version = summary != null ? DataVersion.of(dataset, summary.hash(), modified)
                    : DataVersion.of(dataset, modified);
            long triples = summary != null ? summary.triples()
                    : Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());

            ServiceGuard guard = new ServiceGuard(allowedServices);
            Context context = dataset.getContext() == null ? new Context() : dataset.getContext().copy();
            context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
            ServiceExecutorRegistry services = ServiceExecutorRegistry.get().copy();
            services.addSingleLink(guard.executor());
            ServiceExecutorRegistry.set(context, services);
            DatasetGraph readOnly = new DatasetGraphReadOnly(dataset, context);

            DataService sparql = DataService.newBuilder(readOnly).addEndpoint(Operation.Query, "").build();
            // Fuseki's own Prometheus registry (what /$/metrics shows), made here so that the admission's meters join it.
            PrometheusMetricsProvider metrics = new PrometheusMetricsProvider();
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .verbose(false)
                    .addServletAttribute(Fuseki.attrMetricsProvider, metrics)
                    .addFilter("/*", new SecurityHeaders(publicUrl))
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableStats(false)
                    .enableCors(true, Cors.configFile())
                    .registerOperation(Operation.Query, new ReadOnlyQueryProcessor(guard, maxRows, maxTriples))
                    .add(SPARQL_PATH, sparql)
                    .addFilter("/*", new BadRequestFilter(requestLimits))
                    .addFilter(SPARQL_PATH, new ServiceDescriptionFilter(publicUrl, triples, version, admission,
                            requestLimits))
                    .addFilter(SPARQL_PATH, new AdmissionFilter(admission, publicUrl, metrics.getMeterRegistry()));

            DescriptionServlet descriptions = new DescriptionServlet(new DescriptionReader(readOnly, pageSize, summary),
                    htmlRenderer, version, publicUrl, CACHE_SIZE);
            fuseki.addServlet("/resource/*", descriptions);
            fuseki.addServlet("/ontology", descriptions);
            for (RdfFormat format : RdfFormat.values()) {
                fuseki.addServlet("/ontology." + format.suffix(), descriptions);
            }
            if (dumps != null) {
                fuseki.addServlet("/dumps/*", new DumpsServlet(dumps));
            }
            fuseki.addServlet("/.well-known/void",
                    new VoidServlet(voidDescription, dumps, triples, version, publicUrl, summary));
            fuseki.addServlet("/context.jsonld", new ContextServlet(jsonLdContext, version.lastModified()));
            servlets.forEach(fuseki::addServlet);
            filters.forEach(entry -> fuseki.addFilter(entry.getKey(), entry.getValue()));
            PageValidators pageValidators = new PageValidators(version);
            servlets.keySet().stream().filter(path -> !path.startsWith("/static"))
                    .forEach(path -> fuseki.addFilter(path, pageValidators));

            FusekiServer server = fuseki.build();
            Cors.deleteConfigFiles();
            ((ServerConnector) server.getJettyServer().getConnectors()[0]).setHost(host);
            server.getJettyServer().setRequestLog(AccessLog.create(accessLog));
            Compression.install(server.getJettyServer());
            limit(server.getJettyServer(), requestLimits);
            // Counts the requests in flight and answers 503 to new ones once stopping.
            GracefulHandler inFlight = new GracefulHandler(server.getJettyServer().getHandler());
            server.getJettyServer().setHandler(inFlight);
            // Jetty's one shutdown thread stops the server when the JVM ends (e.g. SIGTERM where ai4s serve cannot
            // handle it), gracefully with this timeout; stopping deregisters it, so servers started and stopped in one
            // JVM leave no hooks behind.
            server.getJettyServer().setStopTimeout(gracePeriod.toMillis());
            server.getJettyServer().setStopAtShutdown(true);
            return new LinkedDataServer(server, baseUrl, inFlight, gracePeriod);
        }

        /**
         * Jetty's own limits and error pages: headers up to the limit (else 431), forms up to the body limit, plain
         * errors; connections closed past the idle timeout, or the header timeout while a request head is awaited; a body
         * read whole, holding no thread, before any filter, and a 408 when it takes longer than the header timeout.
         */
        private static void limit(Server jetty, RequestLimits limits) {
            for (Connector connector : jetty.getConnectors()) {
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize(limits.headerBytes());
                }
                if (connector instanceof AbstractConnector served) {
                    served.setIdleTimeout(limits.idleTimeout().toMillis());
                }
            }
            BodyTimeout.install(jetty, limits.headerTimeout(), limits.bodyBytes());
            HeaderTimeout.install(jetty, limits.headerTimeout());
            jetty.setErrorHandler(new PlainErrorHandler());
            ServletContextHandler context = jetty.getDescendant(ServletContextHandler.class);
            if (context != null) {
                context.setErrorHandler(PlainErrorHandler.forServlets());
                context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.bodyBytes()));
            }
        }
    }
}
