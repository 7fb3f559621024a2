package org.ai4skg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ai4skg.failure.Ai4sException;
import org.ai4skg.server.PublicationServer;
import org.ai4skg.server.QueryAdmission;
import org.ai4skg.server.RequestLimits;
import org.ai4skg.server.ServeSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ai4s serve}: validates the publication and serves it read-only until stopped (Ctrl-C or SIGTERM), then lets the
 * requests in flight finish within the grace period and exits 0.
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serve the knowledge graph: SPARQL at /sparql, every IRI dereferenceable, dumps, VoID.",
                "In memory from ontology/ and data/ (validated first: data that does not conform is not served),",
                "or from a TDB2 store made by 'ai4s load'."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on "
            + "(default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface, e.g. behind a proxy).")
    String host;

    @Option(names = "--base-url", paramLabel = "URL", description = "Public base URL, e.g. https://example.org/ai4s-kg/ (default: from the request's "
            + "Host, or from a trusted proxy's headers).")
    String baseUrl;

    @Option(names = "--trust-proxy", description = "A proxy is in front: honour its Forwarded / X-Forwarded-Proto/Host/Prefix headers "
            + "(base URL, https). Without it they are ignored, whoever sends them.")
    boolean trustProxy;

    @Option(names = "--tdb2", paramLabel = "DIR", description = "Serve this TDB2 store instead of the repository's files.")
    Path tdb2;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000", description = "Row cap of a SELECT (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--max-triples", paramLabel = "N", defaultValue = "100000", description = "Triple cap of a CONSTRUCT or DESCRIBE "
            + "(default: ${DEFAULT-VALUE}; a capped result says so in the header X-Ai4s-Triple-Cap).")
    long maxTriples;

    @Option(names = "--max-header-bytes", paramLabel = "N", defaultValue = "16384", description = "Largest request line and headers "
            + "(default: ${DEFAULT-VALUE}; larger: 431).")
    int maxHeaderBytes;

    @Option(names = "--max-query-string-bytes", paramLabel = "N", defaultValue = "8192", description = "Longest query string of a URL "
            + "(default: ${DEFAULT-VALUE}; longer: 413, send the query by POST).")
    int maxQueryStringBytes;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576", description = "Largest request body, e.g. a "
            + "query sent by POST (default: ${DEFAULT-VALUE}; larger: 413).")
    long maxBodyBytes;

    @Option(names = "--header-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "Longest a connection may take "
            + "to send a request's line and headers, from its opening or its previous answer (default: ${DEFAULT-VALUE}; "
            + "longer: closed, e.g. clients dribbling their headers); also the longest a request body may take after its headers "
            + "(longer: 408 and closed).")
    int headerTimeout;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Longest a connection may go "
            + "without sending or taking a byte (default: ${DEFAULT-VALUE}; longer: closed, e.g. a client that stops reading "
            + "an answer). A query computing is not cut by it, only by --timeout.")
    int idleTimeout;

    @Option(names = "--max-concurrent-queries", paramLabel = "N", description = "SPARQL queries run at once "
            + "(default: the processors, at least 2).")
    Integer maxConcurrentQueries;

    @Option(names = "--query-queue", paramLabel = "N", description = "Queries that may wait for one of those to end "
            + "(default: twice --max-concurrent-queries; more: 503 with Retry-After).")
    Integer queryQueue;

    @Option(names = "--query-wait", paramLabel = "SECONDS", defaultValue = "5", description = "Longest a query waits in the queue "
            + "(default: ${DEFAULT-VALUE}; longer: 503 with Retry-After).")
    int queryWait;

    @Option(names = "--query-seconds-per-minute", paramLabel = "SECONDS", defaultValue = "60", description = "Query time one client "
            + "(its address, or the one a trusted proxy forwards) may use in any minute (default: ${DEFAULT-VALUE}; more: 429 with Retry-After).")
    int querySecondsPerMinute;

    @Option(names = "--max-queries-per-client", paramLabel = "N", description = "SPARQL queries one client may have running "
            + "or waiting at once (default: one fewer than --max-concurrent-queries, at least 1; more: 429 with Retry-After), "
            + "so that one client never holds every slot. Behind a proxy, use --trust-proxy: otherwise every client is the proxy.")
    Integer maxQueriesPerClient;

    @Option(names = "--grace-period", paramLabel = "SECONDS", defaultValue = "10", description = "On SIGTERM or Ctrl-C, "
            + "how long requests in flight may finish (default: ${DEFAULT-VALUE}); new ones, /$/ping included, are "
            + "refused at once (503 on a connection still open). A second signal ends at once.")
    int gracePeriod;

    @Option(names = "--dumps", paramLabel = "DIR", description = "Folder served at /dumps/, made by 'ai4s export' (default: the dumps are exported at start "
            + "into target/served-dumps/; none when serving --tdb2).")
    Path dumps;

    @Option(names = "--context", paramLabel = "FILE", description = "JSON-LD context served at /context.jsonld "
            + "(default: context.jsonld of the dumps folder if present, else the standard context the dumps are compacted with).")
    Path context;

    @Option(names = "--allow-service", paramLabel = "URL", split = ",", description = "Endpoints a federated SERVICE may call "
            + "(default: https://query.wikidata.org/sparql, https://dbpedia.org/sparql).")
    List<String> allowedServices;

    @Mixin
    HomeOption home;

    /** The running server, once ready (for tests that stop it). */
    volatile PublicationServer running;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535 || timeout < 1 || maxRows < 1 || maxTriples < 1) {
            throw Ai4sException.usage("--port must be 0-65535, --timeout, --max-rows and --max-triples at least 1");
        }
        if (maxHeaderBytes < 1024 || maxQueryStringBytes < 1 || maxBodyBytes < 1) {
            throw Ai4sException.usage("--max-header-bytes must be at least 1024, --max-query-string-bytes and --max-body-bytes at least 1");
        }
        if (headerTimeout < RequestLimits.MIN_TIMEOUT.toSeconds() || idleTimeout < RequestLimits.MIN_TIMEOUT.toSeconds()) {
            throw Ai4sException.usage("--header-timeout and --idle-timeout must be at least " + RequestLimits.MIN_TIMEOUT.toSeconds() + " s");
        }
        int concurrent = maxConcurrentQueries == null ? QueryAdmission.defaultConcurrent() : maxConcurrentQueries;
        int queue = queryQueue == null ? 2 * concurrent : queryQueue;
        int perClient = maxQueriesPerClient == null ? QueryAdmission.defaultPerClient(concurrent) : maxQueriesPerClient;
        if (concurrent < 1 || queue < 0 || queryWait < 0 || querySecondsPerMinute < 1 || perClient < 1) {
            throw Ai4sException.usage("--max-concurrent-queries, --max-queries-per-client and --query-seconds-per-minute must be at least 1, "
                    + "--query-queue and --query-wait at least 0");
        }
        if (gracePeriod < 0) {
            throw Ai4sException.usage("--grace-period must be 0 or more");
        }
        long started = System.nanoTime();
        ServeSettings settings = ServeSettings.of(home.layout())
                .withPort(port)
                .withHost(host)
                .withTrustProxy(trustProxy)
                .withBaseUrl(baseUrl)
                .withTimeout(Duration.ofSeconds(timeout))
                .withMaxRows(maxRows)
                .withMaxTriples(maxTriples)
                .withRequestLimits(new RequestLimits(maxHeaderBytes, maxQueryStringBytes, maxBodyBytes,
                        Duration.ofSeconds(headerTimeout), Duration.ofSeconds(idleTimeout)))
                .withTdb2(tdb2)
                .withDumps(dumps)
                .withContext(context)
                .withAdmission(new QueryAdmission(concurrent, queue, Duration.ofSeconds(queryWait),
                        Duration.ofSeconds(querySecondsPerMinute), perClient))
                .withGracePeriod(Duration.ofSeconds(gracePeriod));
        if (allowedServices != null) {
            settings = settings.withAllowedServices(allowedServices);
        }
        PublicationServer server = PublicationServer.start(settings);
        running = server;

        PrintWriter out = spec.commandLine().getOut();
        StopSignals signals = StopSignals.handle(signal -> {
            out.printf(Locale.ROOT, "stopping (%s): requests in flight may finish within %d s%n", signal, gracePeriod);
            out.flush();
            server.stop();
        });
        try {
            out.printf(Locale.ROOT, "ready at %s (started in %.2f s; SPARQL at %ssparql)%n", server.baseUrl(),
                    (System.nanoTime() - started) / 1e9, server.baseUrl());
            out.flush();
            server.join();
            boolean finishedInTime = server.stop();
            out.println(finishedInTime ? "stopped" : "stopped: requests still running after " + gracePeriod + " s were cut");
            out.flush();
        } finally {
            signals.close();
        }
        return ExitCode.OK;
    }
}
