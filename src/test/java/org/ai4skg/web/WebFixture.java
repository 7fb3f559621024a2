package org.ai4skg.web;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;

/** The fixture publication of the web tests: a small vocabulary and some twenty resources. */
final class WebFixture {

    /** A layout ({@code ontology/}, {@code data/}, {@code queries/}; no shapes) that the tests serve. */
    static final Path HOME = org.ai4skg.server.PublicationServerExtension.fixture("web");
    static final Path DIR = HOME;
    static final Path QUERIES = DIR.resolve("queries");

    private WebFixture() {
    }

    static Graph publication() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, DIR.resolve("ontology/ontology.ttl").toString());
        RDFDataMgr.read(g, DIR.resolve("data/data.ttl").toString());
        return g;
    }

    static String res(String slug) {
        return Rdf.RESOURCES + slug;
    }
}
