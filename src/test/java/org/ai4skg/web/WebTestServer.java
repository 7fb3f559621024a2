package org.ai4skg.web;

import java.nio.file.Path;

import org.ai4skg.server.LinkedDataServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The fixture publication served on a free port by the same assembly as {@code ai4s serve}: the linked-data server
 * (SPARQL, negotiated descriptions with their cache and validators) with the pages installed by {@link ServerPages}.
 */
final class WebTestServer implements AutoCloseable {

    final Graph graph;
    final LinkedDataServer server;

    WebTestServer(Graph graph, Path queries) {
        this.graph = graph;
        DatasetGraph dsg = DatasetGraphFactory.wrap(graph);
        LinkedDataServer.Builder builder = LinkedDataServer.create().port(0).dataset(dsg).accessLog(line -> { });
        ServerPages.install(builder, dsg, null, queries, null);
        this.server = builder.build().start();
    }

    static WebTestServer start() {
        return new WebTestServer(WebFixture.publication(), WebFixture.QUERIES);
    }

    /** {@code http://localhost:PORT/} */
    String base() {
        return "http://localhost:" + server.port() + "/";
    }

    @Override
    public void close() {
        server.stop();
    }
}
