package org.ai4skg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.ai4skg.export.ExportResult;
import org.ai4skg.export.Exporter;
import org.ai4skg.export.ServedDumps;
import org.ai4skg.publication.Publication;
import org.ai4skg.web.ServerPages;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The publication served as {@code ai4s serve} serves it: the repository's files validated and read into memory (or
 * a TDB2 store), the linked-data server (SPARQL, descriptions), the pages for people, the dumps with the VoID and DCAT
 * catalogue exported with them, and the JSON-LD context the dumps are compacted with.
 *
 * <p>When no dumps folder is given, the publication is exported at start in one pass (every dump plain and
 * gzipped) with the real public URL, after the port is bound and before the first request is answered; the VoID
 * served at {@code /.well-known/void} and shown on the home page is the one written with those dumps.
 */
public final class PublicationServer implements AutoCloseable {

    private final LinkedDataServer server;
    private final ServedData data;
    private final boolean ownsStore;

    private PublicationServer(LinkedDataServer server, ServedData data, boolean ownsStore) {
        this.server = server;
        this.data = data;
        this.ownsStore = ownsStore;
    }

    /**
     * Validates and reads the data, builds the server, exports the dumps if needed and starts answering.
     *
     * @throws org.ai4skg.failure.Ai4sException not conforming (with the validator's report), or unreadable input (a
     *                                          file that does not parse, a folder that is not a TDB2 store)
     */
    public static PublicationServer start(ServeSettings settings) {
        Publication publication = settings.tdb2() != null ? null : Publication.load(settings.layout());
        ServedData data = publication == null ? ServedData.fromTdb2(settings.tdb2())
                : ServedData.fromLayout(settings.layout(), publication, new ShapesStartupValidator());
        boolean exportAtStart = settings.dumps() == null && publication != null;
        Path dumps = exportAtStart ? settings.exportTo() : settings.dumps();
        AtomicReference<Graph> voidDescription = new AtomicReference<>(exportAtStart ? null : readDescription(dumps));
        Path context = settings.context() != null ? settings.context() : existing(dumps, ServedDumps.CONTEXT_FILE);

        LinkedDataServer server = null;
        try {
            LinkedDataServer.Builder builder = LinkedDataServer.create()
                    .port(settings.port())
                    .dataset(data.dataset())
                    .lastModified(data.lastModified())
                    .summary(data.summary())
                    .baseUrl(settings.baseUrl())
                    .trustProxy(settings.trustProxy())
                    .host(settings.host())
                    .timeout(settings.timeout())
                    .maxRows(settings.maxRows())
                    .maxTriples(settings.maxTriples())
                    .requestLimits(settings.requestLimits())
                    .admission(settings.admission())
                    .gracePeriod(settings.gracePeriod())
                    .pageSize(settings.pageSize())
                    .dumps(dumps)
                    .voidDescription(voidDescription::get)
                    .jsonLdContext(context)
                    .allowedServices(settings.allowedServices())
                    .accessLog(settings.accessLog());
            Path queries = settings.layout().queries();
            ServerPages.install(builder, data.dataset(), data.summary(), settings.tdb2(), voidDescription::get,
                    Files.isDirectory(queries) ? queries : null, BaseUrl.of(settings.baseUrl(), settings.trustProxy()));
            if (exportAtStart) {
                Files.createDirectories(dumps);
            }
            server = builder.build();
            int port = server.open();
            if (exportAtStart) {
                String publicUrl = settings.baseUrl() != null ? BaseUrl.withSlash(settings.baseUrl())
                        : "http://localhost:" + port + "/";
                ExportResult exported = ServedDumps.export(publication, dumps, publicUrl);
                voidDescription.set(union(exported.voidGraph(), exported.catalog()));
            }
            return new PublicationServer(server.start(), data, settings.tdb2() != null);
        } catch (IOException e) {
            stopQuietly(server, data, settings.tdb2() != null);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stopQuietly(server, data, settings.tdb2() != null);
            throw e;
        }
    }

    /** The base URL the server answers at: the configured one, else {@code http://localhost:PORT/}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The port listened on. */
    public int port() {
        return server.port();
    }

    /** Whether the JVM's shutdown (SIGTERM, Ctrl-C) stops this server: true while it runs, false once stopped. */
    boolean stopsAtJvmShutdown() {
        return server.stopsAtJvmShutdown();
    }

    /** Waits until the server stops (by {@link #stop()}, or at the JVM's shutdown: SIGTERM, Ctrl-C). */
    public void join() {
        server.join();
    }

    /**
     * Stops answering (new connections and requests at once, the requests in flight once finished, or cut at the end of
     * the grace period) and lets go of a TDB2 store; idempotent, and a second call, from any thread, waits for the
     * first. Returns whether every request in flight finished within the grace period.
     */
    public synchronized boolean stop() {
        return stopQuietly(server, data, ownsStore);
    }

    @Override
    public void close() {
        stop();
    }

    private static boolean stopQuietly(LinkedDataServer server, ServedData data, boolean ownsStore) {
        boolean finishedInTime = server == null || server.stop();
        if (ownsStore && !data.dataset().isInTransaction()) {
            TDBInternal.expel(data.dataset());
        }
        return finishedInTime;
    }

    /** The {@code void.ttl} and {@code catalog.ttl} of a folder made by {@code ai4s export}, as one graph; null when it has none. */
    private static Graph readDescription(Path dumps) {
        Path voidFile = existing(dumps, Exporter.VOID_FILE);
        if (voidFile == null) {
            return null;
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(voidFile).parse(graph);
        Path catalog = existing(dumps, Exporter.CATALOG_FILE);
        if (catalog != null) {
            RDFParser.source(catalog).parse(graph);
        }
        return graph;
    }

    private static Graph union(Graph voidGraph, Graph catalog) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.getPrefixMapping().setNsPrefixes(voidGraph.getPrefixMapping()).setNsPrefixes(catalog.getPrefixMapping());
        voidGraph.find().forEachRemaining(graph::add);
        catalog.find().forEachRemaining(graph::add);
        return graph;
    }

    private static Path existing(Path folder, String name) {
        Path file = folder == null ? null : folder.resolve(name);
        return file != null && Files.isRegularFile(file) ? file : null;
    }
}
