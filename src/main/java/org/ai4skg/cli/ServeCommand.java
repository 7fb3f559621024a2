package org.ai4skg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.ai4skg.publication.Layout;
import org.ai4skg.server.LinkedDataServer;
import org.ai4skg.server.ServedData;
import org.ai4skg.server.ServiceGuard;
import org.ai4skg.server.ShapesStartupValidator;
import org.ai4skg.server.StartupValidator;
import org.ai4skg.publication.Publication;
import org.ai4skg.export.ExportOptions;
import org.ai4skg.export.ServedDumps;
import org.ai4skg.web.ServerPages;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ai4s serve}: validates the publication and serves it read-only until stopped (Ctrl-C or SIGTERM). */
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

    @Option(names = "--base-url", paramLabel = "URL", description = "Public base URL, e.g. https://example.org/ai4s-kg/ (default: from the request "
            + "and its X-Forwarded-Proto/Host/Prefix headers).")
    String baseUrl;

    @Option(names = "--tdb2", paramLabel = "DIR", description = "Serve this TDB2 store instead of the repository's files.")
    Path tdb2;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000", description = "Row cap of a SELECT (default: ${DEFAULT-VALUE}).")
    long maxRows;

    @Option(names = "--dumps", paramLabel = "DIR", description = "Folder served at /dumps/, made by 'ai4s export' (default: the dumps are exported at start "
            + "into target/served-dumps/; none when serving --tdb2).")
    Path dumps;

    @Option(names = "--context", paramLabel = "FILE", description = "JSON-LD context served at /context.jsonld "
            + "(default: context.jsonld of the dumps folder or the repository if present, else one made from the prefixes).")
    Path context;

    @Option(names = "--allow-service", paramLabel = "URL", split = ",", description = "Endpoints a federated SERVICE may call "
            + "(default: https://query.wikidata.org/sparql, https://dbpedia.org/sparql).")
    List<String> allowedServices;

    @Mixin
    HomeOption home;

    /** The running server, once ready (for tests that stop it). */
    volatile LinkedDataServer running;

    /** Checks the files before they are served; the project's validator plugs in here. */
    StartupValidator validator() {
        return new ShapesStartupValidator();
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535 || timeout < 1 || maxRows < 1) {
            throw org.ai4skg.failure.Ai4sException.usage("--port must be 0-65535, --timeout and --max-rows at least 1");
        }
        long started = System.nanoTime();
        Layout layout = home.layout();
        Publication publication = tdb2 != null ? null : Publication.load(layout);
        ServedData data = tdb2 != null ? ServedData.fromTdb2(tdb2) : ServedData.fromLayout(layout, publication, validator());
        Path dumpsDir = dumps != null ? dumps
                : publication == null ? null
                : ServedDumps.export(publication, layout.home().resolve("target/served-dumps"), dumpsBaseUrl());
        Path contextFile = context != null ? context
                : dumpsDir != null && Files.isRegularFile(dumpsDir.resolve("context.jsonld")) ? dumpsDir.resolve("context.jsonld")
                : existingFile(layout.home().resolve("context.jsonld"));

        LinkedDataServer.Builder builder = LinkedDataServer.create()
                .port(port)
                .dataset(data.dataset())
                .lastModified(data.lastModified())
                .baseUrl(baseUrl)
                .timeout(Duration.ofSeconds(timeout))
                .maxRows(maxRows)
                .dumps(dumpsDir)
                .jsonLdContext(contextFile)
                .allowedServices(allowedServices == null ? ServiceGuard.DEFAULT_ALLOWED : allowedServices);
        ServerPages.install(builder, data.dataset(), voidGraph(dumpsDir), existing(layout.queries()), baseUrl);
        LinkedDataServer server = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "ai4s-serve-shutdown"));
        running = server;

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "ready at %s (started in %.2f s; SPARQL at %ssparql)%n", server.baseUrl(),
                (System.nanoTime() - started) / 1e9, server.baseUrl());
        out.flush();
        server.join();
        return ExitCode.OK;
    }

    /** The public base URL the exported VoID and catalogue name: the configured one, else this machine's. */
    private String dumpsBaseUrl() {
        if (baseUrl != null) {
            return baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        }
        return port == 0 ? ExportOptions.DEFAULT_BASE_URL : "http://localhost:" + port + "/";
    }

    /** The VoID description among the dumps, whose figures the home page shows; null when there is none. */
    private static Graph voidGraph(Path dumpsDir) {
        Path file = dumpsDir == null ? null : dumpsDir.resolve("void.ttl");
        return file != null && Files.isRegularFile(file) ? RDFParser.source(file).toGraph() : null;
    }

    private static Path existing(Path folder) {
        return Files.isDirectory(folder) ? folder : null;
    }

    private static Path existingFile(Path file) {
        return Files.isRegularFile(file) ? file : null;
    }
}
