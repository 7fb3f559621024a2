package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Timeout 2 s and caps of 20 rows and 20 triples, so that the limits are reached quickly. */
class LimitsTest {
    static final int CAP = 20;
    /** A cartesian product of five patterns: (~70 triples)^5, about 2e9 rows to count — far beyond 2 s. */
    static final String FAR_BEYOND = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
    /** Three rows at once, then a cartesian product that never yields a row: Fuseki alone would answer 200, cut. */
    static final String ROWS_THEN_TIMEOUT = "SELECT * { { VALUES ?x { 1 2 3 } } UNION { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . "
            + "?j ?k ?l . ?m ?n2 ?o FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), STR(?l), STR(?o), \"|never\")) } }";

    /** The test is every client at once (one address): no limit of queries per client, the other defaults. */
    static final QueryAdmission ONE_ADDRESS_FOR_ALL = new QueryAdmission(QueryAdmission.defaultConcurrent(),
            2 * QueryAdmission.defaultConcurrent(), QueryAdmission.DEFAULT_WAIT, Duration.ofSeconds(60));

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving()
            .with(s -> s.withTimeout(Duration.ofSeconds(2)).withMaxRows(CAP).withMaxTriples(CAP)
                    .withAdmission(ONE_ADDRESS_FOR_ALL));

    @Test
    void aCappedResultIsCompleteValidAndSaysSo() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode("SELECT * { ?s ?p ?o }"),
                "Accept", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(ReadOnlyQueryProcessor.ROW_CAP_HEADER)).hasValue(Integer.toString(CAP));
        assertThat(rows(response)).isEqualTo(CAP);
        assertThat(server.triples()).isGreaterThan(CAP);
    }

    @Test
    void aResultUnderTheCapHasNoCapHeader() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode("SELECT * { ?s ?p ?o } LIMIT 5"),
                "Accept", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(ReadOnlyQueryProcessor.ROW_CAP_HEADER)).isEmpty();
        assertThat(rows(response)).isEqualTo(5);
    }

    @Test
    void aCappedConstructOrDescribeIsCompleteValidAndSaysSo() {
        for (String query : new String[] {"CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "DESCRIBE ?s WHERE { ?s ?p ?o }",
                "CONSTRUCT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { ?s ?p ?o }"}) {
            HttpResponse<String> response = server.get("/sparql?query=" + encode(query), "Accept", "application/n-quads");
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.headers().firstValue(ReadOnlyQueryProcessor.TRIPLE_CAP_HEADER)).as(query)
                    .hasValue(Integer.toString(CAP));
            DatasetGraph parsed = org.apache.jena.riot.RDFParser.fromString(response.body(), org.apache.jena.riot.Lang.NQUADS)
                    .toDatasetGraph();
            long statements = parsed.getDefaultGraph().size() + parsed.stream().filter(q -> !q.isDefaultGraph()).count();
            assertThat(statements).as(query).isEqualTo(CAP);
        }
    }

    @Test
    void aConstructUnderTheCapHasNoCapHeader() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode(SparqlProtocolTest.CONSTRUCT), "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(ReadOnlyQueryProcessor.TRIPLE_CAP_HEADER)).isEmpty();
        assertThat(response.body()).contains("alphafold-3");
    }

    @Test
    void aQueryFarBeyondTheTimeoutIsAnErrorWithAMessage() {
        long start = System.nanoTime();
        HttpResponse<String> response = server.get("/sparql?query=" + encode(FAR_BEYOND), "Accept", "application/sparql-results+json");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).containsIgnoringCase("timed out");
        assertThat(ms).isLessThan(15_000);
    }

    @Test
    void aQueryThatTimesOutAfterItsFirstRowsNeverYieldsA200() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode(ROWS_THEN_TIMEOUT),
                "Accept", "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).containsIgnoringCase("timed out").doesNotContain("bindings");
    }

    @Test
    void otherClientsAreServedWhileASlowQueryRuns() throws Exception {
        double before = queriesReceived();
        CompletableFuture<HttpResponse<String>> slow = java.net.http.HttpClient.newHttpClient().sendAsync(
                server.request("/sparql?query=" + encode(FAR_BEYOND)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Await.until("the slow query has reached the endpoint", java.time.Duration.ofSeconds(10),
                () -> queriesReceived() > before);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> quick = server.get("/sparql?query=" + encode(SparqlProtocolTest.SELECT),
                    "Accept", "application/sparql-results+json");
            assertThat(quick.statusCode()).isEqualTo(200);
            assertThat(quick.body()).contains("AlphaFold 3");
            assertThat(server.get("/resource/alphafold-3", "Accept", "text/turtle").statusCode()).isEqualTo(200);
        }
        assertThat(slow).isNotDone();
        assertThat(slow.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
    }

    private static int rows(HttpResponse<String> response) {
        ResultSet results = ResultSetFactory.load(new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultsFormat.FMT_RS_JSON);
        int rows = 0;
        while (results.hasNext()) {
            results.next();
            rows++;
        }
        return rows;
    }

    /** The endpoint's count of query requests received so far, from its metrics. */
    private static double queriesReceived() {
        return server.get("/$/metrics").body().lines()
                .filter(line -> line.startsWith("fuseki_requests{") && line.contains("dataset=\"/sparql\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
