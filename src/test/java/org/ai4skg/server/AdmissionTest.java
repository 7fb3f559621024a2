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
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One query at once and none waiting: a slow query holds the only slot while pages are served. */
class AdmissionTest {
    private static final String SMALL = "SELECT * { ?s ?p ?o } LIMIT 1";

    @RegisterExtension
    static final PublicationServerExtension server = ServerFixture.serving()
            .with(s -> s.withTimeout(Duration.ofSeconds(4))
                    .withAdmission(new QueryAdmission(1, 0, Duration.ZERO, Duration.ofSeconds(60))));

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aSecondQueryWhileTheOnlySlotIsTakenIs503WithRetryAfterAndPagesStayServed() throws Exception {
        AtomicReference<CompletableFuture<HttpResponse<String>>> running = new AtomicReference<>(slowQuery());
        AtomicReference<HttpResponse<String>> refused = new AtomicReference<>();
        Await.until("a query refused while the slow one runs", Duration.ofSeconds(10), () -> {
            CompletableFuture<HttpResponse<String>> current = running.get();
            if (current.isDone() && current.join().body().contains("too many queries")) {
                running.set(slowQuery()); // a small query had the slot when the slow one came
            }
            HttpResponse<String> response = server.get("/sparql?query=" + encode(SMALL));
            if (response.statusCode() == 503) {
                refused.set(response);
                return true;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            return false;
        });
        assertThat(refused.get().headers().firstValue("Retry-After")).hasValueSatisfying(
                value -> assertThat(Integer.parseInt(value)).isPositive());
        assertThat(refused.get().headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("text/plain"));
        assertThat(refused.get().body()).startsWith("503 ").doesNotContain("Exception").hasLineCount(1);

        for (String path : new String[] {"/", "/resource/google-deepmind", "/$/ping", "/sparql", "/.well-known/void"}) {
            assertThat(server.get(path).statusCode()).as(path).isEqualTo(200);
        }
        CompletableFuture<HttpResponse<String>> slow = running.get();
        assertThat(slow).as("pages served while the slow query still runs").isNotDone();

        HttpResponse<String> slowResponse = slow.get(30, TimeUnit.SECONDS);
        assertThat(slowResponse.body()).as("the slow query ran to its timeout").containsIgnoringCase("timed out");
        Await.until("the slot free again", Duration.ofSeconds(10),
                () -> server.get("/sparql?query=" + encode(SMALL)).statusCode() == 200);
    }

    private CompletableFuture<HttpResponse<String>> slowQuery() {
        return client.sendAsync(
                HttpRequest.newBuilder(URI.create(server.url("/sparql?query=" + encode(LimitsTest.FAR_BEYOND)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServiceDescriptionStatesTheLimits() {
        HttpResponse<String> response = server.get("/sparql", "Accept", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("At most 1 queries run at once and 0 more wait");
    }
}
