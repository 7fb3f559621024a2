package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparqlProtocolTest {
    static final String SELECT = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "SELECT ?label WHERE { <https://w3id.org/ai4s-kg/resource/alphafold-3> skos:prefLabel ?label } ORDER BY ?label";
    static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?s = <https://w3id.org/ai4s-kg/resource/alphafold-3>) }";

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving();

    @ParameterizedTest
    @CsvSource({
            "application/sparql-results+json, application/sparql-results+json, JSON",
            "application/sparql-results+xml, application/sparql-results+xml, XML",
            "text/csv, text/csv, CSV",
            "text/tab-separated-values, text/tab-separated-values, TSV"})
    void selectResultsInEveryFormat(String accept, String contentType, String format) {
        HttpResponse<String> response = server.get("/sparql?query=" + encode(SELECT), "Accept", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(contentType);
        ResultSet results = ResultSetFactory.load(new java.io.ByteArrayInputStream(
                response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)), ResultsFormat.lookup(format.toLowerCase()));
        assertThat(results.getResultVars()).containsExactly("label");
        int rows = 0;
        while (results.hasNext()) {
            assertThat(results.next().get("label").toString()).contains("AlphaFold 3");
            rows++;
        }
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void postFormAndPostQueryBodyWork() {
        HttpResponse<String> form = server.send("POST", "/sparql", "application/x-www-form-urlencoded",
                "query=" + encode(SELECT), "Accept", "application/sparql-results+json");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("\"AlphaFold 3\"");

        HttpResponse<String> body = server.send("POST", "/sparql", "application/sparql-query", SELECT,
                "Accept", "application/sparql-results+json");
        assertThat(body.statusCode()).isEqualTo(200);
        assertThat(body.body()).contains("\"AlphaFold 3\"");
    }

    @Test
    void askAnswersABoolean() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode("ASK { ?s ?p ?o }"),
                "Accept", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().replace(" ", "")).contains("\"boolean\":true");
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, N-TRIPLES", "application/ld+json, JSON-LD",
            "application/rdf+xml, RDF/XML"})
    void constructAndDescribeInEveryRdfFormat(String accept, String langName) {
        Lang lang = org.apache.jena.riot.RDFLanguages.nameToLang(langName);
        for (String query : new String[] {CONSTRUCT, "DESCRIBE <https://w3id.org/ai4s-kg/resource/alphafold-3>"}) {
            HttpResponse<String> response = server.get("/sparql?query=" + encode(query), "Accept", accept);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
            Graph graph = RDFParser.fromString(response.body(), lang).toGraph();
            assertThat(graph.contains(NodeFactory.createURI("https://w3id.org/ai4s-kg/resource/alphafold-3"),
                    NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
                    NodeFactory.createLiteralLang("AlphaFold 3", "en"))).as(query).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSON-LD", "application/n-triples, N-TRIPLES"})
    void serviceDescriptionWhenAskedWithoutAQuery(String accept, String langName) {
        HttpResponse<String> response = server.get("/sparql", "Accept", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Vary").toString()).contains("Accept");
        Graph sd = RDFParser.fromString(response.body(), org.apache.jena.riot.RDFLanguages.nameToLang(langName)).toGraph();
        String sdNs = "http://www.w3.org/ns/sparql-service-description#";
        assertThat(sd.contains(null, NodeFactory.createURI(sdNs + "endpoint"), NodeFactory.createURI(server.url("/sparql")))).isTrue();
        assertThat(sd.contains(null, NodeFactory.createURI(sdNs + "supportedLanguage"),
                NodeFactory.createURI(sdNs + "SPARQL11Query"))).isTrue();
        assertThat(sd.contains(null, NodeFactory.createURI(sdNs + "supportedLanguage"),
                NodeFactory.createURI(sdNs + "SPARQL11Update"))).isFalse();
    }

    @Test
    void corsPreflightAllowsGetAndPostWithAcceptAndContentType() {
        HttpResponse<String> preflight = server.send("OPTIONS", "/sparql", null, null,
                "Origin", "https://example.org", "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "Content-Type, Accept");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow();
        assertThat(methods).contains("GET").contains("POST").doesNotContain("PUT").doesNotContain("DELETE");
        String headers = preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase();
        assertThat(headers).contains("content-type").contains("accept");

        HttpResponse<String> get = server.get("/sparql?query=" + encode(SELECT), "Origin", "https://example.org");
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        HttpResponse<String> post = server.send("POST", "/sparql", "application/sparql-query", SELECT,
                "Origin", "https://example.org");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    @Test
    void aSyntaxErrorIsABadRequest() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode("SELECT WHERE {"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).containsIgnoringCase("parse");
    }
}
