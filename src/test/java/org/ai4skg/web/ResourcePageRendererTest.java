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
        assertThat(d.select("link[rel=stylesheet]").attr("href")).isEqualTo(StaticAssets.url("https://kg.example.org/ai4s/", "ai4s.css"));
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
    @Test
    void aStatementOfTheSourceShowsItsTimeAndWhatChangedSinceIsListedWithItsSource() {
        Graph world = GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString("""
                @prefix ai4s: <https://w3id.org/ai4s-kg/ontology#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix r: <https://w3id.org/ai4s-kg/resource/> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                @prefix s: <https://w3id.org/ai4s-kg/resource/statement/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                r:machine skos:prefLabel "Machine"@en ; ai4s:status r:building ; ai4s:host r:lab .
                r:building skos:prefLabel "Under construction"@en , "正在建设"@zh .
                r:running skos:prefLabel "Operational"@en , "已建成"@zh .
                r:lab skos:prefLabel "Lab"@en .
                s:then a rdf:Statement ; rdf:subject r:machine ; rdf:predicate ai4s:status ; rdf:object r:building ;
                    ai4s:pointInTime "2024-05"^^xsd:gYearMonth ; skos:prefLabel "Machine being built (May 2024)"@en .
                s:now a ai4s:LaterStatement ; rdf:subject r:machine ; rdf:predicate ai4s:status ;
                    rdf:object r:running ; ai4s:pointInTime "2024-12"^^xsd:gYearMonth ; ai4s:updates s:then ;
                    prov:hadPrimarySource <https://example.org/news/machine-runs> ;
                    rdfs:comment "Reported running."@en ;
                    skos:prefLabel "Machine running (December 2024)"@en , "机器已建成（2024 年 12 月）"@zh .
                s:later-same a ai4s:LaterStatement ; rdf:subject r:machine ; rdf:predicate ai4s:host ;
                    rdf:object r:lab ; ai4s:pointInTime "2025"^^xsd:gYear ;
                    prov:hadPrimarySource <https://example.org/still-there> .
                """, org.apache.jena.riot.Lang.TURTLE).parse(world);
        Node machine = Rdf.iri(WebFixture.res("machine"));
        Document en = Jsoup.parse(renderer.render(world, machine, "en", "http://localhost:3030/"));
        var status = en.select("#props-h + dl.props dd:has(a[href*=building])");
        assertThat(status.select("small.as-of").text()).isEqualTo("(as of May 2024 · updated since the paper)");
        assertThat(status.select("small.as-of time").attr("datetime")).isEqualTo("2024-05");
        assertThat(status.select("small.as-of a").attr("href")).isEqualTo("#since-h");
        // A later statement about a statement of the page is no "as of" of it: the host has no time of the source.
        assertThat(en.select("#props-h + dl.props dd:has(a[href*=lab]) small.as-of")).isEmpty();

        assertThat(en.select("section.since h2#since-h").text()).isEqualTo("Since the paper");
        var later = en.select("section.since ol.later > li");
        assertThat(later).hasSize(2);
        assertThat(later.get(0).select("p.what a").text()).isEqualTo("Machine running (December 2024)");
        assertThat(later.get(0).select("p.what a").attr("href")).endsWith("statement/now?lang=en");
        assertThat(later.get(0).select("dd.date time").attr("datetime")).isEqualTo("2024-12");
        assertThat(later.get(0).select("dd.date").text()).isEqualTo("December 2024");
        assertThat(later.get(0).select("dd.primary-source a.external").attr("href"))
                .isEqualTo("https://example.org/news/machine-runs");
        assertThat(later.get(0).select("dd.primary-source a").text()).isEqualTo("example.org/news/machine-runs");
        assertThat(later.get(0).select("dd.updates a").text()).isEqualTo("Machine being built (May 2024)");
        assertThat(later.get(0).select("p.note").text()).isEqualTo("Reported running.");
        assertThat(later.get(1).select("dd.date").text()).isEqualTo("2025");
        assertThat(later.get(1).select("dd.updates")).isEmpty();

        Document zh = Jsoup.parse(renderer.render(world, machine, "zh", "http://localhost:3030/"));
        assertThat(zh.select("#props-h + dl.props dd:has(a[href*=building]) small.as-of").text())
                .isEqualTo("(截至 2024年5月 · 论文发表后有更新)");
        assertThat(zh.select("section.since h2").text()).isEqualTo("论文发表之后");
        assertThat(zh.select("section.since li").first().select("p.what a").text()).isEqualTo("机器已建成（2024 年 12 月）");
        assertThat(zh.select("section.since li").first().select("dd.date").text()).isEqualTo("2024年12月");
        // The note has no Chinese: shown in English, marked.
        assertThat(zh.select("section.since li").first().select("p.note span.fallback[lang=en]").text())
                .isEqualTo("Reported running.");

        Node lab = Rdf.iri(WebFixture.res("lab"));
        assertThat(Jsoup.parse(renderer.render(world, lab, "en", "http://localhost:3030/")).select("section.since"))
                .isEmpty();
    }
}
