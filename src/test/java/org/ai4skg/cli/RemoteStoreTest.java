package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ai4skg.cli.ExitCode;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.exec.http.GSP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Push into, and query, a second real Fuseki server process. */
class RemoteStoreTest {

    @TempDir
    static Path work;

    static FusekiProcess open;
    static FusekiProcess guarded;
    static Graph dump;

    @BeforeAll
    static void startServers() throws Exception {
        open = FusekiProcess.start(work, null, null);
        guarded = FusekiProcess.start(work, "publisher", System.getenv("AI4S_TEST_PASSWORD"));
        Path dumps = work.resolve("dumps");
        assertThat(Run.ai4s("export", "--home", Run.FIXTURE.toString(), "--out", dumps.toString(), "--format", "nt").exit())
                .isZero();
        dump = Graphs.read(dumps.resolve("ai4s-kg.nt"));
    }

    @AfterAll
    static void stopServers() {
        if (open != null) {
            open.close();
        }
        if (guarded != null) {
            guarded.close();
        }
    }

    @Test
    void thePushedDefaultGraphHoldsExactlyWhatTheDumpsHold() {
        Run run = Run.ai4s("push", "--home", Run.FIXTURE.toString(), "--endpoint", open.data(), "--replace",
                "--batch-size", "10");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("pushed 124 triples");
        // Twice, with --replace: still exactly the same triples (no second copy of the blank node).
        assertThat(Run.ai4s("push", "--home", Run.FIXTURE.toString(), "--endpoint", open.data(), "--replace").exit())
                .isZero();
        Graph remote = GSP.service(open.data()).defaultGraph().GET();
        assertThat(remote.size()).isEqualTo(dump.size());
        assertThat(remote.isIsomorphicWith(dump)).isTrue();
    }

    @Test
    void aNamedGraphWithAuthenticationHoldsExactlyWhatTheDumpsHold() {
        String graph = "https://w3id.org/ai4s-kg/graph/release";
        Run run = Run.ai4s("push", "--home", Run.FIXTURE.toString(), "--endpoint", guarded.data(), "--graph", graph,
                "--replace", "--user", "publisher", "--password-env", "AI4S_TEST_PASSWORD", "--batch-size", "50");
        assertThat(run.exit()).as(run.err()).isZero();
        // 116 triples without blank nodes in batches of 50, then the 8 that touch a blank node together.
        assertThat(run.out()).contains("in 4 requests");
        Graph remote = GSP.service(guarded.data()).graphName(graph)
                .httpHeader("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("publisher:" + System.getenv("AI4S_TEST_PASSWORD")).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .GET();
        assertThat(remote.isIsomorphicWith(dump)).isTrue();
    }

    @Test
    void aRefusedLoginIsOneLineAndExitThree() {
        Run run = Run.ai4s("push", "--home", Run.FIXTURE.toString(), "--endpoint", guarded.data(), "--user", "publisher",
                "--password-env", "AI4S_TEST_WRONG_PASSWORD");
        assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("refused the login (HTTP 401)");
        Run anonymous = Run.ai4s("push", "--home", Run.FIXTURE.toString(), "--endpoint", guarded.data());
        assertThat(anonymous.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(anonymous.err()).contains("refused the login (HTTP 401)");
    }

    @Test
    void anUnsetPasswordVariableIsAUsageError() {
        Run run = Run.ai4s("push", "--home", Run.FIXTURE.toString(), "--endpoint", guarded.data(), "--user", "publisher",
                "--password-env", "AI4S_NO_SUCH_VARIABLE");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("AI4S_NO_SUCH_VARIABLE is not set");
    }

    @Test
    void anUnreachableEndpointIsOneLineAndExitThree() throws Exception {
        String nobody = "http://127.0.0.1:" + FusekiProcess.freePort() + "/ds/data";
        Run push = Run.ai4s("push", "--home", Run.FIXTURE.toString(), "--endpoint", nobody);
        assertThat(push.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(push.errLines()).hasSize(1);
        assertThat(push.err()).contains("cannot reach the endpoint " + nobody);
        Run query = Run.ai4s("query", "--endpoint", nobody.replace("/data", "/sparql"), "ASK {}");
        assertThat(query.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(query.errLines()).hasSize(1);
        assertThat(query.err()).contains("cannot reach the endpoint");
    }

    @Test
    void invalidDataIsNotPushed() throws Exception {
        Path home = work.resolve("invalid-home");
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("ontology"));
        Files.copy(Run.FIXTURE.resolve("ontology/ai4s.ttl"), home.resolve("ontology/ai4s.ttl"));
        Files.createDirectories(home.resolve("shapes"));
        Files.copy(Run.FIXTURE.resolve("shapes/shapes.ttl"), home.resolve("shapes/shapes.ttl"));
        Files.copy(Run.INVALID.resolve("model-without-developer.ttl"), home.resolve("data/model.ttl"));
        String graph = "https://w3id.org/ai4s-kg/graph/never";
        Run run = Run.ai4s("push", "--home", home.toString(), "--endpoint", open.data(), "--graph", graph);
        assertThat(run.exit()).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(run.errLines()[run.errLines().length - 1]).contains("nothing pushed");
        assertThat(run.out()).isEmpty();
        Run ask = Run.ai4s("query", "--endpoint", open.sparql(), "ASK { GRAPH <" + graph + "> { ?s ?p ?o } }");
        assertThat(ask.out().strip()).isEqualTo("no");
    }

    @Test
    void queriesRunAgainstTheRemoteEndpoint() {
        assertThat(Run.ai4s("push", "--home", Run.FIXTURE.toString(), "--endpoint", open.data(), "--replace").exit()).isZero();
        Run select = Run.ai4s("query", "--endpoint", open.sparql(), "--format", "csv",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertThat(select.exit()).as(select.err()).isZero();
        assertThat(select.out().lines().toList()).containsExactly("n", Long.toString(dump.size()));
        Run construct = Run.ai4s("query", "--endpoint", open.sparql(), "--format", "nt", "CONSTRUCT WHERE { ?s ?p ?o }");
        assertThat(construct.exit()).isZero();
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(construct.out(), org.apache.jena.riot.Lang.NTRIPLES).parse(graph);
        assertThat(graph.isIsomorphicWith(dump)).isTrue();
    }
}
