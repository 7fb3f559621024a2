package org.ai4skg.web;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.ai4skg.server.BaseUrl;
import org.ai4skg.store.StoreSummary;
import org.apache.jena.graph.Graph;

import jakarta.servlet.http.HttpServletRequest;

/** What the pages share: the publication graph, templates, the search index and the example queries. */
final class Site {

    private final Graph graph;
    private final StoreSummary summary;
    private final Supplier<Graph> voidGraph;
    private final BaseUrl baseUrl;
    private final Templates templates = new Templates();
    private final ResourcePageRenderer resources = new ResourcePageRenderer(templates);
    private final SearchIndex index;
    private final List<ExampleQueries.Example> examples;
    private HomePage.Figures figures;

    /** @param voidGraph the VoID description whose figures the home page shows (asked once, at the first home page), giving null to count them */
    Site(Graph graph, StoreSummary summary, SearchIndex index, Supplier<Graph> voidGraph, Path queriesDir,
         BaseUrl baseUrl) {
        this.graph = graph;
        this.summary = summary;
        this.voidGraph = voidGraph;
        this.baseUrl = baseUrl;
        this.index = index;
        this.examples = ExampleQueries.load(queriesDir);
    }

    Graph graph() {
        return graph;
    }

    /** The counts of the whole data, counted before (by {@code ai4s load}, or at start for data in memory). */
    StoreSummary summary() {
        return summary;
    }

    Templates templates() {
        return templates;
    }

    ResourcePageRenderer resources() {
        return resources;
    }

    SearchIndex index() {
        return index;
    }

    List<ExampleQueries.Example> examples() {
        return examples;
    }

    synchronized HomePage.Figures figures() {
        if (figures == null) {
            figures = HomePage.Figures.of(summary, voidGraph.get());
        }
        return figures;
    }

    /** The documents the data comes from (found when the data was counted). */
    List<org.apache.jena.graph.Node> sourceDocuments() {
        return summary.sourceDocuments().stream().map(Rdf::iri).toList();
    }

    /** The configured base URL, else the one the request was made to (a trusted proxy's headers respected), ending with a slash. */
    String baseUrl(HttpServletRequest req) {
        return baseUrl.of(req);
    }
}
