package org.ai4skg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DereferenceTest {
    static final String NS = "https://w3id.org/ai4s-kg/";
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    static final Node PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
    static final Node DEVELOPER = NodeFactory.createURI(NS + "ontology#developer");

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving();

    static Node res(String slug) {
        return NodeFactory.createURI(NS + "resource/" + slug);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSON-LD", "application/n-triples, N-TRIPLES",
            "application/rdf+xml, RDF/XML"})
    void rdfByAcceptWithOwnStatementsIncomingLinksAndNeighbourLabels(String accept, String langName) {
        HttpResponse<String> response = server.get("/resource/google-deepmind", "Accept", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        assertThat(response.headers().allValues("Vary").toString()).contains("Accept");
        Graph graph = RDFParser.fromString(response.body(), RDFLanguages.nameToLang(langName)).toGraph();
        assertThat(graph.contains(res("google-deepmind"), PREF_LABEL, NodeFactory.createLiteralLang("Google DeepMind", "en"))).isTrue();
        assertThat(graph.contains(res("alphafold-3"), DEVELOPER, res("google-deepmind"))).as("incoming link").isTrue();
        assertThat(graph.contains(res("alphafold-3"), PREF_LABEL, NodeFactory.createLiteralLang("AlphaFold 3", "en")))
                .as("label of a neighbour").isTrue();
        assertThat(response.body()).as("RDF keeps canonical IRIs").doesNotContain("localhost");
    }

    @ParameterizedTest
    @CsvSource({"/resource/google-deepmind", "/sparql", "/.well-known/void"})
    void turtleFromTheServerDeclaresOnlyThePrefixesItUses(String path) {
        String body = server.get(path, "Accept", "text/turtle").body();
        Graph graph = RDFParser.fromString(body, RDFLanguages.TURTLE).toGraph();
        java.util.Set<String> used = new java.util.HashSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                String iri = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralDatatypeURI() : null;
                if (iri != null) {
                    used.add(iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1));
                }
            }
        });
        assertThat(graph.getPrefixMapping().getNsPrefixMap()).isNotEmpty();
        assertThat(used).containsAll(graph.getPrefixMapping().getNsPrefixMap().values());
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle, TURTLE", "jsonld, application/ld+json, JSON-LD", "nt, application/n-triples, N-TRIPLES",
            "rdf, application/rdf+xml, RDF/XML"})
    void rdfBySuffix(String suffix, String type, String langName) {
        HttpResponse<String> response = server.get("/resource/alphafold-3." + suffix, "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
        Graph graph = RDFParser.fromString(response.body(), RDFLanguages.nameToLang(langName)).toGraph();
        assertThat(graph.contains(res("alphafold-3"), DEVELOPER, res("google-deepmind"))).isTrue();
    }

    @Test
    void htmlForBrowsersWithLocalLinksAndEscapedValues() {
        HttpResponse<String> response = server.get("/resource/alphafold-3", "Accept", BROWSER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.headers().allValues("Vary").toString()).contains("Accept");
        Document page = Jsoup.parse(response.body());
        assertThat(response.body()).startsWith("<!DOCTYPE html>");
        assertThat(page.title()).startsWith("AlphaFold 3");
        assertThat(page.select("main a[href^=" + server.url("/resource/google-deepmind") + "]").eachText())
                .contains("Google DeepMind");
        assertThat(page.select("a[href=http://www.wikidata.org/entity/Q125422402]")).isNotEmpty();
        HttpResponse<String> suffix = server.get("/resource/alphafold-3.html");
        assertThat(suffix.statusCode()).isEqualTo(200);
        assertThat(suffix.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");

        HttpResponse<String> escaped = server.get("/resource/escaping-test", "Accept", "text/html");
        assertThat(Jsoup.parse(escaped.body()).select("h1").text()).contains("<script>alert('x')</script> & co");
        assertThat(escaped.body()).doesNotContain("<script>alert");
    }

    @Test
    void htmlLanguageByParameterOrAcceptLanguage() {
        assertThat(server.get("/resource/google-deepmind?lang=zh", "Accept", "text/html").body()).contains("<title>谷歌DeepMind</title>");
        HttpResponse<String> zh = server.get("/resource/google-deepmind", "Accept", "text/html", "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5");
        assertThat(zh.body()).contains("<html lang=\"zh\">").contains("<title>谷歌DeepMind</title>");
        assertThat(server.get("/resource/google-deepmind", "Accept", "text/html").body()).contains("<title>Google DeepMind</title>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text/turtle;q=0.5, application/ld+json;q=0.9 | application/ld+json",
            "text/*;q=0.3, application/rdf+xml | application/rdf+xml",
            "application/n-triples;q=0, */*;q=0.1 | text/turtle",
            "*/* | text/turtle",
            "text/html;q=0.1, application/n-triples | application/n-triples",
            "application/json, application/ld+json;q=0.5 | application/ld+json",
            "application/*;q=0.8, text/turtle;q=0 | application/ld+json"})
    void qualityValuesListsAndWildcards(String accept, String expected) {
        HttpResponse<String> response = server.get("/resource/alphafold-3", "Accept", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(expected);
    }

    @Test
    void notAcceptableListsTheAvailableTypes() {
        for (String accept : new String[] {"image/png", "text/turtle;q=0, text/html;q=0, application/*;q=0"}) {
            HttpResponse<String> response = server.get("/resource/alphafold-3", "Accept", accept);
            assertThat(response.statusCode()).as(accept).isEqualTo(406);
            assertThat(response.headers().allValues("Vary").toString()).contains("Accept");
            assertThat(response.body()).contains("text/turtle").contains("application/ld+json").contains("application/n-triples")
                    .contains("application/rdf+xml").contains("text/html").contains("alphafold-3.ttl");
        }
    }

    @Test
    void unknownIrisOfTheNamespaceAre404WithAHelpfulPage() {
        HttpResponse<String> html = server.get("/resource/no-such-thing", "Accept", BROWSER);
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        Document page = Jsoup.parse(html.body());
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains(NS + "resource/no-such-thing");
        assertThat(page.select("form[role=search]").eachAttr("action")).contains(server.url("/search"));
        assertThat(page.select("a[href]").eachAttr("abs:href")).anyMatch(href -> href.startsWith(server.url("/?"))
                || href.equals(server.url("/")));
        HttpResponse<String> rdf = server.get("/resource/no-such-thing.ttl", "Accept", "text/turtle");
        assertThat(rdf.statusCode()).isEqualTo(404);
        assertThat(rdf.body()).contains("no-such-thing");
        HttpResponse<String> script = server.get("/resource/%3Cscript%3E", "Accept", "text/html");
        assertThat(script.statusCode()).isEqualTo(404);
        assertThat(script.body()).contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void nonAsciiIrisWork() {
        String slug = "蛋白质结构预测";
        String path = "/resource/" + PublicationServerExtension.encode(slug);
        HttpResponse<String> response = server.get(path, "Accept", "application/n-triples");
        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = RDFParser.fromString(response.body(), Lang.NTRIPLES).toGraph();
        assertThat(graph.contains(res(slug), PREF_LABEL, NodeFactory.createLiteralLang(slug, "zh"))).isTrue();
        assertThat(response.headers().firstValue("Content-Location").orElseThrow()).isEqualTo(server.url(path + ".nt"));
        assertThat(server.get(path + ".jsonld").statusCode()).isEqualTo(200);
        assertThat(server.get(path, "Accept", "text/html").body()).contains("<title>protein structure prediction</title>");
    }

    @Test
    void percentEncodedIrisWork() {
        HttpResponse<String> response = server.get("/resource/na%C3%AFve-bayes", "Accept", "application/n-triples");
        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = RDFParser.fromString(response.body(), Lang.NTRIPLES).toGraph();
        assertThat(graph.contains(res("na%C3%AFve-bayes"), PREF_LABEL, NodeFactory.createLiteralLang("naïve Bayes", "en"))).isTrue();
        assertThat(server.get("/resource/na%C3%AFve-bayes.ttl").statusCode()).isEqualTo(200);
    }

    @Test
    void theVocabularyAndItsHashTermsAreServedByTheOntologyDocument() {
        HttpResponse<String> response = server.get("/ontology", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        Graph graph = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        assertThat(graph.contains(NodeFactory.createURI(NS + "ontology"), Node.ANY, Node.ANY)).isTrue();
        assertThat(graph.contains(NodeFactory.createURI(NS + "ontology#Model"), label, NodeFactory.createLiteralLang("模型", "zh"))).isTrue();
        assertThat(graph.contains(DEVELOPER, label, NodeFactory.createLiteralLang("developer", "en"))).isTrue();
        Document html = Jsoup.parse(server.get("/ontology.html").body());
        assertThat(html.select("section.term").eachAttr("id")).as("each term shown once")
                .containsExactlyInAnyOrder("Model", "Organisation", "Section", "developer", "releaseDate");
        for (String suffix : new String[] {"ttl", "jsonld", "nt", "rdf", "html"}) {
            assertThat(server.get("/ontology." + suffix).statusCode()).as(suffix).isEqualTo(200);
        }
        Document vocabulary = Jsoup.parse(server.get("/ontology", "Accept", BROWSER).body());
        assertThat(vocabulary.getElementById("Model")).as("hash terms are anchors of the document").isNotNull();
        assertThat(vocabulary.getElementById("developer")).isNotNull();
        assertThat(vocabulary.select("a[href]").eachAttr("href")).contains(server.url("/ontology?lang=en#Organisation"));
    }

    @Test
    void aConfiguredBaseUrlWins() {
        try (PublicationServerExtension proxied = ServerFixture.serving().with(s -> s.withBaseUrl("https://w3id.org/ai4s-kg")).start()) {
            HttpResponse<String> response = proxied.get("/resource/alphafold-3", "Accept", "text/html", "X-Forwarded-Host", "evil.example");
            assertThat(Jsoup.parse(response.body()).select("main a[href]").eachAttr("href"))
                    .anyMatch(href -> href.startsWith("https://w3id.org/ai4s-kg/resource/google-deepmind"));
            assertThat(response.body()).doesNotContain("evil");
            assertThat(proxied.server().baseUrl()).isEqualTo("https://w3id.org/ai4s-kg/");
        }
    }

    @Test
    void validatorsAndConditionalRequests() {
        HttpResponse<String> first = server.get("/resource/alphafold-3", "Accept", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(etag).startsWith("\"0.1.0-test-");

        HttpResponse<String> byTag = server.get("/resource/alphafold-3", "Accept", "text/turtle", "If-None-Match", etag);
        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
        HttpResponse<String> byDate = server.get("/resource/alphafold-3", "Accept", "text/turtle", "If-Modified-Since", lastModified);
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(server.get("/resource/alphafold-3", "Accept", "text/turtle", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(server.get("/resource/alphafold-3", "Accept", "text/turtle", "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT")
                .statusCode()).isEqualTo(200);

        String json = server.get("/resource/alphafold-3", "Accept", "application/ld+json").headers().firstValue("ETag").orElseThrow();
        String en = server.get("/resource/alphafold-3", "Accept", "text/html").headers().firstValue("ETag").orElseThrow();
        String zh = server.get("/resource/alphafold-3?lang=zh", "Accept", "text/html").headers().firstValue("ETag").orElseThrow();
        assertThat(java.util.Set.of(etag, json, en, zh)).hasSize(4);
        HttpResponse<String> html304 = server.get("/resource/alphafold-3?lang=zh", "Accept", "text/html", "If-None-Match", zh);
        assertThat(html304.statusCode()).isEqualTo(304);
    }

    @Test
    void headAnswersTheHeadersOfGet() {
        HttpResponse<String> get = server.get("/resource/alphafold-3", "Accept", "application/ld+json");
        HttpResponse<String> head = server.send(server.request("/resource/alphafold-3", "Accept", "application/ld+json")
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).isEqualTo(get.headers().firstValue("Content-Length"));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    }

    @Test
    void cachedBodiesAreIdentical() {
        String first = server.get("/resource/alphafold-3", "Accept", "text/turtle").body();
        String second = server.get("/resource/alphafold-3", "Accept", "text/turtle").body();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void largeDescriptionsArePaged() {
        try (PublicationServerExtension paged = ServerFixture.serving().with(s -> s.withPageSize(4)).start()) {
            HttpResponse<String> first = paged.get("/resource/google-deepmind", "Accept", "application/n-triples");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Link").orElseThrow())
                    .isEqualTo("<" + paged.url("/resource/google-deepmind") + "?page=2>; rel=\"next\"");
            int pages = 1;
            int statements = RDFParser.fromString(first.body(), Lang.NTRIPLES).toGraph()
                    .find(res("google-deepmind"), Node.ANY, Node.ANY).toList().size();
            int incoming = RDFParser.fromString(first.body(), Lang.NTRIPLES).toGraph()
                    .find(Node.ANY, Node.ANY, res("google-deepmind")).toList().size();
            HttpResponse<String> page = first;
            while (page.headers().firstValue("Link").isPresent()) {
                pages++;
                page = paged.get("/resource/google-deepmind?page=" + pages, "Accept", "application/n-triples");
                assertThat(page.statusCode()).isEqualTo(200);
                Graph graph = RDFParser.fromString(page.body(), Lang.NTRIPLES).toGraph();
                statements += graph.find(res("google-deepmind"), Node.ANY, Node.ANY).toList().size();
                incoming += graph.find(Node.ANY, Node.ANY, res("google-deepmind")).toList().size();
            }
            assertThat(pages).isGreaterThan(1);
            assertThat(statements).isEqualTo(5);
            assertThat(incoming).isEqualTo(3);
            assertThat(paged.get("/resource/google-deepmind?page=" + (pages + 1)).statusCode()).isEqualTo(404);
            assertThat(paged.get("/resource/google-deepmind?page=x").statusCode()).isEqualTo(400);
            HttpResponse<String> html = paged.get("/resource/google-deepmind", "Accept", "text/html");
            assertThat(html.headers().firstValue("Link")).as("the page for people is not paged").isEmpty();
        }
    }

    @Test
    void htmlDescriptionsAreNotPagedAndPromiseNoNextPage() {
        try (PublicationServerExtension paged = ServerFixture.serving().with(s -> s.withPageSize(4)).start()) {
            assertThat(paged.get("/resource/google-deepmind", "Accept", "application/n-triples").headers()
                    .firstValue("Link")).as("the data has a second page").isPresent();
            HttpResponse<String> first = paged.get("/resource/google-deepmind", "Accept", "text/html");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().firstValue("Link")).isEmpty();
            Document page = Jsoup.parse(first.body());
            // The one page shows what all the data's pages hold: the definition and the three things linking here
            // (which the data gives on its later pages).
            assertThat(page.text()).contains("An AI research laboratory.");
            assertThat(page.select("main a[href]").eachText())
                    .contains("AlphaFold 3", "AlphaFold 2", "protein structure prediction");
            for (String suffix : new String[] {"", ".html"}) {
                HttpResponse<String> second = paged.get("/resource/google-deepmind" + suffix + "?page=2&lang=zh",
                        "Accept", "text/html");
                assertThat(second.statusCode()).as(suffix).isEqualTo(303);
                assertThat(second.headers().firstValue("Location")).as(suffix)
                        .hasValue(paged.url("/resource/google-deepmind" + suffix + "?lang=zh"));
                assertThat(second.headers().firstValue("Link")).isEmpty();
                assertThat(second.headers().firstValue("Content-Location")).isEmpty();
            }
            HttpResponse<String> turtle = paged.get("/resource/google-deepmind?page=2", "Accept", "text/turtle");
            assertThat(turtle.statusCode()).as("the data's pages stay").isEqualTo(200);
        }
    }
}
