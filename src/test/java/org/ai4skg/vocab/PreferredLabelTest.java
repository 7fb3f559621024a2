package org.ai4skg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ai4skg.server.Lang;
import org.ai4skg.server.ResourceDescription;
import org.ai4skg.web.Labels;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

/** One label rule: the asked language, then another marked as a fallback, then a literal without language. */
class PreferredLabelTest {

    private static final Graph G = RDFParser.fromString("""
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix res: <https://w3id.org/ai4s-kg/resource/> .
            res:both skos:prefLabel "Frontier"@en , "前沿"@zh ; rdfs:label "frontier (label)"@en .
            res:regional skos:prefLabel "前沿"@zh-Hans .
            res:byLabel rdfs:label "Summit"@en ; skos:prefLabel "顶点"@zh .
            res:untaggedAndOther skos:prefLabel "Plain" ; rdfs:label "其他"@zh .
            res:untagged dcterms:title "Only plain" .
            res:none rdfs:comment "no label"@en .
            """, org.apache.jena.riot.Lang.TURTLE).toGraph();

    private static PreferredLabel.Found label(String local, String lang) {
        return PreferredLabel.in(G, node(local), lang).orElse(null);
    }

    private static Node node(String local) {
        return NodeFactory.createURI("https://w3id.org/ai4s-kg/resource/" + local);
    }

    @Test
    void theAskedLanguageFirstThenAMarkedFallbackThenAPlainLiteral() {
        assertThat(label("both", "en")).isEqualTo(new PreferredLabel.Found("Frontier", "en", false));
        assertThat(label("both", "zh")).isEqualTo(new PreferredLabel.Found("前沿", "zh", false));
        assertThat(label("regional", "zh")).isEqualTo(new PreferredLabel.Found("前沿", "zh-Hans", false));
        assertThat(label("regional", "en")).isEqualTo(new PreferredLabel.Found("前沿", "zh-Hans", true));
        assertThat(label("byLabel", "en")).isEqualTo(new PreferredLabel.Found("Summit", "en", false));
        assertThat(label("untaggedAndOther", "en")).isEqualTo(new PreferredLabel.Found("其他", "zh", true));
        assertThat(label("untagged", "zh")).isEqualTo(new PreferredLabel.Found("Only plain", "", false));
        assertThat(label("none", "en")).isNull();
    }

    @Test
    void descriptionsAndPagesNameANodeAlike() {
        ResourceDescription description = new ResourceDescription(node("x").getURI(), G.find().toList(), List.of(),
                List.of(), 1, false, 0, PrefixMapping.Factory.create());
        Labels labels = new Labels(G);
        for (String local : List.of("both", "regional", "byLabel", "untaggedAndOther", "untagged")) {
            for (Lang lang : Lang.values()) {
                assertThat(description.label(node(local), lang.code()).map(ResourceDescription.Label::text))
                        .as(local + " " + lang).hasValue(labels.label(node(local), lang).value());
            }
        }
    }
}
