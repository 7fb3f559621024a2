package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.ai4skg.export.ExportOptions;
import org.ai4skg.export.Exporter;
import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DumpsAndVoidTest {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final Path DUMPS = ServerFixture.HOME.resolve("dumps");

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving();

    @Test
    void theDumpsFolderIsListed() {
        HttpResponse<String> listing = server.get("/dumps/");
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.body()).contains("ai4s-kg.ttl").contains("ai4s-kg.ttl.gz").contains("SHA256SUMS");
    }

    @Test
    void dumpsAreServedWholeWithLengthValidatorsAndMediaTypes() throws Exception {
        for (String[] file : new String[][] {{"ai4s-kg.ttl", "text/turtle"}, {"ai4s-kg.ttl.gz", "application/gzip"},
                {"SHA256SUMS", "text/plain"}, {"void.ttl", "text/turtle"}}) {
            byte[] expected = Files.readAllBytes(DUMPS.resolve(file[0]));
            HttpResponse<byte[]> response = server.getBytes("/dumps/" + file[0]);
            assertThat(response.statusCode()).as(file[0]).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(file[0] + " " + response.headers().map()).startsWith(file[1]);
            assertThat(response.headers().firstValueAsLong("Content-Length")).as(file[0] + " " + response.headers().map()).hasValue(expected.length);
            assertThat(response.headers().firstValue("ETag")).isPresent();
            assertThat(response.headers().firstValue("Last-Modified")).isPresent();
            assertThat(response.headers().firstValue("Accept-Ranges")).hasValue("bytes");
            assertThat(response.body()).isEqualTo(expected);
        }
    }

    @Test
    void servedDumpsMatchTheirChecksums() throws Exception {
        List<String> lines = Arrays.asList(server.get("/dumps/SHA256SUMS").body().split("\n"));
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+\\*?");
            byte[] served = server.getBytes("/dumps/" + parts[1]).body();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(served))).as(parts[1]).isEqualTo(parts[0]);
        }
    }

    @Test
    void rangeRequestsAndConditionalGets() throws Exception {
        byte[] whole = Files.readAllBytes(DUMPS.resolve("ai4s-kg.ttl.gz"));
        HttpResponse<byte[]> part = server.getBytes("/dumps/ai4s-kg.ttl.gz", "Range", "bytes=10-19");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + whole.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(whole, 10, 20));

        HttpResponse<byte[]> tail = server.getBytes("/dumps/ai4s-kg.ttl.gz", "Range", "bytes=-5");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 5, whole.length));

        HttpResponse<byte[]> beyond = server.getBytes("/dumps/ai4s-kg.ttl.gz", "Range", "bytes=" + (whole.length + 10) + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);

        HttpResponse<byte[]> first = server.getBytes("/dumps/ai4s-kg.ttl");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(server.getBytes("/dumps/ai4s-kg.ttl", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(server.getBytes("/dumps/ai4s-kg.ttl", "If-Modified-Since",
                first.headers().firstValue("Last-Modified").orElseThrow()).statusCode()).isEqualTo(304);
        assertThat(server.getBytes("/dumps/no-such-file.ttl").statusCode()).isEqualTo(404);
    }

    @Test
    void voidAndTheCatalogueAreServedAndTheirDumpsExist() {
        for (String[] format : new String[][] {{"text/turtle", "TURTLE"}, {"application/ld+json", "JSON-LD"}}) {
            HttpResponse<String> response = server.get("/.well-known/void", "Accept", format[0]);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(format[0]);
            Graph graph = RDFParser.fromString(response.body(), org.apache.jena.riot.RDFLanguages.nameToLang(format[1])).toGraph();
            assertThat(graph.contains(Node.ANY, NodeFactory.createURI(VOID + "uriSpace"),
                    NodeFactory.createLiteralString(Namespace.BASE))).isTrue();
            assertThat(graph.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    NodeFactory.createURI("http://www.w3.org/ns/dcat#Catalog"))).as("the DCAT catalogue is included").isTrue();
            List<Triple> dumps = graph.find(Node.ANY, NodeFactory.createURI(VOID + "dataDump"), Node.ANY).toList();
            assertThat(dumps).hasSize(2);
            for (Triple dump : dumps) {
                String local = Namespace.toLocalUrl(dump.getObject().getURI(), server.url("/"));
                assertThat(server.getBytes(local).statusCode()).as(local).isEqualTo(200);
            }
        }
        String etag = server.get("/.well-known/void", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        assertThat(server.get("/.well-known/void", "Accept", "text/turtle", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void withoutAVoidFileTheServerDescribesWhatItServes(@TempDir Path dumps) throws Exception {
        Files.copy(DUMPS.resolve("ai4s-kg.ttl"), dumps.resolve("ai4s-kg.ttl"));
        Files.copy(DUMPS.resolve("ai4s-kg.ttl.gz"), dumps.resolve("ai4s-kg.ttl.gz"));
        try (PublicationServerExtension bare = ServerFixture.serving().with(s -> s.withDumps(dumps)).start()) {
            Graph graph = RDFParser.fromString(bare.get("/.well-known/void", "Accept", "text/turtle").body(), Lang.TURTLE).toGraph();
            Node dataset = NodeFactory.createURI(Namespace.BASE);
            assertThat(graph.contains(dataset, NodeFactory.createURI(VOID + "triples"),
                    NodeFactory.createLiteralDT(Long.toString(bare.triples()), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger))).isTrue();
            List<Triple> served = graph.find(dataset, NodeFactory.createURI(VOID + "dataDump"), Node.ANY).toList();
            assertThat(served).extracting(t -> t.getObject().getURI())
                    .containsExactlyInAnyOrder(bare.url("/dumps/ai4s-kg.ttl"), bare.url("/dumps/ai4s-kg.ttl.gz"));
            for (Triple dump : served) {
                assertThat(bare.getBytes(dump.getObject().getURI()).statusCode()).isEqualTo(200);
            }
            assertThat(graph.contains(dataset, NodeFactory.createURI(VOID + "sparqlEndpoint"),
                    NodeFactory.createURI(bare.url("/sparql")))).isTrue();
        }
    }

    @Test
    void theVoidServedIsTheOneExportedWithTheDumpsInOnePass() throws Exception {
        try (PublicationServerExtension exporting = PublicationServerExtension.serving(ServerFixture.HOME).start()) {
            Path folder = exporting.exportedDumps();
            Graph written = RDFParser.source(folder.resolve("void.ttl")).toGraph();
            RDFParser.source(folder.resolve("catalog.ttl")).parse(written);
            Graph served = RDFParser.fromString(exporting.get("/.well-known/void", "Accept", "text/turtle").body(),
                    Lang.TURTLE).toGraph();
            assertThat(served.isIsomorphicWith(written)).as("served as exported").isTrue();
            assertThat(served.contains(Node.ANY, NodeFactory.createURI(VOID + "sparqlEndpoint"),
                    NodeFactory.createURI(exporting.url("/sparql")))).as("the real endpoint").isTrue();
            List<String> dumps = served.find(Node.ANY, NodeFactory.createURI(VOID + "dataDump"), Node.ANY)
                    .mapWith(t -> t.getObject().getURI()).toList();
            assertThat(dumps).contains(exporting.url("/dumps/ai4s-kg.ttl"), exporting.url("/dumps/ai4s-kg.ttl.gz"));
            for (String dump : dumps) {
                assertThat(exporting.getBytes(dump).statusCode()).as(dump).isEqualTo(200);
            }
            // Plain and gzipped dumps are the same serialisation, written together.
            for (String name : new String[] {"ai4s-kg.ttl", "ai4s-kg.jsonld", "ai4s-kg.nt", "ai4s-kg.rdf"}) {
                byte[] plain = exporting.getBytes("/dumps/" + name).body();
                byte[] gzipped = exporting.getBytes("/dumps/" + name + ".gz").body();
                assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped)).readAllBytes())
                        .as(name).isEqualTo(plain);
            }
            List<String> sums = exporting.get("/dumps/SHA256SUMS").body().lines().map(line -> line.substring(66)).toList();
            assertThat(sums).contains("ai4s-kg.ttl", "ai4s-kg.ttl.gz", "void.ttl", "catalog.ttl").doesNotHaveDuplicates();
        }
    }

    @Test
    void servedExportedDumpsComeWithTheContextTheyWereCompactedWith(@TempDir Path exported) throws Exception {
        new Exporter(ExportOptions.defaults(exported, LocalDate.of(2026, 1, 1)))
                .export(Publication.load(new Layout(ServerFixture.HOME)));
        assertThat(exported.resolve("context.jsonld")).as("ai4s export writes no context file").doesNotExist();
        try (PublicationServerExtension serving = PublicationServerExtension.serving(ServerFixture.HOME)
                .with(s -> s.withDumps(exported)).start()) {
            JsonObject context = JSON.parse(serving.get("/context.jsonld").body());
            JsonObject dump = JSON.parse(serving.get("/dumps/ai4s-kg.jsonld").body());
            // A client expands the dump's statements with the served context instead of the one inlined in the file.
            JsonObject withServedContext = new JsonObject();
            withServedContext.put("@context", context.get("@context"));
            withServedContext.put("@graph", dump.get("@graph"));
            Graph expanded = RDFParser.fromString(withServedContext.toString(), Lang.JSONLD).toGraph();
            Graph turtle = RDFParser.fromString(serving.get("/dumps/ai4s-kg.ttl").body(), Lang.TURTLE).toGraph();
            assertThat(expanded.size()).isEqualTo(turtle.size());
            assertThat(expanded.isIsomorphicWith(turtle)).isTrue();
        }
    }

    @Test
    void theJsonLdContextHasAStableUrl() throws Exception {
        HttpResponse<String> response = server.get("/context.jsonld");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(response.body()).isEqualTo(Files.readString(ServerFixture.HOME.resolve("context.jsonld")));
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(server.get("/context.jsonld", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }
}
