package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every text answer is gzipped for a client that asks for it, and decodes to the bytes a client that does not ask
 * gets; the dump files are sent as they are (ranges included), and validators still give {@code 304}.
 */
class CompressionTest {
    static final String GZIP = "gzip";
    static final String SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o";

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving();

    @ParameterizedTest
    @CsvSource({
            "/, text/html",
            "/query, text/html",
            "/timeline, text/html",
            "/resource/google-deepmind, text/html",
            "/resource/google-deepmind, text/turtle",
            "/resource/google-deepmind, application/ld+json",
            "/resource/google-deepmind, application/rdf+xml",
            "/resource/google-deepmind, application/n-triples",
            "/ontology.ttl, */*",
            "/context.jsonld, application/ld+json",
            "/.well-known/void, text/turtle",
            "/dumps/, text/html",
            "/static/ai4s.css, text/css",
            "/static/query.js, */*",
            "/static/yasgui/yasgui.min.js, */*",
            "/static/prefixes.json, application/json",
    })
    void textAnswersAreGzippedForClientsThatAskAndDecodeToTheSameBytes(String path, String accept) {
        assertGzippedAsPlain(path, "Accept", accept);
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json", "application/sparql-results+xml", "text/csv"})
    void sparqlResultsAreGzipped(String accept) {
        assertGzippedAsPlain("/sparql?query=" + encode(SELECT), "Accept", accept);
    }

    @Test
    void postedQueriesAreAnsweredGzipped() throws Exception {
        HttpRequest.Builder request = server.request("/sparql", "Accept", "application/sparql-results+json",
                "Content-Type", "application/x-www-form-urlencoded");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("query=" + encode(SELECT));
        HttpResponse<byte[]> plain = send(request.copy().POST(body).build());
        HttpResponse<byte[]> gzipped = send(request.copy().header("Accept-Encoding", GZIP).POST(body).build());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue(GZIP);
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
    }

    @ParameterizedTest
    @CsvSource({"ai4s-kg.ttl.gz", "ai4s-kg.ttl", "SHA256SUMS"})
    void dumpFilesAreSentAsTheyAre(String name) throws Exception {
        byte[] file = Files.readAllBytes(ServerFixture.DUMPS.resolve(name));
        HttpResponse<byte[]> response = server.getBytes("/dumps/" + name, "Accept-Encoding", GZIP);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(response.body()).isEqualTo(file);
    }

    @ParameterizedTest
    @CsvSource({"/dumps/ai4s-kg.ttl.gz", "/dumps/ai4s-kg.ttl", "/static/yasgui/yasgui.min.js"})
    void rangesAreOfTheBytesAsTheyAre(String path) {
        byte[] whole = server.getBytes(path).body();
        HttpResponse<byte[]> part = server.getBytes(path, "Range", "bytes=10-19", "Accept-Encoding", GZIP);
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + whole.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole, 10, 20));
    }

    @ParameterizedTest
    @CsvSource({
            "/, text/html",
            "/resource/google-deepmind, text/turtle",
            "/.well-known/void, text/turtle",
            "/context.jsonld, application/ld+json",
            "/static/ai4s.css, text/css",
    })
    void conditionalRequestsStillAnswerNotModified(String path, String accept) {
        HttpResponse<byte[]> gzipped = server.getBytes(path, "Accept", accept, "Accept-Encoding", GZIP);
        HttpResponse<byte[]> plain = server.getBytes(path, "Accept", accept);
        String gzipTag = gzipped.headers().firstValue("ETag").orElseThrow();
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).as("the compressed variant has its own ETag").isNotEqualTo(plainTag);

        HttpResponse<byte[]> again = server.getBytes(path, "Accept", accept, "Accept-Encoding", GZIP,
                "If-None-Match", gzipTag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().firstValue("ETag")).hasValue(gzipTag);
        assertThat(server.getBytes(path, "Accept", accept, "If-None-Match", plainTag).statusCode()).isEqualTo(304);
    }

    @Test
    void headAnswersWithoutABody() {
        HttpResponse<byte[]> head = send(server.request("/query", "Accept-Encoding", GZIP)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().allValues("Vary").toString()).contains("Accept-Encoding");
    }

    private static void assertGzippedAsPlain(String path, String... headers) {
        HttpResponse<byte[]> plain = server.getBytes(path, headers);
        String[] asking = Arrays.copyOf(headers, headers.length + 2);
        asking[headers.length] = "Accept-Encoding";
        asking[headers.length + 1] = GZIP;
        HttpResponse<byte[]> gzipped = server.getBytes(path, asking);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).as("identity without Accept-Encoding").isEmpty();
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue(GZIP);
        assertThat(gzipped.headers().allValues("Vary").toString()).contains("Accept-Encoding");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] gunzip(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
