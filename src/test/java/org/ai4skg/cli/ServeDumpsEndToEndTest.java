package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code ai4s serve} on the repository offers the dumps it exported at start, as VoID and SHA256SUMS describe them. */
class ServeDumpsEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningServe serve;

    @BeforeAll
    static void start() {
        serve = RunningServe.start();
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void everyFileInSha256SumsIsServedWithThatChecksum() throws Exception {
        List<String> lines = get("dumps/SHA256SUMS").body().lines().toList();
        assertThat(lines).anyMatch(line -> line.endsWith("  ai4s-kg.ttl")).anyMatch(line -> line.endsWith("  ai4s-kg.jsonld.gz"))
                .anyMatch(line -> line.endsWith("  void.ttl"));
        for (String line : lines) {
            String name = line.substring(66);
            byte[] body = HTTP.send(request("dumps/" + name), HttpResponse.BodyHandlers.ofByteArray()).body();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body))).as(name)
                    .isEqualTo(line.substring(0, 64));
        }
    }

    @Test
    void theGzippedAndPlainDumpsHoldTheSameTriplesAsTheEndpoint() throws Exception {
        Graph plain = RDFParser.fromString(get("dumps/ai4s-kg.ttl").body(), Lang.TURTLE).toGraph();
        byte[] gz = HTTP.send(request("dumps/ai4s-kg.nt.gz"), HttpResponse.BodyHandlers.ofByteArray()).body();
        Graph unzipped = RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(gz))).lang(Lang.NTRIPLES).toGraph();
        assertThat(plain.isIsomorphicWith(unzipped)).isTrue();
        String count = get("sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%3Fs%20%3Fp%20%3Fo%7D", "text/csv").body();
        assertThat(count.lines().skip(1).findFirst().orElseThrow().strip()).isEqualTo(String.valueOf(plain.size()));
    }

    @Test
    void voidNamesTheServedDumps() throws Exception {
        Graph voidGraph = RDFParser.fromString(get(".well-known/void", "text/turtle").body(), Lang.TURTLE).toGraph();
        Node dataDump = NodeFactory.createURI("http://rdfs.org/ns/void#dataDump");
        List<String> dumps = voidGraph.find(Node.ANY, dataDump, Node.ANY).mapWith(t -> t.getObject().getURI()).toList();
        assertThat(dumps).isNotEmpty();
        for (String dump : dumps) {
            String name = dump.substring(dump.lastIndexOf('/') + 1);
            assertThat(HTTP.send(request("dumps/" + name), HttpResponse.BodyHandlers.discarding()).statusCode()).as(dump)
                    .isEqualTo(200);
        }
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(serve.url() + path)).build();
    }

    private static HttpResponse<String> get(String path, String... accept) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(serve.url() + path));
        if (accept.length > 0) {
            builder.header("Accept", accept[0]);
        }
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
