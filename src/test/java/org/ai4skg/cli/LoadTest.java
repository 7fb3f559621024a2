package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ai4skg.bench.SyntheticData;
import org.ai4skg.cli.ExitCode;
import org.ai4skg.store.StoreSummary;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadTest {

    @TempDir
    Path temp;

    @Test
    void theStoreHoldsExactlyWhatTheDumpsHold() {
        Path store = temp.resolve("store");
        Run load = Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--tdb2", store.toString());
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("loaded 124 triples from 3 files").contains("the store holds 124 triples");
        Path dumps = temp.resolve("dumps");
        assertThat(Run.ai4s("export", "--home", Run.FIXTURE.toString(), "--out", dumps.toString(), "--format", "nt").exit())
                .isZero();
        Graph dump = Graphs.read(dumps.resolve("ai4s-kg.nt"));
        assertThat(contents(store).size()).isEqualTo(dump.size());
        assertThat(Graphs.canonical(contents(store)).isIsomorphicWith(Graphs.canonical(dump))).isTrue();
    }

    @Test
    void loadCountsTheStoreOnceAndWritesTheCountsBesideIt() {
        Path store = temp.resolve("store");
        assertThat(Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--tdb2", store.toString()).exit()).isZero();
        StoreSummary summary = StoreSummary.read(store).orElseThrow();
        assertThat(store.resolve(org.ai4skg.web.SearchIndex.FOLDER).resolve("built-from")).isRegularFile();
        Graph contents = contents(store);
        assertThat(summary.triples()).isEqualTo(contents.size());
        assertThat(summary.properties().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(contents.size());
        assertThat(summary.classes()).containsEntry("https://w3id.org/ai4s-kg/ontology#Model",
                (long) contents.find(null, org.apache.jena.vocabulary.RDF.Nodes.type,
                        org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/ai4s-kg/ontology#Model")).toList().size());
        // Loading more into the same store counts it again, whole.
        assertThat(Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--no-validate", "--tdb2", store.toString(),
                Run.INVALID.resolve("model-without-developer.ttl").toString()).exit()).isZero();
        assertThat(StoreSummary.read(store).orElseThrow().triples()).isEqualTo(contents(store).size())
                .isGreaterThan(summary.triples());
    }

    @Test
    void invalidDataIsRefusedWithTheReportAndNothingIsLoaded() {
        Path store = temp.resolve("store");
        Run run = Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--tdb2", store.toString(),
                Run.INVALID.resolve("model-without-developer.ttl").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(run.errLines()[run.errLines().length - 1]).contains("does not conform").contains("nothing loaded");
        assertThat(run.err()).contains("res:orphan-model").contains("ai4s:developer");
        assertThat(run.out()).isEmpty();
        assertThat(store).doesNotExist();
    }

    @Test
    void noValidateLoadsInvalidData() {
        Path store = temp.resolve("store");
        Run run = Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--no-validate", "--tdb2", store.toString(),
                Run.INVALID.resolve("model-without-developer.ttl").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(contents(store).size()).isEqualTo(3);
    }

    @Test
    void aSyntaxErrorMidwayLeavesTheStoreAsItWas() {
        Path store = temp.resolve("store");
        assertThat(Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--tdb2", store.toString()).exit()).isZero();
        Graph before = contents(store);
        // Three good triples are sent to the store before the parser meets the broken fourth line.
        Run run = Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--no-validate", "--tdb2", store.toString(),
                Run.FIXTURE.resolve("data").toString(), Run.INVALID.resolve("broken-after-three-triples.nt").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("broken-after-three-triples.nt:5:1: Broken token").contains("nothing loaded");
        Graph after = contents(store);
        assertThat(after.isIsomorphicWith(before)).isTrue();
        assertThat(after.size()).isEqualTo(124);
    }

    @Test
    void anUnreadableFileIsReported() {
        Run run = Run.ai4s("load", "--tdb2", temp.resolve("store").toString(), temp.resolve("missing.ttl").toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("missing.ttl").contains("no such file");
        assertThat(temp.resolve("store")).doesNotExist();
    }

    @Test
    void progressIsPrintedAsPlainLinesWhenNotOnATerminal() throws IOException {
        Path data = temp.resolve("synthetic.nt");
        long triples = SyntheticData.write(data, 201_000);
        Run run = Run.ai4s("load", "--no-validate", "--tdb2", temp.resolve("store").toString(), data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("loaded 100,000 triples (").contains("loaded 200,000 triples (").contains("triples/s)");
        assertThat(run.out()).contains(String.format("loaded %,d triples from 1 file", triples));
    }

    @Test
    void aKilledLoadLeavesTheStoreAsItWas() throws Exception {
        Path store = temp.resolve("store");
        assertThat(Run.ai4s("load", "--home", Run.FIXTURE.toString(), "--tdb2", store.toString()).exit()).isZero();
        Graph before = contents(store);
        release(store);
        Path data = temp.resolve("synthetic.nt");
        SyntheticData.write(data, 600_000);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.ai4skg.cli.Ai4s",
                "load", "--no-validate", "--tdb2", store.toString(), data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        // Kill it (SIGKILL) as soon as it reports the first 100,000 triples written inside its transaction.
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
            String line;
            while ((line = reader.readLine()) != null && !line.startsWith("loaded 100,000 triples")) {
                // Wait for progress.
            }
            assertThat(line).as("the child load reported progress").isNotNull();
            process.destroyForcibly();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isNotZero();
        Graph after = contents(store);
        assertThat(after.isIsomorphicWith(before)).isTrue();
    }

    static Graph contents(Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getDefaultGraph().find().forEachRemaining(copy::add));
        return copy;
    }

    /** Lets another process open the store: forget this JVM's connection to it. */
    static void release(Path store) {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(store.toString()));
    }
}
