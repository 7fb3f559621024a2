package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One query at once, one waiting up to 1 s, one per client, 3 s of query time per client and minute: each way of
 * being shed is forced once, and {@code /$/metrics} counts it, with the wait in the queue.
 */
class AdmissionMetricsTest {
    private static final String SMALL = "SELECT * { ?s ?p ?o } LIMIT 1";
    private static final String SHED = "ai4s_sparql_shed_total";
    private static final String WAIT = "ai4s_sparql_queue_wait_seconds";

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving()
            .with(s -> s.withTimeout(Duration.ofSeconds(6)).withTrustProxy(true)
                    .withAdmission(new QueryAdmission(1, 1, Duration.ofSeconds(1), Duration.ofSeconds(3), 1)));

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyShedRequestAndEveryWaitInTheQueueIsCounted() throws Exception {
        String before = metrics();
        assertThat(Metrics.has(before, SHED)).as("the counters are there before anything is shed").isTrue();
        assertThat(Metrics.value(before, "ai4s_sparql_running")).isZero();

        CompletableFuture<HttpResponse<String>> slow = query(LimitsTest.FAR_BEYOND, "203.0.113.1");
        Await.until("the slow query runs", Duration.ofSeconds(10),
                () -> Metrics.value(metrics(), "ai4s_sparql_running") == 1);

        HttpResponse<String> sameClient = query(SMALL, "203.0.113.1").get(10, TimeUnit.SECONDS);
        assertThat(sameClient.statusCode()).as("the same client, its query running").isEqualTo(429);

        CompletableFuture<HttpResponse<String>> waiting = query(SMALL, "203.0.113.2");
        Await.until("a second client's query waits", Duration.ofSeconds(10),
                () -> Metrics.value(metrics(), "ai4s_sparql_waiting") == 1);
        HttpResponse<String> queueFull = query(SMALL, "203.0.113.3").get(10, TimeUnit.SECONDS);
        assertThat(queueFull.statusCode()).as("a third client, the queue full").isEqualTo(503);
        HttpResponse<String> waitedTooLong = waiting.get(10, TimeUnit.SECONDS);
        assertThat(waitedTooLong.statusCode()).as("the second client, after its wait").isEqualTo(503);
        assertThat(slow).as("all of it while the slow query runs").isNotDone();

        assertThat(slow.get(30, TimeUnit.SECONDS).body()).containsIgnoringCase("timed out");
        Await.until("the slow query has left its slot", Duration.ofSeconds(10),
                () -> Metrics.value(metrics(), "ai4s_sparql_running") == 0);
        HttpResponse<String> pastBudget = query(SMALL, "203.0.113.1").get(10, TimeUnit.SECONDS);
        assertThat(pastBudget.statusCode()).as("the first client, past its query time").isEqualTo(429);
        assertThat(pastBudget.body()).contains("query time");

        String after = metrics();
        for (String shed : new String[] {"status=\"429\",reason=\"client_queries\"", "status=\"503\",reason=\"queue_full\"",
                "status=\"503\",reason=\"queue_timeout\"", "status=\"429\",reason=\"query_time\""}) {
            String[] labels = shed.split(",");
            assertThat(Metrics.value(after, SHED, labels) - Metrics.value(before, SHED, labels)).as(shed).isEqualTo(1);
        }
        assertThat(Metrics.value(after, WAIT + "_count") - Metrics.value(before, WAIT + "_count"))
                .as("waits in the queue: the second client's").isEqualTo(1);
        assertThat(Metrics.value(after, WAIT + "_sum") - Metrics.value(before, WAIT + "_sum"))
                .as("seconds waited").isBetween(0.9, 5.0);
        assertThat(Metrics.value(after, WAIT + "_max")).as("longest wait").isBetween(0.9, 5.0);
        assertThat(Metrics.value(after, "ai4s_sparql_running")).isZero();
        assertThat(Metrics.value(after, "ai4s_sparql_waiting")).isZero();
    }

    private CompletableFuture<HttpResponse<String>> query(String query, String forwardedFor) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create(server.url("/sparql?query=" + encode(query))))
                .header("X-Forwarded-For", forwardedFor).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String metrics() {
        HttpResponse<String> response = server.get("/$/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
