package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class ServeCommandTest {
    static final Path FIXTURES = Paths.get(System.getProperty("ai4s.home", "."), "src/test/resources/fixtures").toAbsolutePath();

    @Test
    void dataThatDoesNotConformIsNotServed() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("serve", "--port", "0", "--home", FIXTURES.resolve("server-invalid").toString());
        assertThat(exit).isEqualTo(ExitCode.NOT_CONFORMING);
        assertThat(err.toString()).contains("does not conform").contains("unlabelled-model")
                .contains("dcterms:source").containsIgnoringCase("minCount");
    }

    @Test
    void aMissingTdb2StoreIsUnreadableInput() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("serve", "--port", "0", "--tdb2", FIXTURES.resolve("no-such-store").toString());
        assertThat(exit).isEqualTo(ExitCode.UNREADABLE_INPUT);
        assertThat(err.toString()).contains("no TDB2 store");
    }

    @Test
    void badLimitsAreUsageErrors() {
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("serve", "--timeout", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--max-rows", "many")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void servesValidDataPrintsReadyAndStopsCleanly() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setOut(new PrintWriter(out));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> commandLine.execute("serve", "--port", "0",
                "--timeout", "5", "--home", FIXTURES.resolve("server").toString(),
                "--dumps", FIXTURES.resolve("server/dumps").toString()));
        ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (serve.running == null && System.nanoTime() < deadline && !exit.isDone()) {
            Thread.sleep(50);
        }
        assertThat(serve.running).as("started; output: " + out).isNotNull();
        Thread.sleep(100);
        Matcher ready = Pattern.compile("ready at (http://localhost:\\d+/) \\(started in \\d+\\.\\d\\d s").matcher(out.toString());
        assertThat(ready.find()).as(out.toString()).isTrue();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(ready.group(1) + "resource/alphafold-3.ttl")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        serve.running.stop();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCode.OK);
    }
}
