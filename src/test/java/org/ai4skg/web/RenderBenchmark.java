package org.ai4skg.web;

import java.util.Arrays;
import java.util.List;

import org.ai4skg.server.Lang;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * How long a page takes to render (a benchmark, not a test). Run with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.ai4skg.web.RenderBenchmark}.
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) {
        Graph g = WebFixture.publication();
        long t0 = System.nanoTime();
        SearchIndex index = SearchIndex.build(g);
        System.out.printf("search index of %d entities built in %.1f ms%n", index.size(), (System.nanoTime() - t0) / 1e6);
        ResourcePageRenderer renderer = new ResourcePageRenderer();
        Links links = new Links("http://localhost:3030/", null);
        for (String slug : List.of("alphafold-3", "us-department-of-energy", "section-2-1")) {
            Node n = Rdf.iri(Rdf.RESOURCES + slug);
            report("resource page " + slug, () -> renderer.render(g, n, Lang.EN, links));
        }
        report("resource page alphafold-3 (zh)", () -> renderer.render(g, Rdf.iri(Rdf.RESOURCES + "alphafold-3"),
                Lang.ZH, links));
        report("vocabulary page", () -> renderer.render(g, Rdf.iri(Rdf.ONTOLOGY), Lang.EN, links));
        report("search DOE", () -> index.search("DOE", 50));
        report("search 蛋白质", () -> index.search("蛋白质", 50));
    }

    private static void report(String what, Runnable r) {
        for (int i = 0; i < 1000; i++) {
            r.run();
        }
        int n = 2000;
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            r.run();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("%-36s p50 %7.3f ms   p99 %7.3f ms   mean %7.3f ms%n", what, times[n / 2] / 1e6,
                times[n * 99 / 100] / 1e6, Arrays.stream(times).average().orElse(0) / 1e6);
    }
}
