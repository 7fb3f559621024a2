package org.ai4skg.web;

import java.nio.file.Path;
import java.util.List;

import org.ai4skg.server.BaseUrl;
import org.apache.jena.graph.Graph;

import jakarta.servlet.http.HttpServletRequest;

/** What the pages share: the publication graph, templates, the search index and the example queries. */
final class Site {

    private final Graph graph;
    private final Graph voidGraph;
    private final String baseUrl;
    private final Templates templates = new Templates();
    private final ResourcePageRenderer resources = new ResourcePageRenderer(templates);
    private final SearchIndex index;
    private final List<ExampleQueries.Example> examples;
    private final HomePage.Figures figures;

    Site(Graph graph, Graph voidGraph, Path queriesDir, String baseUrl) {
        this.graph = graph;
        this.voidGraph = voidGraph;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.index = SearchIndex.build(graph);
        this.examples = ExampleQueries.load(queriesDir);
        this.figures = HomePage.Figures.of(graph, voidGraph);
    }

    Graph graph() {
        return graph;
    }

    Graph voidGraph() {
        return voidGraph;
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

    HomePage.Figures figures() {
        return figures;
    }

    /** The configured base URL, else the one the request was made to ({@code X-Forwarded-*} respected), ending with a slash. */
    String baseUrl(HttpServletRequest req) {
        return BaseUrl.of(req, baseUrl);
    }
}
