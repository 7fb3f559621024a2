package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.ai4skg.store.StoreSummary;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --tdb2} takes the data version and the counts from the summary beside the store, and counts the store
 * (once, writing the summary) when there is none or the store changed since it was written.
 */
class StoreSummaryServingTest {

    /** Writes the server fixture's publication into a new TDB2 store with Jena (another tool: no summary). */
    private static long storeOfTheFixture(Path store) {
        Publication publication = Publication.load(new Layout(ServerFixture.HOME));
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(tdb, () -> publication.all().find().forEachRemaining(tdb.getDefaultGraph()::add));
        TDBInternal.expel(tdb);
        return publication.all().size();
    }

    private static String triplesOnTheHomePage(Path store) {
        try (PublicationServerExtension server = PublicationServerExtension.serving(ServerFixture.HOME)
                .with(s -> s.withTdb2(store)).start()) {
            HttpResponse<String> home = server.get("/", "Accept", "text/html");
            assertThat(home.statusCode()).isEqualTo(200);
            return Jsoup.parse(home.body()).getElementById("triples").attr("value");
        }
    }

    @Test
    void aStoreWithoutSummaryIsCountedOnceAndTheSummaryWrittenBesideIt(@TempDir Path store) {
        long triples = storeOfTheFixture(store);
        assertThat(store.resolve(StoreSummary.FILE)).doesNotExist();
        assertThat(triplesOnTheHomePage(store)).isEqualTo(Long.toString(triples));
        assertThat(store.resolve(StoreSummary.FILE)).isRegularFile();
        assertThat(StoreSummary.read(store)).get().satisfies(s -> assertThat(s.triples()).isEqualTo(triples));
        assertThat(store.resolve(org.ai4skg.web.SearchIndex.FOLDER)).isDirectory();
    }

    @Test
    void theVoidOfAStoreServedWithoutDumpsCarriesTheCountedPartitions(@TempDir Path store) {
        storeOfTheFixture(store);
        Node model = NodeFactory.createURI("https://w3id.org/ai4s-kg/ontology#Model");
        Node label = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
        Graph publication = Publication.load(new Layout(ServerFixture.HOME)).all();
        try (PublicationServerExtension server = PublicationServerExtension.serving(ServerFixture.HOME)
                .with(s -> s.withTdb2(store)).start()) {
            Graph v = RDFParser.fromString(server.get("/.well-known/void", "Accept", "text/turtle").body(),
                    org.apache.jena.riot.Lang.TURTLE).toGraph();
            assertThat(partition(v, VOID._class.asNode(), model, VOID.entities.asNode()))
                    .isEqualTo(publication.find(Node.ANY, RDF.Nodes.type, model).toList().size());
            assertThat(partition(v, VOID.property.asNode(), label, VOID.triples.asNode()))
                    .isEqualTo(publication.find(Node.ANY, label, Node.ANY).toList().size());
        }
    }

    /** The figure of the partition that names {@code term} with {@code key}. */
    private static long partition(Graph v, Node key, Node term, Node figure) {
        Node partition = v.find(Node.ANY, key, term).next().getSubject();
        return Long.parseLong(v.find(partition, figure, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void searchAnswersFromTheIndexWrittenBesideTheStore(@TempDir Path store) {
        storeOfTheFixture(store);
        triplesOnTheHomePage(store);
        try (PublicationServerExtension server = PublicationServerExtension.serving(ServerFixture.HOME)
                .with(s -> s.withTdb2(store)).start()) {
            HttpResponse<String> found = server.get("/search?q=AlphaFold&format=json");
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("alphafold-3");
        }
    }

    @Test
    void theNextStartReadsTheSummaryInsteadOfCounting(@TempDir Path store) throws IOException {
        long triples = storeOfTheFixture(store);
        triplesOnTheHomePage(store);
        // Altered by hand, the figure shows that the server took it from the file rather than from the store.
        Path file = store.resolve(StoreSummary.FILE);
        Files.writeString(file, Files.readString(file).replace("triples=" + triples + "\n", "triples=987654\n"),
                StandardCharsets.UTF_8);
        assertThat(triplesOnTheHomePage(store)).isEqualTo("987654");
    }

    @Test
    void aSummaryOfAnEarlierStateOfTheStoreIsNotUsed(@TempDir Path store) {
        long triples = storeOfTheFixture(store);
        triplesOnTheHomePage(store);
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(tdb, () -> tdb.getDefaultGraph().add(NodeFactory.createURI(Namespace.RESOURCE + "added"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("added")));
        TDBInternal.expel(tdb);
        assertThat(StoreSummary.read(store)).isEmpty();
        assertThat(triplesOnTheHomePage(store)).isEqualTo(Long.toString(triples + 1));
        assertThat(StoreSummary.read(store)).get().satisfies(s -> assertThat(s.triples()).isEqualTo(triples + 1));
    }
}
