package org.ai4skg.server;

import static org.ai4skg.server.PublicationServerExtension.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One query at once and one waiting: the waiting query runs when the slow one ends, one more is refused. */
class QueryQueueTest {
    private static final String SMALL = "SELECT * { ?s ?p ?o } LIMIT 1";

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving()
            .with(s -> s.withTimeout(Duration.ofSeconds(3))
                    .withAdmission(new QueryAdmission(1, 1, Duration.ofSeconds(30), Duration.ofSeconds(60))));

    private final HttpClient client = HttpClient.newHttpClient();

    /** What came back, and whether the slow query and the other small one had been answered by then. */
    private record Answer(int status, String body, boolean slowDone, boolean otherDone) {
    }

    @Test
    void aQueuedQueryRunsWhenTheSlotFreesAndOneMoreThanTheQueueIs503() throws Exception {
        double before = queriesReceived();
        CompletableFuture<HttpResponse<String>> slow = send(LimitsTest.FAR_BEYOND);
        Await.until("the slow query has the slot", Duration.ofSeconds(10), () -> queriesReceived() > before);

        CompletableFuture<HttpResponse<String>> first = send(SMALL);
        CompletableFuture<HttpResponse<String>> second = send(SMALL);
        List<CompletableFuture<Answer>> small = List.of(
                first.thenApply(r -> new Answer(r.statusCode(), r.body(), slow.isDone(), second.isDone())),
                second.thenApply(r -> new Answer(r.statusCode(), r.body(), slow.isDone(), first.isDone())));
        List<Answer> answers = small.stream().map(f -> f.orTimeout(30, TimeUnit.SECONDS).join())
                .sorted(java.util.Comparator.comparingInt(Answer::status)).toList();

        assertThat(answers.get(0).status()).as("the queued query").isEqualTo(200);
        assertThat(answers.get(1).status()).as("one more than the queue holds").isEqualTo(503);
        assertThat(answers.get(1).body()).contains("too many queries");
        assertThat(answers.get(1).slowDone()).as("refused while the slow query runs").isFalse();
        assertThat(answers.get(1).otherDone()).as("refused while the queued query waits").isFalse();
        assertThat(slow.get(30, TimeUnit.SECONDS).body()).containsIgnoringCase("timed out");
    }

    private CompletableFuture<HttpResponse<String>> send(String query) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create(server.url("/sparql?query=" + encode(query)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double queriesReceived() {
        return server.get("/$/metrics").body().lines()
                .filter(line -> line.startsWith("fuseki_requests{") && line.contains("dataset=\"/sparql\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
