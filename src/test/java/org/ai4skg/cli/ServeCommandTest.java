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
        assertThat(err.toString()).contains("no-such-store").contains("TDB2 store");
    }

    @Test
    void badLimitsAreUsageErrors() {
        CommandLine commandLine = Ai4s.commandLine();
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("serve", "--timeout", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--max-rows", "many")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--max-concurrent-queries", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--query-queue", "-1")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--query-wait", "-1")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--query-seconds-per-minute", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--max-queries-per-client", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--header-timeout", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--idle-timeout", "0")).isEqualTo(ExitCode.USAGE);
        assertThat(commandLine.execute("serve", "--idle-timeout", "soon")).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void connectionTimeoutsReachTheServer() throws Exception {
        RunningServe serve = RunningServe.start("--header-timeout", "3", "--idle-timeout", "4", "--max-header-bytes", "2048",
                "--home", FIXTURES.resolve("server").toString(), "--dumps", FIXTURES.resolve("server/dumps").toString());
        try {
            HttpResponse<String> description = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(serve.url() + "sparql")).header("Accept", "text/turtle").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(description.statusCode()).isEqualTo(200);
            assertThat(description.body()).contains("at most 2048 bytes of request line and headers")
                    .contains("take more than 3 s").contains("no byte for 4 s");
        } finally {
            assertThat(serve.stop()).isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void admissionOptionsReachTheServer() throws Exception {
        RunningServe serve = RunningServe.start("--max-concurrent-queries", "3", "--query-queue", "1", "--query-wait", "2",
                "--query-seconds-per-minute", "7", "--max-queries-per-client", "2", "--home", FIXTURES.resolve("server").toString(),
                "--dumps", FIXTURES.resolve("server/dumps").toString());
        try {
            HttpResponse<String> description = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(serve.url() + "sparql")).header("Accept", "text/turtle").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(description.statusCode()).isEqualTo(200);
            assertThat(description.body()).contains("At most 3 queries run at once and 1 more wait up to 2 s")
                    .contains("each client may use 7 s of query time per minute and have 2 queries running or waiting at once");
        } finally {
            assertThat(serve.stop()).isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void servesValidDataPrintsReadyAndStopsCleanly() throws Exception {
        RunningServe serve = RunningServe.start("--timeout", "5", "--home", FIXTURES.resolve("server").toString(),
                "--dumps", FIXTURES.resolve("server/dumps").toString());
        try {
            assertThat(serve.output()).contains("ready at " + serve.url() + " (started in ");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(serve.url() + "resource/alphafold-3.ttl")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        } finally {
            assertThat(serve.stop()).isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void hostAndTrustProxyOptionsReachTheServer() throws Exception {
        RunningServe serve = RunningServe.start("--host", "127.0.0.2", "--trust-proxy",
                "--home", FIXTURES.resolve("server").toString(), "--dumps", FIXTURES.resolve("server/dumps").toString());
        try {
            int port = URI.create(serve.url()).getPort();
            HttpResponse<String> proxied = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.2:" + port + "/resource/alphafold-3.html"))
                            .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "kg.example.org").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(proxied.statusCode()).isEqualTo(200);
            assertThat(proxied.body()).contains("https://kg.example.org/resource/");
            assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
            try (java.net.Socket socket = new java.net.Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 2000))
                        .isInstanceOf(java.net.ConnectException.class);
            }
        } finally {
            assertThat(serve.stop()).isEqualTo(ExitCode.OK);
        }
    }
}
