package org.ai4skg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ai4skg.server.Lang;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The entry point the server's HTML branch calls: {@code render(graph, resource, lang, baseUrl)}. */
class ResourcePageRendererTest {

    private final Graph g = WebFixture.publication();
    private final ResourcePageRenderer renderer = new ResourcePageRenderer();

    @Test
    void linksFollowTheGivenBaseUrl() {
        Document d = Jsoup.parse(renderer.render(g, Rdf.iri(WebFixture.res("alphafold-3")), "en",
                "https://kg.example.org/ai4s/"));
        assertThat(d.select("a[href*=google-deepmind]").attr("href"))
                .isEqualTo("https://kg.example.org/ai4s/resource/google-deepmind?lang=en");
        assertThat(d.select("link[rel=alternate][type=text/turtle]").attr("href"))
                .isEqualTo("https://kg.example.org/ai4s/resource/alphafold-3.ttl");
        assertThat(d.select("link[rel=stylesheet]").attr("href")).isEqualTo("https://kg.example.org/ai4s/static/ai4s.css");
    }

    @Test
    void chineseCarriesTheLanguageInLinks() {
        Document d = Jsoup.parse(renderer.render(g, Rdf.iri(WebFixture.res("alphafold-3")), "zh",
                "http://localhost:3030/"));
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(d.select("a[href*=google-deepmind]").attr("href")).endsWith("google-deepmind?lang=zh");
    }

    @Test
    void notFoundPageOffersTheSearch() {
        Document d = Jsoup.parse(renderer.renderNotFound(Rdf.RESOURCES + "no-such-thing", "zh", "http://localhost:3030/"));
        assertThat(d.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(d.select("h1").text()).isEqualTo("未找到");
        assertThat(d.select("input[name=q]").attr("value")).isEqualTo("no such thing");
    }

    @Test
    void aDescriptionGraphIsEnough() {
        // What a server may pass instead of the whole publication: own statements, incoming links, neighbour labels.
        Node af = Rdf.iri(WebFixture.res("alphafold-3"));
        Graph description = GraphFactory.createDefaultGraph();
        g.find(af, Node.ANY, Node.ANY).forEachRemaining(description::add);
        g.find(Node.ANY, Node.ANY, af).forEachRemaining(description::add);
        g.find(af, Node.ANY, Node.ANY).forEachRemaining(t -> {
            g.find(t.getObject(), Labels.PREF_LABEL, Node.ANY).forEachRemaining(description::add);
            g.find(t.getObject(), Labels.RDFS_LABEL, Node.ANY).forEachRemaining(description::add);
        });
        Document d = Jsoup.parse(renderer.render(description, af, "en", "http://localhost:3030/"));
        assertThat(d.select("h1").text()).isEqualTo("AlphaFold 3");
        assertThat(d.select(".types a").text()).isEqualTo("AI model");
        assertThat(d.select("dl.props a").eachText()).contains("Google DeepMind", "Protein structure prediction");
    }

    @Test
    void vocabularyTermsAndTheOntologyIri() {
        Document term = Jsoup.parse(renderer.render(g, Rdf.iri(Rdf.ONTOLOGY + "#Model"), "en", "http://localhost:3030/"));
        assertThat(term.select("h1").text()).isEqualTo("AI model");
        assertThat(term.select("dl.incoming dd a").eachText()).contains("AlphaFold 3");
        Document ontology = Jsoup.parse(renderer.render(g, Rdf.iri(Rdf.ONTOLOGY), "en", "http://localhost:3030/"));
        assertThat(ontology.select("h1").text()).isEqualTo("AI4S-KG vocabulary");
        assertThat(ontology.getElementById("releaseDate")).isNotNull();
    }

    @Test
    void unknownVocabularyStillReads() {
        // Generic over the vocabulary: any class, any property, labels by rdfs:label only.
        Graph other = GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString("""
                @prefix ex: <https://w3id.org/ai4s-kg/ontology#> .
                @prefix r: <https://w3id.org/ai4s-kg/resource/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                r:x a ex:Thing ; rdfs:label "Thing X"@en ; ex:opened "2021-03"^^xsd:gYearMonth ; ex:partner r:y .
                r:y rdfs:label "伙伴"@zh .
                """, org.apache.jena.riot.Lang.TURTLE).parse(other);
        Document d = Jsoup.parse(renderer.render(other, Rdf.iri(WebFixture.res("x")), "en", "http://localhost:3030/"));
        assertThat(d.select("h1").text()).isEqualTo("Thing X");
        assertThat(d.select("dl.props dt").eachText()).contains("opened", "partner");
        assertThat(d.select("time").text()).isEqualTo("March 2021");
        assertThat(d.select("dl.props a span.fallback[lang=zh]").text()).isEqualTo("伙伴");
    }
}
