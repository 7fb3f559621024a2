package org.ai4skg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real {@link PublicationServer} on a free port, started the way {@code ai4s serve} starts it, over the repository,
 * a fixture layout or a TDB2 store; with an HTTP client to talk to it. As a class extension:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PublicationServerExtension server = PublicationServerExtension.serving(PublicationServerExtension.fixture("server"));
 * }</pre>
 *
 * or, for a server of one test, {@code try (var server = PublicationServerExtension.serving(home).with(...).start())}.
 * The dumps exported at start go to a temporary folder, removed at the stop.
 */
public final class PublicationServerExtension implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    /** The repository (what {@code ./ai4s} passes as {@code ai4s.home}). */
    public static final Path REPOSITORY = Paths.get(System.getProperty("ai4s.home", ".")).toAbsolutePath().normalize();

    /** Everything the server logged, one line per request. */
    public final List<String> accessLog = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path home;
    private final UnaryOperator<ServeSettings> settings;
    private PublicationServer server;
    private Path exported;

    private PublicationServerExtension(Path home, UnaryOperator<ServeSettings> settings) {
        this.home = home;
        this.settings = settings;
    }

    /** A fixture layout under {@code src/test/resources/fixtures/}, e.g. {@code fixture("server")}. */
    public static Path fixture(String name) {
        return REPOSITORY.resolve("src/test/resources/fixtures").resolve(name);
    }

    /** The layout at {@code home} served with the defaults of {@code ai4s serve} (on port 0). */
    public static PublicationServerExtension serving(Path home) {
        return new PublicationServerExtension(home, UnaryOperator.identity());
    }

    /** The same, with settings changed, e.g. {@code with(s -> s.withPageSize(4))}. */
    public PublicationServerExtension with(UnaryOperator<ServeSettings> change) {
        UnaryOperator<ServeSettings> before = settings;
        return new PublicationServerExtension(home, s -> change.apply(before.apply(s)));
    }

    /** Starts the server and returns this. */
    public PublicationServerExtension start() {
        try {
            exported = Files.createTempDirectory("ai4s-served-dumps");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServeSettings base = ServeSettings.of(new Layout(home)).withPort(0).withExportTo(exported)
                .withAccessLog(accessLog::add);
        server = PublicationServer.start(settings.apply(base));
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        try {
            if (server != null) {
                server.stop();
            }
        } finally {
            deleteTree(exported);
        }
    }

    /** The running server. */
    public PublicationServer server() {
        return server;
    }

    /** The publication of the served layout, read from its files (vocabulary and data). */
    public Graph publication() {
        return Publication.load(new Layout(home)).all();
    }

    /** The number of triples the endpoint serves (counted by SPARQL). */
    public long triples() {
        HttpResponse<String> count = get("/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "Accept", "text/csv");
        return Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    /** The folder the dumps were exported to at start. */
    public Path exportedDumps() {
        return exported;
    }

    /** {@code http://localhost:PORT/}. */
    public String base() {
        return "http://localhost:" + server.port() + "/";
    }

    /** {@code http://localhost:PORT} followed by {@code path} (which starts with {@code /}). */
    public String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path, headers);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException closed) {
                // Jetty may close a kept-alive connection after refusing a request whose body it did not read; a
                // request sent on it just then gets no bytes back and was never processed. Send it again, once,
                // as a browser does (the JDK client only retries GET by itself).
                if (!String.valueOf(closed.getMessage()).contains("received no bytes")
                        && !(closed.getCause() instanceof java.io.EOFException)) {
                    throw closed;
                }
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request to {@code path} (or a whole URL) with header name/value pairs. */
    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)))
                .timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    public static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder: the system cleans it up otherwise.
        }
    }
}
