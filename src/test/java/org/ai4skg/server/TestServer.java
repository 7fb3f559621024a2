package org.ai4skg.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.ai4skg.publication.Layout;
import org.apache.jena.system.Txn;

/** A real server on a free port over the server fixture, and an HTTP client to talk to it. */
final class TestServer implements AutoCloseable {
    static final Path FIXTURE = Paths.get(System.getProperty("ai4s.home", "."), "src/test/resources/fixtures/server")
            .toAbsolutePath().normalize();

    final LinkedDataServer server;
    final ServedData data;
    final List<String> accessLog = new CopyOnWriteArrayList<>();
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Consumer<LinkedDataServer.Builder> customise) {
        data = ServedData.fromLayout(new Layout(FIXTURE), new ShapesStartupValidator());
        LinkedDataServer.Builder builder = LinkedDataServer.create()
                .port(0)
                .dataset(data.dataset())
                .lastModified(data.lastModified())
                .dumps(FIXTURE.resolve("dumps"))
                .jsonLdContext(FIXTURE.resolve("context.jsonld"))
                .accessLog(accessLog::add);
        customise.accept(builder);
        server = builder.build().start();
    }

    /** The fixture served with the defaults, changed by {@code customise}. */
    static TestServer start(Consumer<LinkedDataServer.Builder> customise) {
        return new TestServer(customise);
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    long triples() {
        return Txn.calculateRead(data.dataset(), () -> data.dataset().getDefaultGraph().size());
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        try {
            return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path, headers);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
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

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path)))
                .timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
    }
}
