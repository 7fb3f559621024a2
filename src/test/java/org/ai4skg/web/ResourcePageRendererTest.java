package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;

class ResourcePageRendererTest {

    private final Graph g = WebFixture.publication();
    private final ResourcePageRenderer renderer = new ResourcePageRenderer();

    @Test
    void rendersAlphaFold() {
        String html = renderer.render(g, Rdf.iri(WebFixture.res("alphafold-3")), "en", "http://localhost:3030/");
        System.out.println(html);
        assertThat(html).contains("AlphaFold 3");
    }
}
