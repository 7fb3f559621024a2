package org.ai4skg.web;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;

/** The fixture publication of the web tests: a small vocabulary and some twenty resources. */
final class WebFixture {

    static final Path DIR = Path.of("src/test/resources/fixtures/web");
    static final Path QUERIES = DIR.resolve("queries");

    private WebFixture() {
    }

    static Graph publication() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, DIR.resolve("ontology.ttl").toString());
        RDFDataMgr.read(g, DIR.resolve("data.ttl").toString());
        return g;
    }

    static String res(String slug) {
        return Rdf.RESOURCES + slug;
    }
}
