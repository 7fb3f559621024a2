package org.ai4skg.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** A real Fuseki on a free port serving the fixture at {@code /sparql} (read-only) and every page servlet. */
final class WebTestServer implements AutoCloseable {

    final Graph graph;
    final WebPages pages;
    final FusekiServer server;

    WebTestServer(Graph graph, java.nio.file.Path queries) {
        this.graph = graph;
        this.pages = WebPages.create(graph, queries, null);
        DatasetGraph dsg = DatasetGraphFactory.wrap(graph);
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true).add("/sparql", dsg, false);
        pages.register(builder::addServlet);
        pages.registerDescriptions(builder::addServlet);
        this.server = builder.build().start();
    }

    static WebTestServer start() {
        return new WebTestServer(WebFixture.publication(), WebFixture.QUERIES);
    }

    /** {@code http://localhost:PORT/} */
    String base() {
        return "http://localhost:" + server.getPort() + "/";
    }

    @Override
    public void close() {
        server.stop();
    }
}
