package org.ai4skg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.ai4skg.server.Await;
import org.ai4skg.server.Metrics;
import org.junit.jupiter.api.Test;

/**
 * {@code ai4s serve} run as a process and sent SIGTERM, as systemd or a container runtime stop it: it stops taking
 * requests at once, lets those in flight finish within {@code --grace-period}, cuts what still runs after it, and
 * exits 0 either way.
 */
class GracefulStopTest {
    /** A cartesian product that runs until the query timeout. */
    private static final String HEAVY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";
    private static final String SMALL = "SELECT * { ?s ?p ?o } LIMIT 1";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void onSigtermPingIsNotReadyRequestsInFlightFinishAndTheExitCodeIs0() throws Exception {
        // One query at once: the heavy one holds the slot until its 8 s timeout, a small one waits for it in the queue.
        try (ServeProcess serve = ServeProcess.start(fixture("--timeout", "8", "--max-concurrent-queries", "1",
                "--query-queue", "1", "--query-wait", "30", "--max-queries-per-client", "2", "--grace-period", "30"))) {
            assertThat(ping(serve)).isEqualTo(200);
            CompletableFuture<HttpResponse<String>> heavy = query(serve, HEAVY);
            Await.until("the heavy query runs", Duration.ofSeconds(10), () -> metric(serve, "ai4s_sparql_running") == 1);
            CompletableFuture<HttpResponse<String>> queued = query(serve, SMALL);
            Await.until("the small query waits", Duration.ofSeconds(10), () -> metric(serve, "ai4s_sparql_waiting") == 1);

            long signalled = System.nanoTime();
            serve.terminate();
            Await.until("/$/ping answers 503 or refuses", Duration.ofSeconds(10), () -> ping(serve) != 200,
                    serve::output);
            assertThat(queued).as("the queued query is still in flight when the server stops taking requests").isNotDone();

            HttpResponse<String> small = queued.get(30, TimeUnit.SECONDS);
            assertThat(small.statusCode()).as("the query in flight finishes").isEqualTo(200);
            assertThat(small.body()).contains("\"s\"");
            assertThat(heavy.get(30, TimeUnit.SECONDS).body()).as("the heavy query ends as it would have")
                    .containsIgnoringCase("timed out");
            OptionalInt exit = serve.awaitExit(Duration.ofSeconds(30 + 15));
            assertThat(exit).as(serve.output()).hasValue(ExitCode.OK);
            assertThat(seconds(signalled)).as("stopped once nothing was in flight, before the grace period ended")
                    .isLessThan(30);
            assertThat(serve.output()).contains("stopping (SIGTERM): requests in flight may finish within 30 s\n")
                    .contains("\nstopped\n").doesNotContain("Exception");
        }
    }

    @Test
    void aRequestStillRunningAfterTheGracePeriodIsCutAndTheExitCodeIsStill0() throws Exception {
        try (ServeProcess serve = ServeProcess.start(fixture("--timeout", "120", "--grace-period", "1"))) {
            CompletableFuture<HttpResponse<String>> heavy = query(serve, HEAVY);
            Await.until("the heavy query runs", Duration.ofSeconds(10), () -> metric(serve, "ai4s_sparql_running") == 1);

            long signalled = System.nanoTime();
            serve.terminate();
            OptionalInt exit = serve.awaitExit(Duration.ofSeconds(1 + 15));
            assertThat(exit).as(serve.output()).hasValue(ExitCode.OK);
            assertThat(seconds(signalled)).as("the grace period and a margin").isLessThan(1 + 15);
            assertThat(heavy).as("the heavy query is cut, not answered").failsWithin(Duration.ofSeconds(10))
                    .withThrowableOfType(ExecutionException.class).withCauseInstanceOf(IOException.class);
            assertThat(serve.output()).contains("stopped: requests still running after 1 s were cut")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aSecondSigtermEndsTheProcessAtOnce() throws Exception {
        try (ServeProcess serve = ServeProcess.start(fixture("--timeout", "120", "--grace-period", "60"))) {
            query(serve, HEAVY);
            Await.until("the heavy query runs", Duration.ofSeconds(10), () -> metric(serve, "ai4s_sparql_running") == 1);
            serve.terminate();
            Await.until("the first SIGTERM starts the stop", Duration.ofSeconds(10),
                    () -> serve.output().contains("stopping (SIGTERM)"), serve::output);

            long signalled = System.nanoTime();
            serve.terminate();
            OptionalInt exit = serve.awaitExit(Duration.ofSeconds(15));
            assertThat(exit).as(serve.output()).hasValue(128 + 15);
            assertThat(seconds(signalled)).as("without waiting for the 60 s grace period").isLessThan(15);
        }
    }

    @Test
    void aNegativeGracePeriodIsAUsageError() {
        Run run = Run.ai4s("serve", "--grace-period", "-1");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--grace-period");
    }

    private static String[] fixture(String... options) {
        String[] all = new String[options.length + 4];
        all[0] = "--home";
        all[1] = ServeCommandTest.FIXTURES.resolve("server").toString();
        all[2] = "--dumps";
        all[3] = ServeCommandTest.FIXTURES.resolve("server/dumps").toString();
        System.arraycopy(options, 0, all, 4, options.length);
        return all;
    }

    private CompletableFuture<HttpResponse<String>> query(ServeProcess serve, String query) {
        URI uri = URI.create(serve.url() + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return client.sendAsync(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The status of {@code /$/ping}, or 0 when the connection is refused or closed. */
    private int ping(ServeProcess serve) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(serve.url() + "$/ping")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException refused) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private double metric(ServeProcess serve, String name) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(serve.url() + "$/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Metrics.value(response.body(), name);
        } catch (IOException e) {
            throw new AssertionError("no /$/metrics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
