package org.ai4skg.server;

import static org.ai4skg.server.TestServer.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.ai4skg.publication.Layout;
import org.ai4skg.publication.Publication;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same server over a TDB2 store (as made by {@code ai4s load}): queries, descriptions and refused writes. */
class Tdb2ServingTest {

    @Test
    void servesATdb2StoreReadOnly(@TempDir Path store) throws Exception {
        Publication publication = Publication.load(new Layout(TestServer.FIXTURE));
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(tdb, () -> publication.all().find().forEachRemaining(tdb.getDefaultGraph()::add));
        long triples = Txn.calculateRead(tdb, () -> tdb.getDefaultGraph().size());

        ServedData data = ServedData.fromTdb2(store);
        LinkedDataServer server = LinkedDataServer.create().port(0).dataset(data.dataset()).lastModified(data.lastModified())
                .accessLog(line -> { }).build().start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://localhost:" + server.port();
            HttpResponse<String> count = client.send(HttpRequest.newBuilder(URI.create(base + "/sparql?query="
                    + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(count.statusCode()).isEqualTo(200);
            assertThat(count.body()).contains(Long.toString(triples));

            HttpResponse<String> description = client.send(HttpRequest.newBuilder(URI.create(base + "/resource/alphafold-3"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(description.statusCode()).isEqualTo(200);
            assertThat(description.body()).contains("AlphaFold 3");

            HttpResponse<String> update = client.send(HttpRequest.newBuilder(URI.create(base + "/sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("DELETE WHERE { ?s ?p ?o }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(update.statusCode()).isBetween(400, 499);
            assertThat(Txn.calculateRead(data.dataset(), () -> data.dataset().getDefaultGraph().size())).isEqualTo(triples);
        } finally {
            server.stop();
            org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
        }
    }
}
