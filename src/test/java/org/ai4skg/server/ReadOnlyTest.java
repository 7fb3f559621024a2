package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;

import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyTest {
    static final String INSERT = "INSERT DATA { <https://w3id.org/ai4s-kg/resource/intruder> <http://example.org/p> \"x\" }";
    static final String TTL = "<https://w3id.org/ai4s-kg/resource/intruder> <http://example.org/p> \"x\" .";
    static final String DROP = "DROP ALL";

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving();

    record Attempt(String method, String path, String contentType, String body) {
    }

    static List<Attempt> attempts() {
        return List.of(
                new Attempt("POST", "/sparql", "application/x-www-form-urlencoded", "update=" + encode(INSERT)),
                new Attempt("POST", "/sparql", "application/x-www-form-urlencoded", "update=" + encode(DROP)),
                new Attempt("POST", "/sparql", "application/sparql-update", INSERT),
                new Attempt("POST", "/sparql", "application/sparql-update", DROP),
                new Attempt("POST", "/sparql?update=" + encode(INSERT), null, null),
                new Attempt("GET", "/sparql?update=" + encode(DROP), null, null),
                new Attempt("PUT", "/sparql", "text/turtle", TTL),
                new Attempt("PUT", "/sparql?default", "text/turtle", TTL),
                new Attempt("POST", "/sparql", "text/turtle", TTL),
                new Attempt("POST", "/sparql?default", "text/turtle", TTL),
                new Attempt("POST", "/sparql?graph=" + encode("http://example.org/g"), "text/turtle", TTL),
                new Attempt("DELETE", "/sparql", null, null),
                new Attempt("DELETE", "/sparql?default", null, null),
                new Attempt("PATCH", "/sparql", "application/rdf-patch", "A <a:s> <a:p> <a:o> ."),
                new Attempt("POST", "/sparql/update", "application/sparql-update", INSERT),
                new Attempt("POST", "/sparql/data", "text/turtle", TTL),
                new Attempt("PUT", "/sparql/data", "text/turtle", TTL),
                new Attempt("POST", "/sparql/upload", "text/turtle", TTL),
                new Attempt("POST", "/sparql/sparql", "application/sparql-update", INSERT),
                new Attempt("POST", "/$/datasets?dbName=writable&dbType=mem", null, null),
                new Attempt("DELETE", "/$/datasets/sparql", null, null),
                new Attempt("POST", "/$/compact/sparql", null, null),
                new Attempt("POST", "/$/backup/sparql", null, null),
                new Attempt("POST", "/$/reload", null, null),
                new Attempt("PUT", "/resource/alphafold-3", "text/turtle", TTL),
                new Attempt("POST", "/resource/alphafold-3", "text/turtle", TTL),
                new Attempt("DELETE", "/resource/alphafold-3", null, null),
                new Attempt("PUT", "/ontology", "text/turtle", TTL),
                new Attempt("PUT", "/dumps/ai4s-kg.ttl", "text/turtle", TTL),
                new Attempt("DELETE", "/dumps/ai4s-kg.ttl", null, null));
    }

    @Test
    void everyWriteAttemptIsRefusedAndTheDataIsUnchanged() throws Exception {
        long before = server.triples();
        String countBefore = count();
        byte[] dump = Files.readAllBytes(ServerFixture.HOME.resolve("dumps/ai4s-kg.ttl"));
        for (Attempt attempt : attempts()) {
            HttpResponse<String> response = server.send(attempt.method(), attempt.path(), attempt.contentType(), attempt.body());
            assertThat(response.statusCode()).as(attempt.toString()).isBetween(400, 499);
        }
        assertThat(server.triples()).isEqualTo(before);
        assertThat(count()).isEqualTo(countBefore);
        assertThat(server.get("/sparql?query=" + encode("ASK { <https://w3id.org/ai4s-kg/resource/intruder> ?p ?o }"),
                "Accept", "text/csv").body().trim()).endsWith("false");
        assertThat(Files.readAllBytes(ServerFixture.HOME.resolve("dumps/ai4s-kg.ttl"))).isEqualTo(dump);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/$/datasets", "/$/server", "/$/stats", "/$/tasks", "/$/logs", "/$/backups/list"})
    void noAdminApi(String path) {
        assertThat(server.get(path).statusCode()).isEqualTo(404);
    }

    private static String count() {
        HttpResponse<String> response = server.get("/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "Accept", "text/csv");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void serviceToLoopbackIsRefusedAndNoTrafficIsSent() throws Exception {
        try (ServerSocket trap = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            trap.setSoTimeout(300);
            String query = "SELECT * { SERVICE <http://127.0.0.1:" + trap.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> response = server.get("/sparql?query=" + encode(query));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("127.0.0.1").contains("refused").contains("loopback")
                    .contains("https://query.wikidata.org/sparql");
            assertThatThrownBy(trap::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1/sparql", "http://192.168.1.1/sparql", "http://169.254.169.254/latest",
            "http://[::1]:3030/sparql", "http://localhost:3030/sparql", "http://0x7f000001/sparql"})
    void serviceToPrivateOrLinkLocalAddressesIsRefused(String endpoint) {
        HttpResponse<String> response = server.get("/sparql?query=" + encode("SELECT * { SERVICE <" + endpoint + "> { ?s ?p ?o } }"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("refused");
        if (!endpoint.contains("0x")) {
            assertThat(response.body()).contains("private");
        }
    }

    @Test
    void serviceOutsideTheAllowListIsRefusedWherever() {
        for (String query : new String[] {
                "SELECT * { SERVICE <https://example.org/sparql> { ?s ?p ?o } }",
                "SELECT * { ?x ?y ?z OPTIONAL { SERVICE SILENT <https://example.org/sparql> { ?s ?p ?o } } }",
                "SELECT * { { SELECT ?s { SERVICE <https://example.org/sparql> { ?s ?p ?o } } } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <https://example.org/sparql> { ?s ?p ?o } } }",
                "ASK { SERVICE <https://example.org/sparql> { ?s ?p ?o } }",
                "select * { sErViCe <https://example.org/sparql> { ?s ?p ?o } }"}) {
            HttpResponse<String> response = server.get("/sparql?query=" + encode(query));
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("https://example.org/sparql")
                    .contains("allowed endpoints: https://query.wikidata.org/sparql, https://dbpedia.org/sparql");
        }
        HttpResponse<String> variable = server.get("/sparql?query=" + encode("SELECT * { BIND(<http://10.0.0.1/> AS ?e) SERVICE ?e { ?s ?p ?o } }"));
        assertThat(variable.statusCode()).isEqualTo(400);
        assertThat(variable.body()).contains("variable endpoint");
    }

    @Test
    void allowedEndpointsPassTheCheck() {
        ServiceGuard guard = new ServiceGuard(ServiceGuard.DEFAULT_ALLOWED);
        assertThat(guard.refusal(QueryFactory.create(
                "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }"))).isEmpty();
        assertThat(guard.refusal(QueryFactory.create("SELECT * { ?s ?p ?o }"))).isEmpty();
        assertThat(new ServiceGuard(List.of("http://10.0.0.1/sparql"))
                .refusal(QueryFactory.create("SELECT * { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }")))
                .get().asString().contains("private");
    }

    @Test
    void theServiceExecutorLinkRefusesAtCallTimeToo() {
        Context context = new Context();
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink(new ServiceGuard(ServiceGuard.DEFAULT_ALLOWED).executor());
        ServiceExecutorRegistry.set(context, registry);
        QueryExec exec = QueryExec.dataset(DatasetGraphFactory.createTxnMem())
                .query("SELECT * { BIND(<http://10.0.0.1/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }").context(context).build();
        assertThatThrownBy(() -> exec.select().materialize()).isInstanceOf(QueryExecException.class)
                .hasMessageContaining("refused");
    }
}
