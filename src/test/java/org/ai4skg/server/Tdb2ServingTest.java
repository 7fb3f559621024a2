package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same server over a TDB2 store (as made by {@code ai4s load}): queries, descriptions, refused writes, VoID. */
class Tdb2ServingTest {
    private static final Node SPARQL_ENDPOINT = org.apache.jena.vocabulary.VOID.sparqlEndpoint.asNode();

    /** A TDB2 store holding the server fixture's publication; returns its number of triples. */
    private static long storeOfTheFixture(Path store) {
        Publication publication = Publication.load(new Layout(ServerFixture.HOME));
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(tdb, () -> publication.all().find().forEachRemaining(tdb.getDefaultGraph()::add));
        long triples = Txn.calculateRead(tdb, () -> tdb.getDefaultGraph().size());
        TDBInternal.expel(tdb);
        return triples;
    }

    private static String count(PublicationServerExtension server) {
        HttpResponse<String> count = server.get("/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "Accept", "text/csv");
        assertThat(count.statusCode()).isEqualTo(200);
        return count.body();
    }

    @Test
    void servesATdb2StoreReadOnly(@TempDir Path store) {
        long triples = storeOfTheFixture(store);
        try (PublicationServerExtension server = PublicationServerExtension.serving(ServerFixture.HOME)
                .with(s -> s.withTdb2(store)).start()) {
            assertThat(count(server)).contains(Long.toString(triples));

            HttpResponse<String> description = server.get("/resource/alphafold-3", "Accept", "text/turtle");
            assertThat(description.statusCode()).isEqualTo(200);
            assertThat(description.body()).contains("AlphaFold 3");

            HttpResponse<String> update = server.send("POST", "/sparql", "application/sparql-update",
                    "DELETE WHERE { ?s ?p ?o }");
            assertThat(update.statusCode()).isBetween(400, 499);
            assertThat(count(server)).contains(Long.toString(triples));
        }
    }

    @Test
    void withTdb2TheVoidNamesTheServedEndpoint(@TempDir Path store) {
        storeOfTheFixture(store);
        try (PublicationServerExtension server = PublicationServerExtension.serving(ServerFixture.HOME)
                .with(s -> s.withTdb2(store).withTrustProxy(true)).start()) {
            Graph byRequest = RDFParser.fromString(server.get("/.well-known/void", "Accept", "text/turtle").body(),
                    Lang.TURTLE).toGraph();
            assertThat(byRequest.find(Node.ANY, SPARQL_ENDPOINT, Node.ANY).mapWith(t -> t.getObject().getURI()).toList())
                    .containsExactly(server.url("/sparql"));
            Graph proxied = RDFParser.fromString(server.get("/.well-known/void", "Accept", "text/turtle",
                    "X-Forwarded-Proto", "https", "X-Forwarded-Host", "kg.example.org").body(), Lang.TURTLE).toGraph();
            assertThat(proxied.find(Node.ANY, SPARQL_ENDPOINT, Node.ANY).mapWith(t -> t.getObject().getURI()).toList())
                    .containsExactly("https://kg.example.org/sparql");
        }
        try (PublicationServerExtension configured = PublicationServerExtension.serving(ServerFixture.HOME)
                .with(s -> s.withTdb2(store).withBaseUrl("https://kg.example.org/ai4s-kg")).start()) {
            Graph graph = RDFParser.fromString(configured.get("/.well-known/void", "Accept", "text/turtle").body(),
                    Lang.TURTLE).toGraph();
            assertThat(graph.find(Node.ANY, SPARQL_ENDPOINT, Node.ANY).mapWith(t -> t.getObject().getURI()).toList())
                    .containsExactly("https://kg.example.org/ai4s-kg/sparql");
        }
    }

    @Test
    void aFolderThatIsNotAStoreIsRefusedAsUnreadable(@TempDir Path folder) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PublicationServerExtension.serving(ServerFixture.HOME)
                        .with(s -> s.withTdb2(folder)).start())
                .isInstanceOfSatisfying(org.ai4skg.failure.Ai4sException.class,
                        e -> assertThat(e.kind()).isEqualTo(org.ai4skg.failure.ExitKind.UNREADABLE_INPUT))
                .hasMessageContaining("not a TDB2 store");
    }
}
