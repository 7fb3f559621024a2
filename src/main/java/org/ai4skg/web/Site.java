package org.ai4skg.web;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.ai4skg.server.BaseUrl;
import org.apache.jena.graph.Graph;

import jakarta.servlet.http.HttpServletRequest;

/** What the pages share: the publication graph, templates, the search index and the example queries. */
final class Site {

    private final Graph graph;
    private final Supplier<Graph> voidGraph;
    private final BaseUrl baseUrl;
    private final Templates templates = new Templates();
    private final ResourcePageRenderer resources = new ResourcePageRenderer(templates);
    private final SearchIndex index;
    private final List<ExampleQueries.Example> examples;
    private HomePage.Figures figures;

    /** @param voidGraph the VoID description whose figures the home page shows (asked once, at the first home page), giving null to count them */
    Site(Graph graph, Supplier<Graph> voidGraph, Path queriesDir, BaseUrl baseUrl) {
        this.graph = graph;
        this.voidGraph = voidGraph;
        this.baseUrl = baseUrl;
        this.index = SearchIndex.build(graph);
        this.examples = ExampleQueries.load(queriesDir);
    }

    Graph graph() {
        return graph;
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
            figures = HomePage.Figures.of(graph, voidGraph.get());
        }
        return figures;
    }

    /** The configured base URL, else the one the request was made to (a trusted proxy's headers respected), ending with a slash. */
    String baseUrl(HttpServletRequest req) {
        return baseUrl.of(req);
    }
}
